import type { ButtonHTMLAttributes } from 'react';
import type { UiIconName } from './icons';
import { UiIcon } from './icons';

/** A square toolbar button; `label` is its accessible name and tooltip, since it shows only a glyph. */
export function IconButton({
  icon,
  label,
  className = '',
  ...rest
}: Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'aria-label'> & { icon: UiIconName; label: string }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      className={`inline-flex h-8 w-8 items-center justify-center rounded-md text-fg-secondary transition hover:bg-surface-raised hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 dark:hover:text-white ${className}`}
      {...rest}
    >
      <UiIcon name={icon} size={18} />
    </button>
  );
}
