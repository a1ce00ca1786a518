import { useEffect } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useDesigner } from '../store';
import type { CanvasLayout } from './layout';

const MARGIN = 24;

/**
 * While a simulation is shown, the board keeps the order's current status in view: when playback
 * (or a chosen log row) puts the order in a lane that is off screen, the board scrolls sideways to
 * it, keeping the zoom and the vertical position.
 */
export function FollowOrder({ layout }: { layout: CanvasLayout }) {
  const status = useDesigner((s) => s.simulation.nodeStates?.status ?? null);
  const rf = useReactFlow();
  const store = useStoreApi();
  useEffect(() => {
    if (status === null) return;
    const lane = layout.lanes.get(status);
    const { width, transform } = store.getState();
    if (!lane || width === 0) return;
    const [x, y, zoom] = transform;
    const left = lane.x * zoom + x;
    const right = (lane.x + lane.width) * zoom + x;
    if (left >= 0 && right <= width) return;
    const nextX = left < 0 ? MARGIN - lane.x * zoom : width - MARGIN - (lane.x + lane.width) * zoom;
    void rf.setViewport({ x: nextX, y, zoom }, { duration: 300 });
  }, [status, layout, rf, store]);
  return null;
}
