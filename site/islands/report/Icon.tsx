import { ICONS, type IconName } from '../../../domain/icons.ts';

/** A decorative line icon (the words beside it say the same); names are ICONS' (domain/icons.ts). */
export function Icon({ name }: { name: string }) {
  return (
    <svg
      className="app-icon"
      viewBox="0 0 24 24"
      width="28"
      height="28"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={ICONS[name as IconName]} />
    </svg>
  );
}
