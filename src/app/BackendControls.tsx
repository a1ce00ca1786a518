import { useState } from 'react';
import { apiErrorMessage } from '../io/api';
import type { StoredRevision } from '../io/api';
import { browserCopyOf, environmentOf, exactProblemsOf, useDesigner, useDesignerStoreApi } from '../store';
import type { DesignerStore } from '../store';
import { UiIcon } from '../ui';
import type { Translator } from '../i18n';
import { useTranslator } from '../i18n/react';
import { LoadPart } from '../ui/LoadPart';
import { barButtonClass, integrationOf, useIntegration } from './integration';
import { ConflictDialog, HistoryDialog, PublishDialog } from './lazyParts';
import { ReadOnlyCanvas } from './ReadOnlyCanvas';
import { useBackendSave } from './useBackendSave';
import { useRevealProblem } from './useRevealProblem';
import { WIDE_ONLY } from '../ui/barFold';

/**
 * Restores an earlier revision: saved again as the newest revision (history is never rewritten),
 * then made the open design as one undo step. True when the server took it.
 */
async function restoreRevision(
  translator: Translator,
  store: DesignerStore,
  api: ReturnType<typeof useIntegration>['api'],
  old: StoredRevision,
) {
  const { t } = translator;
  const notify = store.getState().notify;
  const id = store.getState().flow.id;
  const latest = await api.getFlow(id);
  if (!latest.ok) {
    notify(apiErrorMessage(latest.error, translator), 'error');
    return false;
  }
  const restored = { ...old.flow, id };
  const saved = await api.saveFlow(restored, latest.value.revision);
  if (!saved.ok) {
    notify(apiErrorMessage(saved.error, translator), 'error');
    return false;
  }
  store.getState().dispatch({ type: 'flow.replace', flow: restored });
  browserCopyOf(store)
    .getState()
    .setServer({ flowId: id, revision: saved.value.revision, flow: store.getState().flow });
  notify(t('topBar.revisions.restored', { old: old.revision, revision: saved.value.revision }));
  return true;
}

/** "Save", "Publish" and "Revisions" of the backend, with the dialogs they may open. */
export function BackendControls() {
  const store = useDesignerStoreApi();
  const revealProblem = useRevealProblem();
  const { api } = useIntegration();
  const translator = useTranslator();
  const { t } = translator;
  const [historyOpen, setHistoryOpen] = useState(false);
  const backend = useBackendSave(store, api, (id) => integrationOf(store).getState().revisions[id]);
  const locked = useDesigner((s) => s.simulation.active);
  const { publishing, conflict } = backend;

  return (
    <>
      <button
        type="button"
        className={barButtonClass}
        disabled={backend.busy}
        title={
          backend.revision === null
            ? t('topBar.saveToServer.hint')
            : t('topBar.saveToServer.hintAt', { revision: backend.revision })
        }
        onClick={() => void backend.save()}
      >
        {t('topBar.saveToServer')}
      </button>
      <button
        type="button"
        className={barButtonClass}
        disabled={backend.busy || locked}
        title={t('topBar.publish.hint')}
        onClick={() => {
          // The design as it is now: a large design's on-screen problems may still be the lint
          // worker's previous answer, and publishing must not let a fresh error through.
          const state = store.getState();
          void backend.startPublish(exactProblemsOf(state.flow, environmentOf(state), translator));
        }}
      >
        {t('topBar.publish')}
      </button>
      <button
        type="button"
        className={`${barButtonClass} group-data-[fold-level=1]/bar:px-2 group-data-[fold-level=2]/bar:px-2`}
        aria-label={t('topBar.revisions')}
        title={t('topBar.revisions.hint')}
        onClick={() => setHistoryOpen(true)}
      >
        <UiIcon name="clock" size={14} />
        {/* In a crowded bar the icon alone; the word is the button's name either way. */}
        <span data-fold="1" className={WIDE_ONLY}>
          {t('topBar.revisions')}
        </span>
      </button>
      <LoadPart
        what={t('loading.dialog')}
        kind="dialog"
        onClose={() => {
          backend.dismissConflict();
          backend.closePublish();
          setHistoryOpen(false);
        }}
      >
        {historyOpen && (
          <HistoryDialog
            api={api}
            current={store.getState().flow}
            canvasFor={(flow) => <ReadOnlyCanvas flow={flow} main={store} />}
            onClose={() => setHistoryOpen(false)}
            onRestore={async (old) => {
              if (await restoreRevision(translator, store, api, old)) setHistoryOpen(false);
            }}
          />
        )}
        {conflict && (
          <ConflictDialog
            mine={conflict.mine}
            theirs={conflict.theirs}
            busy={backend.busy}
            onChoose={(choice) => void backend.resolve(choice)}
            onClose={backend.dismissConflict}
          />
        )}
        {publishing.step === 'review' && (
          <PublishDialog
            {...publishing}
            busy={backend.busy}
            onClose={backend.closePublish}
            onConfirm={() => void backend.confirmPublish()}
          />
        )}
        {publishing.step === 'refused' && (
          <PublishDialog
            {...publishing}
            flow={store.getState().flow}
            onReveal={revealProblem}
            onClose={backend.closePublish}
          />
        )}
      </LoadPart>
    </>
  );
}
