import type { Viewport } from '../store';

export type Rect = { x: number; y: number; width: number; height: number };

/** Below this zoom card text is too small to read; the first view never goes under it. */
export const READABLE_ZOOM = 0.8;
const PADDING = 24;

/**
 * The first view of a design nobody has looked at yet. A board that fits readably is shown whole,
 * centred; a wide one (several parallel chains per lane) starts at the first status, top-left, at a
 * readable zoom, because a whole-board overview where no card can be read helps nobody. The fit-view
 * control still shows everything on demand.
 */
export function initialViewport(bounds: Rect, screen: { width: number; height: number }): Viewport {
  const fit = Math.min(
    (screen.width - 2 * PADDING) / bounds.width,
    (screen.height - 2 * PADDING) / bounds.height,
    1,
  );
  if (fit >= READABLE_ZOOM) {
    return {
      x: (screen.width - bounds.width * fit) / 2 - bounds.x * fit,
      y: PADDING - bounds.y * fit,
      zoom: fit,
    };
  }
  const zoom = Math.max(Math.min(READABLE_ZOOM, (screen.height - 2 * PADDING) / bounds.height), 0.15);
  return { x: PADDING - bounds.x * zoom, y: PADDING - bounds.y * zoom, zoom };
}
