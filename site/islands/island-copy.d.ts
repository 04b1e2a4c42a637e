// `import … from 'x.ts?island'`: the module x.ts bundled as a copy of its own (see site/islands/listen.ts).
declare module '*?island';
