import type { ReactNode } from 'react';

const TONES = {
  process: 'bg-blue-50 text-blue-700 ring-blue-200 dark:bg-blue-950 dark:text-blue-300 dark:ring-blue-900',
  success:
    'bg-emerald-50 text-emerald-700 ring-emerald-200 dark:bg-emerald-950 dark:text-emerald-300 dark:ring-emerald-900',
  failure: 'bg-danger-soft text-rose-700 ring-rose-200 dark:text-rose-300 dark:ring-rose-900',
  neutral: 'bg-surface-raised text-fg-secondary ring-border',
  brand:
    'bg-brand-50 text-brand-700 ring-brand-100 dark:bg-slate-800 dark:text-brand-100 dark:ring-slate-700',
} as const;

export type BadgeTone = keyof typeof TONES;

/** An uppercase tag for a category (status semantics, "Trigger", "Read-only"). */
export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span
      className={`inline-flex shrink-0 items-center rounded px-1.5 py-px text-[10px] font-semibold uppercase tracking-wide ring-1 ring-inset ${TONES[tone]}`}
    >
      {children}
    </span>
  );
}
