import { useEffect, useRef, useState } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { Command } from '../domain/commands';
import type { Flow } from '../domain/flow';
import { statusOfLaneNode } from './mapping';

/** Pixels the pointer must travel before a press on a header becomes a drag (a click stays a click). */
const THRESHOLD = 6;

/**
 * Where a status dragged by its header lands: the number of other lanes whose middle is left of the
 * pointer (in flow coordinates), i.e. its index after the move.
 */
export function dropIndex(
  lanes: readonly { statusId: string; x: number; width: number }[],
  statusId: string,
  pointerX: number,
): number {
  return lanes.filter((l) => l.statusId !== statusId && l.x + l.width / 2 < pointerX).length;
}

type Drag = { pointerId: number; startX: number; moved: boolean };

/**
 * Dragging a lane's grip sideways reorders the statuses: the header follows the pointer and the
 * release dispatches one `status.move` (one undo step). Escape cancels.
 */
export function useHeaderDrag(statusId: string, getFlow: () => Flow, dispatch: (c: Command) => unknown) {
  const rf = useReactFlow();
  const [offset, setOffset] = useState<number | null>(null);
  const drag = useRef<Drag | null>(null);
  const cleanup = useRef<(() => void) | null>(null);
  useEffect(() => () => cleanup.current?.(), []);

  const onPointerDown = (event: ReactPointerEvent<HTMLElement>) => {
    if (event.button !== 0 || drag.current) return;
    drag.current = { pointerId: event.pointerId, startX: event.clientX, moved: false };
    // Lanes later in the document are drawn over earlier ones: lift this one while it travels.
    const node = event.currentTarget.closest<HTMLElement>('.react-flow__node');
    const zIndex = node?.style.zIndex ?? '';
    const end = () => {
      if (node) node.style.zIndex = zIndex;
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', end);
      window.removeEventListener('keydown', onKey, true);
      drag.current = null;
      cleanup.current = null;
      setOffset(null);
    };
    const onMove = (e: PointerEvent) => {
      const d = drag.current;
      if (!d || e.pointerId !== d.pointerId) return;
      const dx = e.clientX - d.startX;
      if (!d.moved && Math.abs(dx) < THRESHOLD) return;
      if (!d.moved && node) node.style.zIndex = '1000';
      d.moved = true;
      // The header lives inside the zoomed viewport: screen pixels divided by the zoom.
      setOffset(dx / rf.getViewport().zoom);
    };
    const onUp = (e: PointerEvent) => {
      const d = drag.current;
      if (!d || e.pointerId !== d.pointerId) return;
      if (d.moved) {
        const x = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY }).x;
        const lanes = rf.getNodes().flatMap((n) => {
          const id = statusOfLaneNode(n.id);
          return id === undefined ? [] : [{ statusId: id, x: n.position.x, width: n.width ?? 0 }];
        });
        const flow = getFlow();
        const from = flow.statuses.findIndex((s) => s.id === statusId);
        const to = dropIndex(lanes, statusId, x);
        if (from >= 0 && to !== from)
          dispatch({ type: 'status.move', id: flow.statuses[from]!.id, toIndex: to });
      }
      end();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !drag.current?.moved) return;
      e.preventDefault();
      e.stopPropagation();
      end();
    };
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', end);
    window.addEventListener('keydown', onKey, true);
    cleanup.current = end;
  };

  return { offset, onPointerDown };
}
