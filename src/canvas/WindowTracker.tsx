import { useEffect } from 'react';
import { useStoreApi } from '@xyflow/react';
import { nextWindow, visibleRect } from './viewportWindow';
import type { Rect } from './viewportWindow';

/**
 * Reports the window of the flow a large canvas should hand React Flow (see viewportWindow.ts):
 * on mount, whenever the pane is resized, and whenever panning or zooming leaves the current
 * window. It listens to React Flow's store directly, so a pan costs a comparison per frame and a
 * render only when the window is cut again.
 */
export function WindowTracker({ onWindow }: { onWindow: (window: Rect) => void }) {
  const store = useStoreApi();
  useEffect(() => {
    let current: Rect | null = null;
    const check = ({
      transform,
      width,
      height,
    }: {
      transform: [number, number, number];
      width: number;
      height: number;
    }) => {
      // Not laid out yet (or hidden): nothing is visible, keep the window until the pane has a size.
      if (width === 0 || height === 0) return;
      const next = nextWindow(current, visibleRect(transform, width, height));
      if (next) {
        current = next;
        onWindow(next);
      }
    };
    check(store.getState());
    return store.subscribe(check);
  }, [store, onWindow]);
  return null;
}
