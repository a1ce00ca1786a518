import { useMemo } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { FlowCanvas } from '../canvas';
import type { Flow } from '../domain/flow';
import { englishTranslator } from '../i18n/english';
import { useTranslator } from '../i18n/react';
import { createDesignerStore, DesignerStoreProvider } from '../store';
import type { DesignerStore } from '../store';

/** Why nothing on an earlier revision can change (English; the canvas says it in the reader's language). */
export const REVISION_READ_ONLY = englishTranslator.t('canvas.readOnly.revision');

/**
 * A flow drawn exactly as the designer draws it, in a store of its own locked for good: nothing on
 * it can change, and the open design, its undo history and its autosave are never touched.
 */
export function ReadOnlyCanvas({ flow, main }: { flow: Flow; main: DesignerStore }) {
  const { t } = useTranslator();
  const readOnly = t('canvas.readOnly.revision');
  const store = useMemo(() => {
    const locked = createDesignerStore(flow, { readOnly });
    locked.getState().setTheme(main.getState().theme);
    // Names of employees, mailboxes and numbers on the cards come from the same reference data.
    locked.getState().setReference(main.getState().reference);
    return locked;
  }, [flow, main, readOnly]);
  return (
    <DesignerStoreProvider store={store}>
      <ReactFlowProvider>
        <FlowCanvas />
      </ReactFlowProvider>
    </DesignerStoreProvider>
  );
}
