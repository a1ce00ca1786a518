import { useMemo } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { FlowCanvas } from '../canvas';
import type { Flow } from '../domain/flow';
import { createDesignerStore, DesignerStoreProvider } from '../store';
import type { DesignerStore } from '../store';

export const REVISION_READ_ONLY = 'An earlier revision is read-only: restore it to edit it';

/**
 * A flow drawn exactly as the designer draws it, in a store of its own locked for good: nothing on
 * it can change, and the open design, its undo history and its autosave are never touched.
 */
export function ReadOnlyCanvas({ flow, main }: { flow: Flow; main: DesignerStore }) {
  const store = useMemo(() => {
    const locked = createDesignerStore(flow, { readOnly: REVISION_READ_ONLY });
    locked.getState().setTheme(main.getState().theme);
    // Names of employees, mailboxes and numbers on the cards come from the same reference data.
    locked.getState().setReference(main.getState().reference);
    return locked;
  }, [flow, main]);
  return (
    <DesignerStoreProvider store={store}>
      <ReactFlowProvider>
        <FlowCanvas />
      </ReactFlowProvider>
    </DesignerStoreProvider>
  );
}
