import type { Flow, Robot, Trigger } from '../domain/flow';

/** Sizes of the swimlane canvas, in flow units. Fixed so layout needs no DOM measuring. */
export const SIZES = {
  cardWidth: 252,
  cardHeight: 118,
  triggerHeight: 46,
  columnGap: 16,
  rowGap: 36,
  lanePadding: 16,
  laneGap: 28,
  headerHeight: 84,
  sectionLabel: 24,
  triggerGap: 8,
  /** Lanes run down the screen like swimlanes even when a status holds few robots. */
  minLaneHeight: 880,
} as const;

export type Point = { x: number; y: number };

export interface LaneLayout {
  x: number;
  width: number;
  columns: number;
  /** Robot and trigger positions, relative to the lane's top-left corner. */
  positions: Map<string, Point>;
}

export interface CanvasLayout {
  lanes: Map<string, LaneLayout>;
  height: number;
  robotsTop: number;
}

/**
 * Places robots in chain order: each root (a robot without a previous robot in this status) starts a
 * column; a robot's first follower goes right below it and further followers (fan-out) in new columns
 * to the right. So parallel chains stand side by side and a chain reads top to bottom.
 */
export function chainGrid(robots: readonly Robot[]): {
  cells: Map<string, { col: number; row: number }>;
  columns: number;
  rows: number;
} {
  const ids = new Set(robots.map((r) => r.id as string));
  const children = new Map<string, Robot[]>();
  const roots: Robot[] = [];
  for (const robot of robots) {
    if (robot.after !== null && ids.has(robot.after)) {
      const list = children.get(robot.after) ?? [];
      list.push(robot);
      children.set(robot.after, list);
    } else roots.push(robot);
  }
  const cells = new Map<string, { col: number; row: number }>();
  let rows = 0;
  const place = (robot: Robot, col: number, row: number): number => {
    if (cells.has(robot.id)) return 0; // a cycle in a broken document: lint reports it
    cells.set(robot.id, { col, row });
    rows = Math.max(rows, row + 1);
    let next = col;
    for (const child of children.get(robot.id) ?? []) next += place(child, next, row + 1);
    return Math.max(1, next - col);
  };
  let column = 0;
  for (const root of roots) column += place(root, column, 0);
  // Robots caught in a cycle are never reached from a root; show them anyway, in their own columns.
  for (const robot of robots) if (!cells.has(robot.id)) column += place(robot, column, 0);
  return { cells, columns: Math.max(1, column), rows };
}

const {
  cardWidth,
  cardHeight,
  triggerHeight,
  columnGap,
  rowGap,
  lanePadding,
  laneGap,
  headerHeight,
  sectionLabel,
  triggerGap,
} = SIZES;

const columnX = (col: number) => lanePadding + col * (cardWidth + columnGap);

/*
 * One lane's positions are kept while nothing they depend on changed: its robots' ids and links, its
 * triggers' ids, the saved positions, the trigger band and the column count. Typing in a 5,000-robot
 * design then re-lays out nothing, instead of allocating 5,000 positions (and the garbage collector's
 * pause) per keystroke.
 */
type LaneKey = {
  robots: readonly Robot[];
  triggers: readonly Trigger[];
  saved: Readonly<Record<string, Point>>;
  robotsTop: number;
};
const laneCache = new Map<
  string,
  { key: LaneKey; grid: ReturnType<typeof chainGrid>; positions: Map<string, Point> }
>();

const sameIds = <T extends { id: string; after?: string | null }>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length &&
  a.every((x, i) => x.id === b[i]!.id && (x.after ?? null) === (b[i]!.after ?? null));

function cachedLane(statusId: string, key: LaneKey) {
  const hit = laneCache.get(statusId);
  if (
    hit &&
    hit.key.saved === key.saved &&
    hit.key.robotsTop === key.robotsTop &&
    sameIds(hit.key.robots, key.robots) &&
    sameIds(hit.key.triggers, key.triggers)
  )
    return hit;
  return undefined;
}

/** One object for "nothing saved", so an unsaved layout still matches its cached lanes. */
const NO_SAVED_POSITIONS: Readonly<Record<string, Point>> = {};

/** Lays out every lane; positions the user saved in `layout.positions` win over the automatic ones. */
export function layoutFlow(flow: Flow): CanvasLayout {
  const saved = flow.layout?.positions ?? NO_SAVED_POSITIONS;
  const robotsBy = groupBy(flow.robots);
  const triggersBy = groupBy(flow.triggers);
  const NONE: never[] = [];

  const grids = flow.statuses.map((s) => {
    const robots = robotsBy.get(s.id) ?? NONE;
    const hit = laneCache.get(s.id);
    return hit && sameIds(hit.key.robots, robots) ? hit.grid : chainGrid(robots);
  });
  const triggerRows = flow.statuses.map((s, i) =>
    Math.max(1, Math.ceil((triggersBy.get(s.id)?.length ?? 0) / grids[i]!.columns)),
  );
  // One trigger band height for all lanes, so robot rows line up across the board.
  const triggerBand = Math.max(...triggerRows) * (triggerHeight + triggerGap);
  const robotsTop = headerHeight + sectionLabel + triggerBand + sectionLabel;
  const maxRows = Math.max(1, ...grids.map((g) => g.rows));
  const height = Math.max(
    SIZES.minLaneHeight,
    robotsTop + maxRows * cardHeight + (maxRows - 1) * rowGap + lanePadding + 8,
  );

  const lanes = new Map<string, LaneLayout>();
  let x = 0;
  let reused = lastLayout !== null && lastLayout.height === height && lastLayout.robotsTop === robotsTop;
  reused &&= lastLayout!.lanes.size === flow.statuses.length;
  flow.statuses.forEach((status, i) => {
    const grid = grids[i]!;
    const width = lanePadding * 2 + grid.columns * cardWidth + (grid.columns - 1) * columnGap;
    const key: LaneKey = {
      robots: robotsBy.get(status.id) ?? NONE,
      triggers: triggersBy.get(status.id) ?? NONE,
      saved,
      robotsTop,
    };
    let positions = cachedLane(status.id, key)?.positions;
    if (!positions) {
      positions = new Map<string, Point>();
      key.triggers.forEach((t, k) => {
        const col = k % grid.columns;
        const row = Math.floor(k / grid.columns);
        positions!.set(
          t.id,
          saved[t.id] ?? {
            x: columnX(col),
            y: headerHeight + sectionLabel + row * (triggerHeight + triggerGap),
          },
        );
      });
      for (const [id, cell] of grid.cells)
        positions.set(
          id,
          saved[id] ?? { x: columnX(cell.col), y: robotsTop + cell.row * (cardHeight + rowGap) },
        );
      laneCache.set(status.id, { key, grid, positions });
    }
    const previous = lastLayout?.lanes.get(status.id);
    reused &&= previous?.positions === positions && previous.x === x && previous.width === width;
    lanes.set(status.id, { x, width, columns: grid.columns, positions });
    x += width + laneGap;
  });
  // Nothing moved (a rename, a setting): the same layout object, so what is derived from where
  // things are (the canvas's window, see viewportWindow.ts) can be kept by identity.
  if (reused) return lastLayout!;
  lastLayout = { lanes, height, robotsTop };
  return lastLayout;
}

let lastLayout: CanvasLayout | null = null;

function groupBy<T extends { status: string }>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(item.status) ?? [];
    list.push(item);
    map.set(item.status, list);
  }
  return map;
}
