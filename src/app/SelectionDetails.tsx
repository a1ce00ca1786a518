import { useCallback } from 'react';
import type { Command } from '../domain/commands';
import { NothingSelected } from '../panels/inspector/NothingSelected';
import { StatusEditor } from '../panels/statuses/parts';
import { editMergeKey, useDesigner, useDesignerStoreApi } from '../store';
import { Loading } from '../ui/Loading';
import { LoadPart } from '../ui/LoadPart';
import { InspectorPanel } from './lazyParts';

/** The right-hand column, as the inspector draws it. */
const COLUMN =
  'flex h-full min-h-0 w-[24rem] shrink-0 flex-col overflow-y-auto border-l border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950';

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
  if (laneId === null || flow === null) {
    return (
      <LoadPart what="the inspector" fallback={<InspectorLoading />} failedClassName={`${COLUMN} p-3`}>
        <InspectorPanel dispatch={dispatch} />
      </LoadPart>
    );
  }
  return (
    <div
      data-pane="details"
      onFocusCapture={() => store.getState().mark()}
      className={`${COLUMN} p-3 text-sm`}
    >
      <LoadPart what="the status editor">
        <StatusEditor
          flow={flow}
          statusId={laneId}
          dispatch={dispatch}
          onDeleted={() => store.getState().clearSelection()}
        />
      </LoadPart>
    </div>
  );
}

/**
 * The inspector's place while its code loads (it is not part of the first load): on the first
 * screen nothing is selected, so its empty state, exactly as the inspector draws it; a message if a
 * card was selected before the code arrived.
 */
function InspectorLoading() {
  const nodeSelected = useDesigner((s) => {
    const id = s.selection.length === 1 ? s.selection[0] : undefined;
    return id !== undefined && [...s.flow.robots, ...s.flow.triggers].some((node) => node.id === id);
  });
  return (
    <div data-pane="details" className={COLUMN}>
      <section aria-label="Inspector" className="space-y-3 p-3 text-sm text-slate-800 dark:text-slate-100">
        {nodeSelected ? <Loading what="the inspector" /> : <NothingSelected />}
      </section>
    </div>
  );
}
