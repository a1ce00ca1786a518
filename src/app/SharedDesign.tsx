import { useMemo, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import type { Flow } from '../domain/flow';
import { FlowCanvas } from '../canvas';
import { createDesignerStore, DesignerStoreProvider, useDesigner, useDesignerStoreApi } from '../store';
import type { DesignerStore } from '../store';
import { ModalDialog, primaryButtonClass } from '../ui/ConfirmDialog';
import { buttonClass } from '../ui/formStyles';
import { LoadPart } from '../ui/LoadPart';
import { useJsonEditorKind } from './jsonEditorKind';
import { JsonPanel } from './lazyParts';

const none: never[] = [];

export const SHARED_READ_ONLY = 'This shared design is read-only: save a copy to edit it';

/**
 * A store of its own for the shared design, locked for good: the canvas draws it exactly as the
 * designer would (lanes, cards, links, problems badges) while nothing can change it, and the user's
 * open design, its history and its autosave are never touched.
 */
function useSharedStore(flow: Flow, main: DesignerStore): DesignerStore {
  return useMemo(() => {
    const shared = createDesignerStore(flow, { readOnly: SHARED_READ_ONLY });
    const { theme, reference } = main.getState();
    shared.getState().setTheme(theme);
    // Names of employees, mailboxes and numbers on the cards come from the same reference data.
    shared.getState().setReference(reference);
    return shared;
  }, [flow, main]);
}

type View = 'canvas' | 'json';

/**
 * A design opened from a share link: drawn read-only on a canvas over the designer (or as JSON);
 * the open design is untouched until "Save a copy" makes the shared one the open design (one undo step).
 */
/** A shared design, read-only, over the page (loaded when a share link is opened). */
export function SharedDesign({ flow, close }: { flow: Flow; close(): void }) {
  const store = useDesignerStoreApi();
  const dark = useDesigner((s) => s.theme === 'dark');
  const jsonEditor = useJsonEditorKind();
  const shared = useSharedStore(flow, store);
  const [view, setView] = useState<View>('canvas');

  const saveCopy = () => {
    const result = store.getState().dispatch({ type: 'flow.replace', flow });
    if (!result.ok) {
      store.getState().notify(result.reason, 'error');
      return;
    }
    close();
    store.getState().notify(`“${flow.name}” is now your open design. Undo brings the previous one back.`);
  };

  const tab = (value: View, label: string) => (
    <button
      type="button"
      className={buttonClass}
      aria-pressed={view === value}
      onClick={() => setView(value)}
    >
      {label}
    </button>
  );

  return (
    <ModalDialog
      title={`Shared design: ${flow.name} (read only)`}
      onClose={close}
      className="flex h-[85vh] w-[95vw] max-w-none! flex-col"
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
      <div className="flex min-h-0 flex-1 flex-col gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <p className="mr-auto text-sm text-fg-secondary">
            {flow.statuses.length} statuses · {flow.robots.length} robots · {flow.triggers.length} triggers.
            Nothing changes in your open design unless you save a copy.
          </p>
          <div role="group" aria-label="Show the shared design as" className="flex gap-1">
            {tab('canvas', 'Canvas')}
            {tab('json', 'JSON')}
          </div>
        </div>
        <div className="relative min-h-[50vh] flex-1 overflow-hidden rounded border border-border">
          {view === 'canvas' ? (
            <DesignerStoreProvider store={shared}>
              <ReactFlowProvider>
                <FlowCanvas />
              </ReactFlowProvider>
            </DesignerStoreProvider>
          ) : (
            <div className="flex h-full min-h-0 flex-col">
              <LoadPart what="the JSON view" failedClassName="">
                <JsonPanel
                  flow={flow}
                  problems={none}
                  onValidEdit={() => {}}
                  readOnly
                  dark={dark}
                  editor={jsonEditor}
                />
              </LoadPart>
            </div>
          )}
        </div>
      </div>
    </ModalDialog>
  );
}
