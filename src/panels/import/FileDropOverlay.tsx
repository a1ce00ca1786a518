import { useTranslator } from '../../i18n/react';

/** Shown while a file is held over the window (see useWindowFileDrop). */
export function FileDropOverlay({ visible }: { visible: boolean }) {
  const { t } = useTranslator();
  if (!visible) return null;
  return (
    <div
      aria-hidden="true"
      className="pointer-events-none fixed inset-0 z-40 flex items-center justify-center bg-brand-600/10 ring-4 ring-inset ring-brand-500 dark:bg-brand-500/10"
    >
      <p className="rounded-lg bg-surface px-4 py-2 text-sm font-semibold text-slate-800 shadow dark:text-slate-100">
        {t('dialogs.import.drop')}
      </p>
    </div>
  );
}
