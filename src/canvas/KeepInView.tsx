import { useCallback, useEffect } from 'react';
import { useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { useDesigner } from '../store';
import { SIZES } from './layout';
import type { CanvasLayout } from './layout';
import { statusOfLaneNode } from './mapping';

const MARGIN = 24;

type Box = { x: number; y: number; width: number; height: number };

/**
 * The smallest pan that brings `box` (flow coordinates) inside the pane, or null when it is already
 * there. Only the axes where it sticks out move; the zoom stays.
 */
export function panToShow(
  box: Box,
  pane: { width: number; height: number },
  transform: readonly [number, number, number],
): { x: number; y: number } | null {
  const [x, y, zoom] = transform;
  const shift = (start: number, size: number, view: number, offset: number) => {
    const from = start * zoom + offset;
    const to = (start + size) * zoom + offset;
    if (from >= 0 && to <= view) return offset;
    // Too big to fit: show its start.
    if (to - from > view - 2 * MARGIN || from < 0) return MARGIN - start * zoom;
    return view - MARGIN - (start + size) * zoom;
  };
  const next = { x: shift(box.x, box.width, pane.width, x), y: shift(box.y, box.height, pane.height, y) };
  return next.x === x && next.y === y ? null : next;
}

const paneSize = (s: ReactFlowState) => `${s.width}x${s.height}`;

/**
 * Keeps in view what the user is working on: while a simulation plays, the order's current status
 * (the board scrolls sideways with the order); otherwise the selected card or status, also when
 * the inspector opening beside the board narrows it. Only a change of these moves the board — a
 * pan by the user is left alone. A large board jumps instead of gliding (`animate` false): each
 * frame of a glide across thousands of cards brings rows of them in, and the glide ran at a few
 * frames a second, holding up the next click or undo by hundreds of milliseconds.
 */
export function KeepInView({ layout, animate }: { layout: CanvasLayout; animate: boolean }) {
  const orderStatus = useDesigner((s) => s.simulation.nodeStates?.status ?? null);
  const selected = useDesigner((s) => (s.selection.length === 1 ? s.selection[0]! : null));
  const size = useStore(paneSize);
  const rf = useReactFlow();
  const store = useStoreApi();
  const show = useCallback(
    (box: Box) => {
      const { width, height, transform } = store.getState();
      if (width === 0 || height === 0) return;
      const next = panToShow(box, { width, height }, transform);
      if (next) void rf.setViewport({ ...next, zoom: transform[2] }, { duration: animate ? 250 : 0 });
    },
    [rf, store, animate],
  );

  useEffect(() => {
    const lane = orderStatus === null ? undefined : layout.lanes.get(orderStatus);
    if (!lane) return;
    // The lane's columns: sideways only, the vertical position stays where the user put it.
    const [, y, zoom] = store.getState().transform;
    show({ x: lane.x, y: -y / zoom, width: lane.width, height: 1 });
  }, [orderStatus, layout, show, store]);

  useEffect(() => {
    if (selected === null || orderStatus !== null) return;
    const lane = layout.lanes.get(selected) ?? layout.lanes.get(statusOfLaneNode(selected) ?? '');
    if (lane) {
      show({ x: lane.x, y: 0, width: lane.width, height: SIZES.headerHeight });
      return;
    }
    for (const candidate of layout.lanes.values()) {
      const at = candidate.positions.get(selected);
      if (!at) continue;
      const height = candidate.triggers.includes(selected) ? SIZES.triggerHeight : SIZES.cardHeight;
      show({ x: candidate.x + at.x, y: at.y, width: SIZES.cardWidth, height });
      return;
    }
    // The pane's size is a dependency: the inspector opening beside the board narrows it.
  }, [selected, size, layout, orderStatus, show]);

  return null;
}
