import { Suspense, lazy } from 'react';
import { useDesigner, useDesignerStoreApi } from '../store';
import { ModalDialog, primaryButtonClass } from '../ui/ConfirmDialog';
import { buttonClass } from '../ui/formStyles';
import { useIntegration } from './integration';
import { useShareLink } from './useShareLink';

const JsonPanel = lazy(() => import('../panels/json/JsonPanel').then((m) => ({ default: m.JsonPanel })));
const none: never[] = [];

/**
 * A design opened from a share link: shown read-only over the designer; the open design is untouched
 * until "Save a copy" makes the shared one the open design (one undo step).
 */
export function SharedFlowView() {
  const { link, close } = useShareLink();
  const store = useDesignerStoreApi();
  const dark = useDesigner((s) => s.theme === 'dark');
  const { jsonEditor } = useIntegration();
  if (link.state === 'none' || link.state === 'loading') return null;

  if (link.state === 'error')
    return (
      <ModalDialog
        title="This share link cannot be opened"
        onClose={close}
        footer={
          <button type="button" className={buttonClass} onClick={close}>
            Close
          </button>
        }
      >
        <p className="text-sm">{link.message}</p>
      </ModalDialog>
    );

  const flow = link.flow;
  const saveCopy = () => {
    const result = store.getState().dispatch({ type: 'flow.replace', flow });
    if (!result.ok) {
      store.getState().notify(result.reason, 'error');
      return;
    }
    close();
    store.getState().notify(`“${flow.name}” is now your open design. Undo brings the previous one back.`);
  };

  return (
    <ModalDialog
      title={`Shared design: ${flow.name} (read only)`}
      onClose={close}
      className="max-w-3xl"
      footer={
        <>
          <button type="button" className={buttonClass} onClick={close}>
            Close
          </button>
          <button type="button" className={primaryButtonClass} onClick={saveCopy}>
            Save a copy
          </button>
        </>
      }
    >
      <p className="mb-2 text-sm text-slate-600 dark:text-slate-300">
        {flow.statuses.length} statuses · {flow.robots.length} robots · {flow.triggers.length} triggers.
        Nothing changes in your open design unless you save a copy.
      </p>
      <div className="flex h-[55vh] min-h-0 flex-col">
        <Suspense fallback={<p className="text-sm text-slate-500">Loading…</p>}>
          <JsonPanel
            flow={flow}
            problems={none}
            onValidEdit={() => {}}
            readOnly
            dark={dark}
            editor={jsonEditor}
          />
        </Suspense>
      </div>
    </ModalDialog>
  );
}
