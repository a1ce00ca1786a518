import { useCallback } from 'react';
import type { Flow } from '../domain/flow';
import type { IoProblem } from '../io';
import { FileDropOverlay, useWindowFileDrop } from '../panels/import';
import { LoadPart } from '../ui/LoadPart';
import { useDesigner, useDesignerStoreApi } from '../store';
import { barButtonClass, useIntegration } from './integration';
import { ImportDialog } from './lazyParts';

/**
 * "Import" in the top bar, and a file dropped anywhere on the window: both open the import dialog;
 * confirming replaces the open design as one undo step (nothing changes before that).
 */
export function ImportButton() {
  const store = useDesignerStoreApi();
  const current = useDesigner((s) => s.flow);
  const locked = useDesigner((s) => s.simulation.active);
  const { importing, setImporting } = useIntegration();
  const onFile = useCallback((file: File) => setImporting({ file }), [setImporting]);
  const { dragging } = useWindowFileDrop(onFile, !locked);

  const confirm = (flow: Flow, warnings: IoProblem[]) => {
    const result = store.getState().dispatch({ type: 'flow.replace', flow });
    if (!result.ok) {
      store.getState().notify(result.reason, 'error');
      return;
    }
    setImporting(null);
    const note = warnings.length > 0 ? ` (${warnings.length} warning${warnings.length > 1 ? 's' : ''})` : '';
    store.getState().notify(`Imported “${flow.name}”${note}. Undo brings the previous design back.`);
  };

  return (
    <>
      <button
        type="button"
        // Below the xl width the "More" menu holds it (TopBarMore); the dialog and the drop stay here.
        className={`${barButtonClass} max-xl:hidden`}
        disabled={locked}
        title="Open a flow from a file or pasted JSON (or drop a file on the window)"
        onClick={() => setImporting({ file: null })}
      >
        Import
      </button>
      <FileDropOverlay visible={dragging && !importing} />
      {importing && (
        <LoadPart what="the import" kind="dialog" onClose={() => setImporting(null)}>
          <ImportDialog
            current={current}
            initialFile={importing.file}
            onCancel={() => setImporting(null)}
            onConfirm={confirm}
          />
        </LoadPart>
      )}
    </>
  );
}
