import { useCallback } from 'react';
import type { Flow } from '../domain/flow';
import type { IoProblem } from '../io';
import { FileDropOverlay, useWindowFileDrop } from '../panels/import';
import { useTranslator } from '../i18n/react';
import { LoadPart } from '../ui/LoadPart';
import { useDesigner, useDesignerStoreApi } from '../store';
import { barButtonClass, useIntegration } from './integration';
import { ImportDialog } from './lazyParts';
import { FOLDS_AWAY } from '../ui/barFold';

/**
 * "Import" in the top bar, and a file dropped anywhere on the window: both open the import dialog;
 * confirming replaces the open design as one undo step (nothing changes before that).
 */
export function ImportButton() {
  const store = useDesignerStoreApi();
  const { t } = useTranslator();
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
    store.getState().notify(t('topBar.import.done', { name: flow.name, warnings: warnings.length }));
  };

  return (
    <>
      <button
        type="button"
        // When the bar is crowded the "More" menu holds it (TopBarMore); the dialog and the drop stay here.
        data-fold="2"
        className={`${barButtonClass} ${FOLDS_AWAY}`}
        disabled={locked}
        title={t('topBar.import.hint')}
        onClick={() => setImporting({ file: null })}
      >
        {t('topBar.import')}
      </button>
      <FileDropOverlay visible={dragging && !importing} />
      {importing && (
        <LoadPart what={t('loading.import')} kind="dialog" onClose={() => setImporting(null)}>
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
