import type { CSSProperties } from 'react';
import { SIZES } from './layout';
import type { CanvasLayout } from './layout';

/**
 * A large board's extent, for the picture it is moved as (canvas.css, `of-large`): painted in the
 * page's colour under the lanes, it makes the whole board one layer. Without it the browser made
 * each 28,000-pixel lane (and the cards over them) a layer of its own — lanes with gaps between
 * them are too sparse to merge — and re-sorted a dozen layers on every frame of a pan.
 */
const boardExtents = new WeakMap<CanvasLayout, CSSProperties>();
export function boardExtent(layout: CanvasLayout): CSSProperties {
  let extent = boardExtents.get(layout);
  if (!extent) {
    const width = layout.lanes.size * (SIZES.laneWidth + SIZES.laneGap) - SIZES.laneGap;
    extent = { '--of-board-width': `${width}px`, '--of-board-height': `${layout.height}px` } as CSSProperties;
    boardExtents.set(layout, extent);
  }
  return extent;
}
