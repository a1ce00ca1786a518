import { SIZES } from './layout';
import type { Point } from './layout';

const rect = (p: Point, height: number) => `M${p.x},${p.y}h${SIZES.cardWidth}v${height}h${-SIZES.cardWidth}z`;

type Paths = { robots: string; rows: string };

/*
 * One lane's sketch per lane layout (its positions map, made with its trigger list), kept while the
 * lane's cards stay where they are: zooming out and in again does not build 5,000 shapes (and their
 * garbage) in the frame of each switch — a sketch unmounts with the switch back to cards.
 */
const built = new WeakMap<ReadonlyMap<string, Point>, Paths>();
function sketchPaths(positions: ReadonlyMap<string, Point>, triggers: readonly string[]): Paths {
  const known = built.get(positions);
  if (known) return known;
  const isTrigger = new Set(triggers);
  let robots = '';
  let rows = '';
  for (const [id, at] of positions) {
    if (isTrigger.has(id)) rows += rect(at, SIZES.triggerHeight);
    else robots += rect(at, SIZES.cardHeight);
  }
  const paths = { robots, rows };
  built.set(positions, paths);
  return paths;
}

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
  const paths = sketchPaths(positions, triggers);
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
