import { useCallback } from 'react';
import { Panel } from '@xyflow/react';
import type { Command } from '../domain/commands';
import { AddStatusButton } from '../panels/statuses';
import { useDesigner, useDesignerStoreApi } from '../store';
import { useReveal } from './useReveal';

/** "Add status" at the bottom of the canvas, clear of the lane headers; the new lane is selected and brought into view. */
export function AddStatus() {
  const store = useDesignerStoreApi();
  const flow = useDesigner((s) => s.flow);
  const reveal = useReveal();
  const dispatch = useCallback((command: Command) => store.getState().dispatch(command), [store]);
  return (
    <Panel position="bottom-center">
      <AddStatusButton
        flow={flow}
        dispatch={dispatch}
        label="+ Add status"
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-500 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800"
        onAdded={(id) => {
          store.getState().select([id]);
          reveal(id);
        }}
      />
    </Panel>
  );
}
