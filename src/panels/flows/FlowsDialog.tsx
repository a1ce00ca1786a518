import { useCallback, useEffect, useState } from 'react';
import type { Flow } from '../../domain/flow';
import { apiErrorMessage } from '../../io/api';
import type { ApiClient, FlowSummary } from '../../io/api';
import { ConfirmDialog, ModalDialog, primaryButtonClass } from '../../ui/ConfirmDialog';
import { buttonClass } from '../../ui/formStyles';
import { newFlowFor } from '../../domain/samples';
import { useLocale, useTranslator } from '../../i18n/react';

export interface FlowsDialogProps {
  api: ApiClient;
  /** The open design's id, marked in the list. */
  currentId: string;
  /** A flow to open, with the server revision its next save is based on. */
  onOpen(flow: Flow, revision: number): void;
  onError(message: string): void;
  onClose(): void;
}

type Load =
  { state: 'loading' } | { state: 'ready'; flows: FlowSummary[] } | { state: 'error'; message: string };

/** The flows on the backend: open one, start a new one from the default, duplicate, delete (asked first). */
export function FlowsDialog({ api, currentId, onOpen, onError, onClose }: FlowsDialogProps) {
  const translator = useTranslator();
  const { t } = translator;
  const { locale } = useLocale();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [busy, setBusy] = useState(false);
  const [deleting, setDeleting] = useState<FlowSummary | null>(null);

  const refresh = useCallback(async () => {
    const result = await api.listFlows();
    setLoad(
      result.ok
        ? { state: 'ready', flows: result.value }
        : { state: 'error', message: apiErrorMessage(result.error, translator) },
    );
  }, [api, translator]);

  useEffect(() => {
    let live = true;
    void api.listFlows().then((result) => {
      if (live)
        setLoad(
          result.ok
            ? { state: 'ready', flows: result.value }
            : { state: 'error', message: apiErrorMessage(result.error, translator) },
        );
    });
    return () => {
      live = false;
    };
  }, [api, translator]);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const open = (id: string) =>
    run(async () => {
      const record = await api.getFlow(id);
      if (record.ok) onOpen(record.value.flow, record.value.revision);
      else onError(apiErrorMessage(record.error, translator));
    });
  const create = () =>
    run(async () => {
      // The default design in the language shown now (the one open is never translated).
      const record = await api.createFlow(newFlowFor(locale));
      if (record.ok) onOpen(record.value.flow, record.value.revision);
      else onError(apiErrorMessage(record.error, translator));
    });
  const duplicate = (id: string) =>
    run(async () => {
      const record = await api.duplicateFlow(id);
      if (!record.ok) onError(apiErrorMessage(record.error, translator));
      await refresh();
    });
  const remove = (flow: FlowSummary) =>
    run(async () => {
      setDeleting(null);
      const result = await api.deleteFlow(flow.id);
      if (!result.ok) onError(apiErrorMessage(result.error, translator));
      await refresh();
    });

  if (deleting)
    return (
      <ConfirmDialog
        title={t('dialogs.flows.delete.title', { name: deleting.name })}
        confirmLabel={t('dialogs.flows.delete.confirm')}
        tone="danger"
        onConfirm={() => void remove(deleting)}
        onCancel={() => setDeleting(null)}
      >
        {deleting.id === currentId ? t('dialogs.flows.delete.bodyOpen') : t('dialogs.flows.delete.body')}
      </ConfirmDialog>
    );

  return (
    <ModalDialog
      title={t('dialogs.flows.title')}
      onClose={onClose}
      className="max-w-2xl"
      footer={
        <>
          <button type="button" className={buttonClass} onClick={onClose}>
            {t('common.close')}
          </button>
          <button type="button" className={primaryButtonClass} disabled={busy} onClick={() => void create()}>
            {t('dialogs.flows.new')}
          </button>
        </>
      }
    >
      {load.state === 'loading' && <p className="text-sm text-fg-subtle">{t('dialogs.flows.loading')}</p>}
      {load.state === 'error' && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">
          {load.message}
        </p>
      )}
      {load.state === 'ready' && (
        <ul aria-label={t('dialogs.flows.list')} className="divide-y divide-border-subtle text-sm">
          {load.flows.map((f) => (
            <li key={f.id} aria-label={f.name} className="flex items-center gap-2 py-2">
              <span className="min-w-0 flex-1">
                <span className="font-medium">{f.name}</span>
                {f.id === currentId && (
                  <span className="ml-1 text-xs text-brand-700 dark:text-brand-100">
                    {t('dialogs.flows.open.mark')}
                  </span>
                )}
                <span className="block text-xs text-fg-muted">
                  {f.publishedRevision !== undefined
                    ? t('dialogs.flows.revision.published', {
                        revision: f.revision,
                        published: f.publishedRevision,
                      })
                    : t('dialogs.flows.revision.unpublished', { revision: f.revision })}
                </span>
              </span>
              <button type="button" className={buttonClass} disabled={busy} onClick={() => void open(f.id)}>
                {t('dialogs.flows.open')}
              </button>
              <button
                type="button"
                className={buttonClass}
                disabled={busy}
                onClick={() => void duplicate(f.id)}
              >
                {t('dialogs.flows.duplicate')}
              </button>
              <button type="button" className={buttonClass} disabled={busy} onClick={() => setDeleting(f)}>
                {t('dialogs.flows.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </ModalDialog>
  );
}
