import { useCallback, useState } from 'react';
import type { Flow } from '../domain/flow';
import type { IoProblem } from '../io';
import { FileDropOverlay, useWindowFileDrop } from '../panels/import';
import { LoadPart } from '../ui/LoadPart';
import { useDesigner, useDesignerStoreApi } from '../store';
import { barButtonClass } from './integration';
import { ImportDialog } from './lazyParts';

type Open = { open: false } | { open: true; file: File | null };

/**
 * "Import" in the top bar, and a file dropped anywhere on the window: both open the import dialog;
 * confirming replaces the open design as one undo step (nothing changes before that).
 */
export function ImportButton() {
  const store = useDesignerStoreApi();
  const current = useDesigner((s) => s.flow);
  const locked = useDesigner((s) => s.simulation.active);
  const [state, setState] = useState<Open>({ open: false });
  const onFile = useCallback((file: File) => setState({ open: true, file }), []);
  const { dragging } = useWindowFileDrop(onFile, !locked);

  const confirm = (flow: Flow, warnings: IoProblem[]) => {
    const result = store.getState().dispatch({ type: 'flow.replace', flow });
    if (!result.ok) {
      store.getState().notify(result.reason, 'error');
      return;
    }
    setState({ open: false });
    const note = warnings.length > 0 ? ` (${warnings.length} warning${warnings.length > 1 ? 's' : ''})` : '';
    store.getState().notify(`Imported “${flow.name}”${note}. Undo brings the previous design back.`);
  };

  return (
    <>
      <button
        type="button"
        className={barButtonClass}
        disabled={locked}
        title="Open a flow from a file or pasted JSON (or drop a file on the window)"
        onClick={() => setState({ open: true, file: null })}
      >
        Import
      </button>
      <FileDropOverlay visible={dragging && !state.open} />
      {state.open && (
        <LoadPart what="the import" kind="dialog" onClose={() => setState({ open: false })}>
          <ImportDialog
            current={current}
            initialFile={state.file}
            onCancel={() => setState({ open: false })}
            onConfirm={confirm}
          />
        </LoadPart>
      )}
    </>
  );
}
