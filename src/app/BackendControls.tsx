import { environmentOf, exactProblemsOf, useDesigner, useDesignerStoreApi } from '../store';
import { LoadPart } from '../ui/LoadPart';
import { barButtonClass, integrationOf, useIntegration } from './integration';
import { ConflictDialog, PublishDialog } from './lazyParts';
import { useBackendSave } from './useBackendSave';

/** "Save" and "Publish" to the backend, with the conflict and publish dialogs they may open. */
export function BackendControls() {
  const store = useDesignerStoreApi();
  const { api } = useIntegration();
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
            ? 'Save to the server'
            : `Save to the server (now at revision ${backend.revision})`
        }
        onClick={() => void backend.save()}
      >
        Save
      </button>
      <button
        type="button"
        className={barButtonClass}
        disabled={backend.busy || locked}
        title="Check, save and publish this design"
        onClick={() => {
          // The design as it is now: a large design's on-screen problems may still be the lint
          // worker's previous answer, and publishing must not let a fresh error through.
          const state = store.getState();
          void backend.startPublish(exactProblemsOf(state.flow, environmentOf(state)));
        }}
      >
        Publish
      </button>
      <LoadPart
        what="the dialog"
        kind="dialog"
        onClose={() => {
          backend.dismissConflict();
          backend.closePublish();
        }}
      >
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
        {publishing.step === 'refused' && <PublishDialog {...publishing} onClose={backend.closePublish} />}
      </LoadPart>
    </>
  );
}
