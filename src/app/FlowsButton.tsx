import type { Flow } from '../domain/flow';
import { useDesigner, useDesignerStoreApi } from '../store';
import { useTranslator } from '../i18n/react';
import { LoadPart } from '../ui/LoadPart';
import { barButtonClass, useIntegration } from './integration';
import { FlowsDialog } from './lazyParts';
import { FOLDS_AWAY } from '../ui/barFold';

/** "Flows": the backend's flows; opening one replaces the open design as one undo step. */
export function FlowsButton() {
  const store = useDesignerStoreApi();
  const { t } = useTranslator();
  const { api, setRevision, flowsOpen: open, setFlowsOpen: setOpen } = useIntegration();
  const currentId = useDesigner((s) => s.flow.id);
  const locked = useDesigner((s) => s.simulation.active);

  const openFlow = (flow: Flow, revision: number) => {
    const result = store.getState().dispatch({ type: 'flow.replace', flow });
    if (!result.ok) {
      store.getState().notify(result.reason, 'error');
      return;
    }
    setRevision(flow.id, revision);
    setOpen(false);
    store.getState().notify(t('topBar.flows.opened', { name: flow.name, revision }));
  };

  return (
    <>
      {/* When the bar is crowded the "More" menu holds it (TopBarMore); the dialog stays here. */}
      <button
        type="button"
        data-fold="2"
        className={`${barButtonClass} ${FOLDS_AWAY}`}
        disabled={locked}
        onClick={() => setOpen(true)}
      >
        {t('topBar.flows')}
      </button>
      {open && (
        <LoadPart what={t('loading.flows')} kind="dialog" onClose={() => setOpen(false)}>
          <FlowsDialog
            api={api}
            currentId={currentId}
            onOpen={openFlow}
            onError={(message) => store.getState().notify(message, 'error')}
            onClose={() => setOpen(false)}
          />
        </LoadPart>
      )}
    </>
  );
}
