import { useCallback } from 'react';
import type { Command } from '../domain/commands';
import { StatusEditor } from '../panels/statuses';
import { editMergeKey, useDesigner, useDesignerStoreApi } from '../store';
import { InspectorPanel } from './InspectorPanel';

/**
 * The right-hand panel: the status editor when a lane is selected, else the inspector of the selected
 * robot or trigger (or its empty state). Typing in either is squashed into one undo step per field.
 */
export function SelectionDetails() {
  const store = useDesignerStoreApi();
  const laneId = useDesigner((s) => {
    const id = s.selection.length === 1 ? s.selection[0] : undefined;
    return id !== undefined && s.flow.statuses.some((st) => st.id === id) ? id : null;
  });
  const flow = useDesigner((s) => (laneId === null ? null : s.flow));
  const dispatch = useCallback(
    (command: Command) => store.getState().dispatch(command, { merge: editMergeKey(command) }),
    [store],
  );
  if (laneId === null || flow === null) return <InspectorPanel dispatch={dispatch} />;
  return (
    <div
      data-pane="details"
      onFocusCapture={() => store.getState().mark()}
      className="flex h-full min-h-0 w-[24rem] shrink-0 flex-col overflow-y-auto border-l border-slate-200 bg-white p-3 text-sm dark:border-slate-800 dark:bg-slate-950"
    >
      <StatusEditor
        flow={flow}
        statusId={laneId}
        dispatch={dispatch}
        onDeleted={() => store.getState().clearSelection()}
      />
    </div>
  );
}
