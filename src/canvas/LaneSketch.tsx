import { useMemo } from 'react';
import { SIZES } from './layout';
import type { Point } from './layout';

const rect = (p: Point, height: number) => `M${p.x},${p.y}h${SIZES.cardWidth}v${height}h${-SIZES.cardWidth}z`;

/**
 * A lane's cards as plain rectangles, for a large design zoomed out so far that no card can be
 * read: React Flow is then handed the lanes alone (see FlowCanvas), and each lane draws its cards
 * as two SVG paths instead of hundreds of card components — what keeps zooming out smooth.
 */
export function LaneSketch({
  positions,
  triggers,
}: {
  positions: ReadonlyMap<string, Point>;
  triggers: readonly string[];
}) {
  const paths = useMemo(() => {
    const isTrigger = new Set(triggers);
    let robots = '';
    let rows = '';
    for (const [id, at] of positions) {
      if (isTrigger.has(id)) rows += rect(at, SIZES.triggerHeight);
      else robots += rect(at, SIZES.cardHeight);
    }
    return { robots, rows };
  }, [positions, triggers]);
  return (
    <svg
      aria-hidden="true"
      className="of-lane-sketch pointer-events-none absolute inset-0 h-full w-full overflow-visible"
    >
      <path d={paths.rows} className="fill-emerald-100 dark:fill-emerald-950" />
      <path
        d={paths.robots}
        className="fill-slate-200 stroke-slate-300 dark:fill-slate-700 dark:stroke-slate-600"
      />
    </svg>
  );
}
