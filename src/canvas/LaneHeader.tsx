import { useCallback } from 'react';
import type { Command } from '../domain/commands';
import { StatusHeader } from '../panels/statuses';
import { isLocked, useDesigner, useDesignerStoreApi } from '../store';
import { useHeaderDrag } from './useHeaderDrag';

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * A lane's header: the status header (F2 or double-click renames inline, Alt+←/→ moves, "…" opens
 * the options) over the lane's counts; dragging it sideways reorders the statuses.
 */
export function LaneHeader({
  statusId,
  robotCount,
  triggerCount,
}: {
  statusId: string;
  robotCount: number;
  triggerCount: number;
}) {
  const store = useDesignerStoreApi();
  // The whole flow, unlike the cards: the header's dialogs (delete lists what goes, add needs free
  // ids) read it. Lanes are few (at most 50) and rerender with each document version anyway, since
  // their counts are rebuilt, so this adds no renders.
  const flow = useDesigner((s) => s.flow);
  const dispatch = useCallback((command: Command) => store.getState().dispatch(command), [store]);
  const getFlow = useCallback(() => store.getState().flow, [store]);
  const { offset, onPointerDown } = useHeaderDrag(statusId, getFlow, dispatch);
  // Simulate mode (or a read-only view) locks the design: the header shows the status, no editing.
  const locked = useDesigner(isLocked);
  const dragging = offset !== null;
  return (
    <header
      // nodrag/nopan/nowheel: presses, drags and wheel turns here belong to the header, not React Flow.
      className={`nodrag nopan nowheel relative border-b border-slate-100 px-3 pb-2.5 pt-1.5 dark:border-slate-800 ${
        dragging
          ? 'z-10 cursor-grabbing rounded-md bg-white shadow-lg ring-2 ring-brand-500 dark:bg-slate-900'
          : locked
            ? ''
            : 'cursor-grab'
      }`}
      style={dragging ? { transform: `translateX(${offset}px)` } : undefined}
      onPointerDown={locked ? undefined : onPointerDown}
      title={locked ? undefined : 'Drag sideways to reorder the statuses'}
    >
      <StatusHeader
        flow={flow}
        statusId={statusId}
        dispatch={dispatch}
        onAdded={(id) => store.getState().select([id])}
        className="px-1"
        readOnly={locked}
      >
        <span className="truncate text-xs text-slate-500 dark:text-slate-400">
          {count(robotCount, 'robot')} · {count(triggerCount, 'trigger')}
        </span>
      </StatusHeader>
    </header>
  );
}
