import { useCallback } from 'react';
import type { Command } from '../domain/commands';
import { StatusHeader } from '../panels/statuses';
import { handleStatusReorderKey } from '../panels/statuses/keys';
import { useTranslator } from '../i18n/react';
import { isLocked, useDesigner, useDesignerStoreApi } from '../store';
import { UiIcon } from '../ui';
import { useHeaderDrag } from './useHeaderDrag';

/**
 * A lane's header: the status header (F2 or double-click renames inline, Alt+←/→ moves, "…" opens
 * the options) over the lane's counts. Statuses are reordered only from the grip: a drag anywhere
 * else on the header pans the board, as a drag on any empty part of it does.
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
  const { t } = useTranslator();
  // The whole flow, unlike the cards: the header's dialogs (delete lists what goes, add needs free
  // ids) read it. Lanes are few (at most 50) and rerender with each document version anyway, since
  // their counts are rebuilt, so this adds no renders.
  const flow = useDesigner((s) => s.flow);
  const dispatch = useCallback((command: Command) => store.getState().dispatch(command), [store]);
  const getFlow = useCallback(() => store.getState().flow, [store]);
  const { offset, onPointerDown } = useHeaderDrag(statusId, getFlow, dispatch);
  // Simulate mode (or a read-only view) locks the design: the header shows the status, no editing.
  const locked = useDesigner(isLocked);
  const name = flow.statuses.find((s) => s.id === statusId)?.name ?? '';
  const dragging = offset !== null;
  return (
    // Not a <header>: outside the designer's <main> (a shared design in a dialog) every lane's header
    // would become a page banner; the lane is already a region named after its status.
    <div
      className={`relative flex items-start gap-0.5 border-b border-slate-100 pb-2 pl-1 pr-2 pt-1.5 dark:border-slate-800 ${
        dragging ? 'z-10 rounded-md bg-surface shadow-lg ring-2 ring-brand-500' : ''
      }`}
      style={dragging ? { transform: `translateX(${offset}px)` } : undefined}
    >
      {!locked && (
        <button
          type="button"
          // nodrag/nopan: a press on the grip starts the reorder, not a pan of the board.
          className={`nodrag nopan mt-0.5 flex h-6 w-4 shrink-0 items-center justify-center rounded text-slate-400 hover:bg-slate-100 hover:text-slate-700 focus-visible:outline-2 focus-visible:outline-brand-500 dark:hover:bg-slate-800 dark:hover:text-slate-200 ${
            dragging ? 'cursor-grabbing' : 'cursor-grab'
          }`}
          aria-label={t('canvas.lane.grip', { name })}
          title={t('canvas.lane.grip.hint')}
          onPointerDown={onPointerDown}
          onKeyDown={(event) => {
            // On the grip plain arrows move the status; elsewhere they move between cards.
            const alt = {
              ...event,
              altKey: true,
              key: event.key,
              preventDefault: () => event.preventDefault(),
            };
            if (!event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey)
              handleStatusReorderKey(alt, store.getState().flow, statusId, dispatch);
          }}
        >
          <UiIcon name="grip" size={14} />
        </button>
      )}
      <StatusHeader
        flow={flow}
        statusId={statusId}
        dispatch={dispatch}
        onAdded={(id) => store.getState().select([id])}
        className="min-w-0 flex-1 px-1"
        readOnly={locked}
      >
        <span className="truncate text-xs text-fg-muted">
          {t('canvas.lane.counts', { robots: robotCount, triggers: triggerCount })}
        </span>
      </StatusHeader>
    </div>
  );
}
