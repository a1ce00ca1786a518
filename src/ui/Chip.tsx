import type { ReactNode } from 'react';
import type { UiIconName } from './icons';
import { UiIcon } from './icons';

const TONES = {
  neutral: 'bg-surface-raised text-slate-700 ring-border dark:text-slate-300',
  time: 'bg-sky-50 text-sky-800 ring-sky-200 dark:bg-sky-950 dark:text-sky-300 dark:ring-sky-900',
  condition: 'bg-warning-soft text-amber-800 ring-amber-200 dark:text-amber-300 dark:ring-amber-900',
  muted: 'bg-slate-50 text-fg-muted ring-border dark:bg-slate-900',
} as const;

export type ChipTone = keyof typeof TONES;

/** A small rounded label with an optional glyph: delays, conditions, markers. */
export function Chip({
  tone = 'neutral',
  icon,
  title,
  fixed = false,
  children,
}: {
  tone?: ChipTone;
  /** Keep the whole text (e.g. a delay) and let neighbouring chips truncate instead. */
  fixed?: boolean;
  icon?: UiIconName;
  title?: string;
  children: ReactNode;
}) {
  return (
    <span
      title={title}
      className={`inline-flex max-w-full items-center ${fixed ? 'shrink-0' : 'min-w-0'} gap-1 rounded-full px-2 py-0.5 text-[11px] font-medium leading-4 ring-1 ring-inset ${TONES[tone]}`}
    >
      {icon && <UiIcon name={icon} size={12} flat={TONES[tone]} />}
      <span className="truncate">{children}</span>
    </span>
  );
}
