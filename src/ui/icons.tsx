import type { ReactElement, SVGProps } from 'react';
import type { IconName } from '../domain/catalog/types';
import { FlatIcon } from './FlatIcon';

/*
 * Every catalog icon as inline SVG on a 24×24 grid, drawn with 1.75 strokes so they read at card
 * size. Inline, because the designer must work offline and never fetch at run time. Typed as a
 * Record over IconName: adding a name to the catalog without drawing it fails to compile.
 */
const PATHS: Record<IconName, ReactElement> = {
  edit: (
    <>
      <path d="M4 20h4L19 9l-4-4L4 16v4z" />
      <path d="M13.5 6.5l4 4" />
    </>
  ),
  workflow: (
    <>
      <rect x="3" y="3" width="7" height="6" rx="1.5" />
      <rect x="14" y="15" width="7" height="6" rx="1.5" />
      <path d="M6.5 9v4a2 2 0 0 0 2 2H14" />
    </>
  ),
  task: (
    <>
      <rect x="4" y="3" width="16" height="18" rx="2" />
      <path d="M8 12l3 3 5-6" />
    </>
  ),
  bell: (
    <>
      <path d="M6 16V11a6 6 0 0 1 12 0v5l2 2H4l2-2z" />
      <path d="M10 20a2 2 0 0 0 4 0" />
    </>
  ),
  comment: (
    <>
      <path d="M4 5h16v11H9l-5 4V5z" />
      <path d="M8 9h8M8 12h5" />
    </>
  ),
  user: (
    <>
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21a8 8 0 0 1 16 0" />
    </>
  ),
  status: (
    <>
      <path d="M3 12h13" />
      <path d="M12 7l5 5-5 5" />
      <path d="M20 5v14" />
    </>
  ),
  payment: (
    <>
      <rect x="2.5" y="5" width="19" height="14" rx="2" />
      <path d="M2.5 10h19M6 15h4" />
    </>
  ),
  truck: (
    <>
      <path d="M2 6h11v10H2zM13 10h4l3 3v3h-7" />
      <circle cx="6" cy="18" r="2" />
      <circle cx="17" cy="18" r="2" />
    </>
  ),
  'truck-check': (
    <>
      <path d="M2 6h11v10H2zM13 10h4l3 3v3h-7" />
      <circle cx="6" cy="18" r="2" />
      <circle cx="17" cy="18" r="2" />
      <path d="M5 11l2 2 3-4" />
    </>
  ),
  package: (
    <>
      <path d="M12 3l8 4.5v9L12 21l-8-4.5v-9L12 3z" />
      <path d="M4 7.5l8 4.5 8-4.5M12 12v9" />
    </>
  ),
  cancel: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M9 9l6 6M15 9l-6 6" />
    </>
  ),
  hash: <path d="M9 3L7 21M17 3l-2 18M4 8.5h16M3 15.5h16" />,
  log: (
    <>
      <path d="M6 3h9l4 4v14H6z" />
      <path d="M15 3v4h4M9 11h7M9 14h7M9 17h4" />
    </>
  ),
  document: (
    <>
      <path d="M6 3h8l5 5v13H6z" />
      <path d="M14 3v5h5M9 13h7M9 17h7" />
    </>
  ),
  mail: (
    <>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <path d="M3.5 6.5L12 13l8.5-6.5" />
    </>
  ),
  'mail-open': (
    <>
      <path d="M3 10l9-6 9 6v10H3z" />
      <path d="M3.5 10.5L12 16l8.5-5.5" />
    </>
  ),
  'mail-in': (
    <>
      <path d="M3 12v7h18v-7" />
      <path d="M12 3v10M8 9l4 4 4-4" />
    </>
  ),
  send: (
    <>
      <path d="M21 3L10 14" />
      <path d="M21 3l-7 18-4-7-7-4 18-7z" />
    </>
  ),
  sms: (
    <>
      <rect x="6" y="2.5" width="12" height="19" rx="2.5" />
      <path d="M9 8h6M9 11h4M11 18h2" />
    </>
  ),
  phone: (
    <path d="M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2z" />
  ),
  'phone-in': (
    <>
      <path d="M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2z" />
      <path d="M21 3l-5 5M16 4v4h4" />
    </>
  ),
  'phone-missed': (
    <>
      <path d="M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2z" />
      <path d="M16 3l5 5M21 3l-5 5" />
    </>
  ),
  chat: (
    <>
      <path d="M4 12a8 7 0 1 1 4 6l-4 2 1-4a7 7 0 0 1-1-4z" />
      <path d="M9 12h.01M12.5 12h.01M16 12h.01" />
    </>
  ),
  link: (
    <>
      <path d="M10 14a4 4 0 0 0 5.5 0l3-3a4 4 0 0 0-5.5-5.5l-1 1" />
      <path d="M14 10a4 4 0 0 0-5.5 0l-3 3a4 4 0 0 0 5.5 5.5l1-1" />
    </>
  ),
  form: (
    <>
      <rect x="4" y="3" width="16" height="18" rx="2" />
      <path d="M8 8h8M8 12h8M8 16h4" />
    </>
  ),
  callback: (
    <>
      <path d="M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2z" />
      <path d="M15 3h6v6M21 3l-6 6" />
    </>
  ),
  webhook: (
    <>
      <circle cx="6" cy="17" r="2.5" />
      <circle cx="18" cy="17" r="2.5" />
      <circle cx="12" cy="6" r="2.5" />
      <path d="M10.5 8.5L7 14.5M8.5 17h7M13.5 8.5l3.5 6" />
    </>
  ),
  globe: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18M12 3c3 3.5 3 14.5 0 18M12 3c-3 3.5-3 14.5 0 18" />
    </>
  ),
  return: (
    <>
      <path d="M9 14L4 9l5-5" />
      <path d="M4 9h10a6 6 0 0 1 0 12h-3" />
    </>
  ),
  check: <path d="M4 12.5l5 5L20 6.5" />,
};

/** A few interface glyphs that are not catalog icons. */
const UI_PATHS = {
  clock: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3 2" />
    </>
  ),
  filter: <path d="M3 5h18l-7 8v6l-4 2v-8L3 5z" />,
  bolt: <path d="M13 2L4 14h7l-1 8 9-12h-7l1-8z" />,
  plus: <path d="M12 5v14M5 12h14" />,
  grip: <path d="M9 5v.01M15 5v.01M9 12v.01M15 12v.01M9 19v.01M15 19v.01" strokeWidth={3.2} />,
  enter: <path d="M5 4v8h12M13 8l4 4-4 4" />,
  branch: <path d="M6 3v18M6 13c0-4 4-5 8-5h4M15 5l3 3-3 3" />,
  sun: (
    <>
      <circle cx="12" cy="12" r="4" />
      <path d="M12 2v2M12 20v2M2 12h2M20 12h2M5 5l1.5 1.5M17.5 17.5L19 19M5 19l1.5-1.5M17.5 6.5L19 5" />
    </>
  ),
  moon: <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z" />,
  server: (
    <>
      <rect x="3" y="4" width="18" height="7" rx="1.5" />
      <rect x="3" y="13" width="18" height="7" rx="1.5" />
      <path d="M7 7.5h.01M7 16.5h.01" />
    </>
  ),
  pause: <path d="M9 5v14M15 5v14" />,
  lock: (
    <>
      <rect x="5" y="11" width="14" height="10" rx="2" />
      <path d="M8 11V8a4 4 0 0 1 8 0v3" />
    </>
  ),
  undo: (
    <>
      <path d="M9 14L4 9l5-5" />
      <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
    </>
  ),
  redo: (
    <>
      <path d="M15 14l5-5-5-5" />
      <path d="M20 9H9.5a5.5 5.5 0 0 0 0 11H13" />
    </>
  ),
  revert: (
    <>
      <path d="M3 12a9 9 0 1 0 3-6.7" />
      <path d="M3 4v5h5" />
    </>
  ),
  check: PATHS.check,
  alert: (
    <>
      <path d="M12 3l10 18H2L12 3z" />
      <path d="M12 10v5M12 18h.01" />
    </>
  ),
  chevron: <path d="M6 9l6 6 6-6" />,
  close: <path d="M6 6l12 12M18 6L6 18" />,
  pin: (
    <>
      <path d="M9 4h6l-1 6 3 3v2H7v-2l3-3-1-6z" />
      <path d="M12 15v6" />
    </>
  ),
  // A sidebar with an arrow: collapse (pointing left) or, mirrored by the caller, expand.
  sidebar: (
    <>
      <rect x="3" y="4" width="18" height="16" rx="2" />
      <path d="M9 4v16M16 10l-2 2 2 2" />
    </>
  ),
  more: <path d="M5 12h.01M12 12h.01M19 12h.01" />,
} as const;

export type UiIconName = keyof typeof UI_PATHS;

type IconProps = Omit<SVGProps<SVGSVGElement>, 'name'> & { size?: number };

function Svg({ size = 18, children, ...rest }: IconProps & { children: ReactElement }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...rest}
    >
      {children}
    </svg>
  );
}

/** `flat`: drawn as a picture in the text colour these classes give (see FlatIcon). */
type FlatOption = { flat?: string | undefined };

/**
 * One drawing of the 24×24 grid: inline SVG, or with `flat` one picture — for the board's cards,
 * where hundreds are on screen while it pans. `id` names the drawing in the pictures' cache.
 */
export function Drawing({
  id,
  drawing,
  flat,
  ...rest
}: IconProps & FlatOption & { id: string; drawing: ReactElement }) {
  if (flat === undefined) return <Svg {...rest}>{drawing}</Svg>;
  const { size = 18, strokeWidth, className } = rest;
  return (
    <FlatIcon
      drawingKey={id}
      drawing={drawing}
      size={size}
      colour={flat}
      strokeWidth={typeof strokeWidth === 'number' ? strokeWidth : undefined}
      className={className}
    />
  );
}

/** A catalog icon (decorative: the text next to it carries the meaning). */
export function Icon({ name, ...rest }: IconProps & FlatOption & { name: IconName }) {
  return <Drawing id={name} drawing={PATHS[name]} {...rest} />;
}

/** An interface glyph (clock, filter, theme…), decorative as well. */
export function UiIcon({ name, ...rest }: IconProps & FlatOption & { name: UiIconName }) {
  return <Drawing id={`ui:${name}`} drawing={UI_PATHS[name]} {...rest} />;
}

/** For tests: every icon name that has a drawing. */
export const DRAWN_ICONS = Object.keys(PATHS) as IconName[];
