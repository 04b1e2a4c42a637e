// Simple line icons (24×24, stroke only) that give each step and answer a picture for readers who
// read little, drawn by the islands' Icon component (the server's JavaScript-off pages included). No icon font.
export const ICONS = {
  who: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21a8 8 0 0 1 16 0',
  self: 'M12 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM7 21v-4a5 5 0 0 1 10 0v4M9 14l3 2 3-2',
  adult: 'M9 10a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM3 21a6 6 0 0 1 12 0M17 13a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM15 21a4 4 0 0 1 6-3.5',
  what: 'M12 3l9 16H3zM12 10v4M12 17v.5',
  danger: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zM12 7v6M12 16.5v.5',
  phone: 'M5 3h4l2 5-3 2a11 11 0 0 0 6 6l2-3 5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2z',
  safe: 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6zM8 12l3 3 5-6',
  child: 'M12 9a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM8 21l1-7h6l1 7M9 14l-3-3M15 14l3-3',
  where: 'M12 22s7-6.5 7-12a7 7 0 0 0-14 0c0 5.5 7 12 7 12zM12 12.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z',
  text: 'M4 5h16v11H8l-4 4zM8 9h8M8 12h5',
  contact: 'M3 6h18v12H3zM3 7l9 6 9-6',
  review: 'M9 4h6v3H9zM6 5h3M15 5h3v16H6V5M9 12l2 2 4-4',
  // The child's plain choices (domain/child-categories.ts).
  hurt: 'M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10zM12 7.5l-1.5 4h3L12 15',
  touch:
    'M8 13V5.5a1.5 1.5 0 0 1 3 0V11M11 10.5V4.5a1.5 1.5 0 0 1 3 0V11M14 10.5V6a1.5 1.5 0 0 1 3 0v7a7 7 0 0 1-7 7 6 6 0 0 1-5-3l-2-4a1.5 1.5 0 0 1 2.5-1.5L8 14M3 3l18 18',
  work: 'M4 8h16v11H4zM9 8V5h6v3M4 13h16',
  online: 'M7 2h10v20H7zM11 18.5h2M10 8h4M10 11h3',
  home: 'M3 11l9-8 9 8M5 9.5V21h14V9.5M10 21v-6h4v6',
  marriage: 'M4 15a5 5 0 1 0 10 0 5 5 0 1 0-10 0zM10 15a5 5 0 1 0 10 0 5 5 0 1 0-10 0zM10 4h4l-2 3z',
  lost: 'M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20zM9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 1-1 1.7v.5M12 17v.5',
} as const;
export type IconName = keyof typeof ICONS;
