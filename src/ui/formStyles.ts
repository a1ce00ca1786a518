/*
 * Shared tailwind class strings for form controls, so every inspector control looks and reacts the
 * same (focus ring, invalid border via aria-invalid, dark mode) without a component per element.
 */

export const inputClass =
  'block w-full min-w-0 rounded-md border border-border-strong bg-surface px-2 py-1 text-sm text-fg shadow-sm placeholder:text-fg-muted focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/30 aria-[invalid=true]:border-rose-500 disabled:opacity-60';

export const selectClass = `${inputClass} pr-7`;

export const checkboxClass =
  'h-4 w-4 shrink-0 rounded border-border-strong text-brand-600 focus:ring-2 focus:ring-brand-500/40 dark:bg-slate-900';

export const buttonClass =
  'inline-flex items-center gap-1 rounded-md border border-border-strong bg-white px-2 py-1 text-xs font-medium text-fg-soft shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 dark:bg-slate-800 dark:hover:bg-slate-700';

export const linkButtonClass =
  'inline-flex items-center rounded px-1 text-xs font-medium text-brand-600 hover:underline focus-visible:outline-2 focus-visible:outline-brand-500 dark:text-brand-100';

export const labelClass = 'text-xs font-medium text-slate-700 dark:text-slate-300';
