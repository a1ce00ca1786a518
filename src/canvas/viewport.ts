import type { Viewport } from '../store';

export type Rect = { x: number; y: number; width: number; height: number };

/**
 * The smallest zoom at which the board is still read without effort: names (status 14 px, robot
 * 14 px, trigger 13.5 px) stay at 11 px or more on screen. The first view never goes under it.
 */
export const LEGIBLE_ZOOM = 0.82;
const PADDING = 12;

/**
 * The first view of a design nobody has looked at yet: the whole board when it fits at a legible
 * zoom (never above 100 %), else as many whole lanes as stay legible, starting at the first status,
 * top-left. The "Fit" control still shows everything on demand.
 */
export function initialViewport(bounds: Rect, screen: { width: number; height: number }): Viewport {
  const fit = Math.min(
    (screen.width - 2 * PADDING) / bounds.width,
    (screen.height - 2 * PADDING) / bounds.height,
    1,
  );
  const zoom = fit >= LEGIBLE_ZOOM ? fit : LEGIBLE_ZOOM;
  return { x: PADDING - bounds.x * zoom, y: PADDING - bounds.y * zoom, zoom };
}
