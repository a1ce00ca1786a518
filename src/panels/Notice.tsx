import { useState } from 'react';
import { useTranslator } from '../i18n/react';

/** A dismissible line under the top bar, e.g. why a saved design could not be opened. */
export function Notice({ children }: { children: string }) {
  const [open, setOpen] = useState(true);
  const { t } = useTranslator();
  if (!open) return null;
  return (
    <div
      role="status"
      className="flex items-center gap-3 border-b border-amber-200 bg-warning-soft px-4 py-2 text-sm text-amber-900 dark:border-amber-900 dark:text-amber-200"
    >
      <span className="flex-1">{children}</span>
      <button
        type="button"
        className="rounded px-2 py-0.5 font-medium hover:bg-amber-100 dark:hover:bg-amber-900"
        onClick={() => setOpen(false)}
      >
        {t('dialogs.notice.dismiss')}
      </button>
    </div>
  );
}
