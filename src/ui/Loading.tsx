import { useTranslator } from '../i18n/react';

/*
 * What a part loaded on first use (React.lazy) shows while its code arrives: a status message, which
 * screen readers announce.
 */

/** In place of a dialog: the message over the page, where the dialog will appear. */
export function LoadingDialog({ what }: { what: string }) {
  const { t } = useTranslator();
  return (
    <div className="fixed inset-0 z-50 grid place-items-center bg-slate-900/10">
      <p role="status" className="rounded-md bg-surface px-4 py-2 text-sm text-fg-soft shadow-lg">
        {t('loading.part', { what })}
      </p>
    </div>
  );
}

/** In place of a panel's content. */
export function Loading({ what }: { what: string }) {
  const { t } = useTranslator();
  return (
    <p role="status" className="p-3 text-sm text-fg-muted">
      {t('loading.part', { what })}
    </p>
  );
}
