/** A rectangle in flow coordinates. */
export type Box = { x: number; y: number; width: number; height: number };

/**
 * A view that reaches outside the design widens the map by whole steps of this share of the
 * design's larger side, not by exactly as much as it sticks out: the map's picture of thousands of
 * cards is then drawn again when a step is crossed, not on every frame of a zoom (each frame moved
 * the view's edge, changed the map's viewBox and re-rasterised all its cards).
 */
const STEP_SHARE = 1 / 16;

/**
 * What the map shows (its SVG viewBox): the design and the view, centred in a map of `size` pixels
 * with `pad` pixels around, at one scale for both axes.
 */
export function mapBox(bounds: Box, view: Box, size: { width: number; height: number }, pad: number): Box {
  const step = Math.max(bounds.width, bounds.height, 1) * STEP_SHARE;
  const beyond = (gap: number) => (gap > 0 ? Math.ceil(gap / step) * step : 0);
  const left = bounds.x - beyond(bounds.x - view.x);
  const top = bounds.y - beyond(bounds.y - view.y);
  const right = bounds.x + bounds.width + beyond(view.x + view.width - (bounds.x + bounds.width));
  const bottom = bounds.y + bounds.height + beyond(view.y + view.height - (bounds.y + bounds.height));
  const width = right - left;
  const height = bottom - top;
  const scale = Math.max(width / size.width, height / size.height);
  return {
    x: left - (scale * size.width - width) / 2 - pad * scale,
    y: top - (scale * size.height - height) / 2 - pad * scale,
    width: scale * size.width + 2 * pad * scale,
    height: scale * size.height + 2 * pad * scale,
  };
}
