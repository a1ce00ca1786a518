import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { diffFlows } from '../../domain/diff';
import type { Flow } from '../../domain/flow';
import { apiErrorMessage, moreApi } from '../../io/api';
import type { ApiClient, RevisionHistory, StoredRevision } from '../../io/api';
import { ModalDialog, primaryButtonClass } from '../../ui/ConfirmDialog';
import { buttonClass } from '../../ui/formStyles';
import { useTranslator } from '../../i18n/react';
import { ChangeList } from './ChangeList';

type View = 'canvas' | 'changes';

interface HistoryDialogProps {
  api: ApiClient;
  /** The open design: its id names the flow, and the differences are measured against it. */
  current: Flow;
  /**
   * Draws a revision read-only. Given by the designer, which has the canvas in its first load: this
   * dialog's chunk importing the canvas itself would split the first load into many small chunks.
   */
  canvasFor: (flow: Flow) => ReactNode;
  /** Saves `flow` (an earlier revision) as the newest revision and makes it the open design. */
  onRestore: (revision: StoredRevision) => Promise<void>;
  onClose: () => void;
}

/**
 * The server's history of the open design: every revision with who saved it and when, and who
 * published which. A revision opens read-only on a canvas of its own, or as its differences from
 * the open design; restoring it saves it again as a new revision, so history is never rewritten.
 */
export function HistoryDialog({ api, current, canvasFor, onRestore, onClose }: HistoryDialogProps) {
  const translator = useTranslator();
  const { t } = translator;
  // The instant in the reader's own zone, as the server's list is about when people saved.
  const when = (iso: string) => translator.dateTime(iso, Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [history, setHistory] = useState<RevisionHistory | 'loading' | string>('loading');
  const [chosen, setChosen] = useState<StoredRevision | null>(null);
  const [view, setView] = useState<View>('canvas');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void moreApi(api)
      .listRevisions(current.id)
      .then((r) => {
        if (r.ok) setHistory(r.value);
        else
          setHistory(
            r.error.kind === 'http' && r.error.status === 404
              ? t('dialogs.revisions.none')
              : apiErrorMessage(r.error, translator),
          );
      });
  }, [api, current.id, t, translator]);

  const open = async (revision: number) => {
    const r = await moreApi(api).getRevision(current.id, revision);
    if (r.ok) setChosen(r.value);
    else setHistory(apiErrorMessage(r.error, translator));
  };

  const publishedBy = (revision: number) =>
    typeof history === 'object' ? history.publishes.filter((p) => p.revision === revision) : [];

  return (
    <ModalDialog
      title={
        chosen
          ? t('dialogs.revisions.one.title', { revision: chosen.revision, name: current.name })
          : t('dialogs.revisions.title', { name: current.name })
      }
      onClose={onClose}
      className="flex h-[85vh] w-[95vw] max-w-none! flex-col"
      footer={
        <>
          {chosen && (
            <button type="button" className={buttonClass} onClick={() => setChosen(null)}>
              {t('dialogs.revisions.back')}
            </button>
          )}
          <button type="button" className={buttonClass} onClick={onClose}>
            {t('common.close')}
          </button>
          {chosen && (
            <button
              type="button"
              className={primaryButtonClass}
              disabled={busy}
              onClick={() => {
                setBusy(true);
                void onRestore(chosen).finally(() => setBusy(false));
              }}
            >
              {t('dialogs.revisions.restore', { revision: chosen.revision })}
            </button>
          )}
        </>
      }
    >
      {typeof history === 'string' ? (
        <p role="status" className="text-sm">
          {history === 'loading' ? t('dialogs.revisions.loading') : history}
        </p>
      ) : chosen ? (
        <div className="flex min-h-0 flex-1 flex-col gap-2">
          <div className="flex flex-wrap items-center gap-2">
            <p className="mr-auto text-sm text-fg-secondary">
              {t('dialogs.revisions.savedBy', { author: chosen.author, when: when(chosen.createdAt) })}
            </p>
            <div role="group" aria-label={t('dialogs.revisions.view')} className="flex gap-1">
              {(['canvas', 'changes'] as const).map((v) => (
                <button
                  key={v}
                  type="button"
                  className={buttonClass}
                  aria-pressed={view === v}
                  onClick={() => setView(v)}
                >
                  {v === 'canvas' ? t('dialogs.revisions.view.canvas') : t('dialogs.revisions.view.changes')}
                </button>
              ))}
            </div>
          </div>
          <div className="relative min-h-[50vh] flex-1 overflow-auto rounded border border-border">
            {view === 'canvas' ? (
              canvasFor(chosen.flow)
            ) : (
              <div className="p-3">
                <ChangeList
                  label={t('dialogs.revisions.changes', { revision: chosen.revision })}
                  changes={diffFlows(chosen.flow, current, { t: translator })}
                />
              </div>
            )}
          </div>
        </div>
      ) : (
        <ol aria-label={t('dialogs.revisions.list')} className="max-h-[60vh] space-y-1 overflow-y-auto">
          {history.revisions.map((r) => (
            <li key={r.revision} className="flex flex-wrap items-center gap-2 text-sm">
              <button type="button" className={buttonClass} onClick={() => void open(r.revision)}>
                {t('dialogs.revisions.open', { revision: r.revision })}
              </button>
              <span>{t('dialogs.revisions.saved', { author: r.author, when: when(r.createdAt) })}</span>
              {publishedBy(r.revision).map((p) => (
                <span
                  key={p.publishedAt}
                  className="rounded-full bg-emerald-100 px-2 py-0.5 text-xs text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100"
                >
                  {t('dialogs.revisions.published', { author: p.publishedBy, when: when(p.publishedAt) })}
                </span>
              ))}
            </li>
          ))}
        </ol>
      )}
    </ModalDialog>
  );
}
