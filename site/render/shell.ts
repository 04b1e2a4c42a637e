// Where the server puts what it renders into a page the build made: between two markers the Astro page writes
// around its fallback (what a plain web host without the server shows), and a `<style>` of the figures' own
// rules just before </head>. Pure string work on the built page; the HTML itself comes from components.

export const SLOT_START = '<!--server:start-->';
export const SLOT_END = '<!--server:end-->';

/** The built page with `body` in place of its fallback (and `head` appended to its head), or null without the markers. */
export function fillShell(template: string, body: string, head = ''): string | null {
  const start = template.indexOf(SLOT_START);
  const end = template.indexOf(SLOT_END);
  const headEnd = template.indexOf('</head>');
  if (start < 0 || end < start || headEnd < 0 || headEnd > start) return null;
  return template.slice(0, headEnd) + head + template.slice(headEnd, start) + body + template.slice(end + SLOT_END.length);
}
