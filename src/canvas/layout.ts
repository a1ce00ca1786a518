import type { Flow, Robot, Trigger } from '../domain/flow';
import type { RobotSlot } from '../domain/commands';

/**
 * Sizes of the board, in flow units. Fixed so layout needs no DOM measuring. A status is a narrow
 * column one card wide (as in Bitrix24, where the whole pipeline fits a screen): five columns and
 * their gaps fit the ~1,170 px beside the palette on a 1440-pixel window at zoom 1.
 */
export const SIZES = {
  laneWidth: 224,
  laneGap: 12,
  /** Left of the cards: room for a link that skips cards to run down the column's edge. */
  cardX: 14,
  cardWidth: 198,
  cardHeight: 86,
  triggerHeight: 42,
  triggerGap: 6,
  headerHeight: 70,
  /** The "Triggers" caption above the trigger row. */
  caption: 18,
  /** An empty trigger row's placeholder. */
  emptyRow: 28,
  /** "When the status is entered" over a group, "Also after …" over a branch. */
  marker: 18,
  /** Between two cards of a chain: the "then" link. */
  thenGap: 20,
  groupGap: 8,
  addButton: 30,
  bottomPadding: 10,
  /** An empty lane's drop area, where robots would go. */
  emptyRobots: 54,
} as const;

export type Point = { x: number; y: number };

/** A row over a group of robots that start together, or over a branch of a fan-out. */
export type Marker =
  { kind: 'start'; y: number; first: string } | { kind: 'branch'; y: number; first: string; after: string };

/**
 * A band of a lane where a dropped robot takes one place: `line` is where the insertion line is
 * drawn. Bands are in order from top to bottom and cover the lane from the first group down.
 */
export interface SlotBand {
  top: number;
  bottom: number;
  line: number;
  slot: RobotSlot;
}

export interface LaneLayout {
  x: number;
  width: number;
  /** Robot and trigger positions, relative to the lane's top-left corner. */
  positions: Map<string, Point>;
  markers: Marker[];
  slots: SlotBand[];
  /** Where the robots start (the first group's marker), below the trigger row. */
  robotsTop: number;
  /** Where the "+ Add robot" button sits. */
  addTop: number;
  /** The trigger ids of the lane, top to bottom, for placing a dropped trigger. */
  triggers: readonly string[];
  /** Where the lane's content ends; the lane itself is as tall as the board. */
  contentHeight: number;
}

export interface CanvasLayout {
  lanes: Map<string, LaneLayout>;
  height: number;
}

/** A robot in board order and what its row opens with: a group's start, a branch, or "then". */
export type BoardRow = { robot: Robot; opens: 'start' | 'branch' | 'then' };

/**
 * The robots of one status in board order: each group (a robot that starts when the status is
 * entered, in document order) followed by its chain; a robot's first follower sits right below it
 * and further followers (a fan-out) come after that chain as branches, each under its own marker.
 * Robots caught in a cycle of a broken document are never reached from a group; they are shown
 * anyway, as groups of their own (lint reports the cycle).
 */
export function boardOrder(robots: readonly Robot[]): {
  rows: BoardRow[];
} {
  const ids = new Set(robots.map((r) => r.id as string));
  const children = new Map<string, Robot[]>();
  const roots: Robot[] = [];
  for (const robot of robots) {
    if (robot.after !== null && ids.has(robot.after) && robot.after !== robot.id) {
      const list = children.get(robot.after) ?? [];
      list.push(robot);
      children.set(robot.after, list);
    } else roots.push(robot);
  }
  const rows: BoardRow[] = [];
  const seen = new Set<string>();
  // Iterative, so a 250-robot chain does not recurse 250 deep.
  const walk = (root: Robot) => {
    const stack: BoardRow[] = [{ robot: root, opens: 'start' }];
    while (stack.length > 0) {
      const item = stack.pop()!;
      if (seen.has(item.robot.id)) continue;
      seen.add(item.robot.id);
      rows.push(item);
      const kids = children.get(item.robot.id) ?? [];
      // Pushed in reverse so the first follower is visited first and its whole chain comes before
      // the branches.
      for (let i = kids.length - 1; i >= 0; i--)
        stack.push({ robot: kids[i]!, opens: i === 0 ? 'then' : 'branch' });
    }
  };
  for (const root of roots) walk(root);
  for (const robot of robots) if (!seen.has(robot.id)) walk(robot);
  return { rows };
}

const { cardX, cardHeight, triggerHeight, triggerGap, headerHeight, caption, marker, thenGap, groupGap } =
  SIZES;

/** Lays out one lane's content (relative to the lane's top); its x comes from layoutFlow. */
function layoutLane(robots: readonly Robot[], triggers: readonly Trigger[]): Omit<LaneLayout, 'x' | 'width'> {
  const positions = new Map<string, Point>();
  let y = headerHeight + caption;
  triggers.forEach((t, i) => positions.set(t.id, { x: cardX, y: y + i * (triggerHeight + triggerGap) }));
  y += triggers.length === 0 ? SIZES.emptyRow : triggers.length * (triggerHeight + triggerGap) - triggerGap;
  y += groupGap;
  const robotsTop = y;

  const markers: Marker[] = [];
  const slots: SlotBand[] = [];
  const { rows } = boardOrder(robots);
  let previousBottom: number | null = null;
  rows.forEach(({ robot, opens }, i) => {
    if (opens === 'then') {
      y += thenGap;
    } else {
      if (previousBottom !== null) y += groupGap;
      const markerTop = y;
      // The upper part of a group's marker (and the gap above it) starts a new group there; the
      // lower part puts the robot first in this group's chain.
      if (opens === 'start') {
        markers.push({ kind: 'start', y, first: robot.id });
        const split = markerTop + marker / 2;
        slots.push({
          top: previousBottom ?? markerTop - groupGap,
          bottom: split,
          line: previousBottom === null ? markerTop - groupGap / 2 : (previousBottom + markerTop) / 2,
          slot: { kind: 'parallel', before: robot.id },
        });
        slots.push({
          top: split,
          bottom: markerTop + marker,
          line: markerTop + marker - 2,
          slot: { kind: 'head', of: robot.id },
        });
      } else {
        markers.push({ kind: 'branch', y, first: robot.id, after: robot.after! });
        slots.push({
          top: previousBottom ?? markerTop,
          bottom: markerTop + marker,
          line: markerTop + marker - 2,
          slot: { kind: 'head', of: robot.id },
        });
      }
      y += marker;
    }
    positions.set(robot.id, { x: cardX, y });
    const bottom = y + cardHeight;
    // The card itself and the "then" gap under it: the dropped robot runs right after this one.
    const next = rows[i + 1];
    const reach = next?.opens === 'then' ? bottom + thenGap : bottom;
    slots.push({
      top: y,
      bottom: reach,
      line: next?.opens === 'then' ? bottom + thenGap / 2 : bottom + 4,
      slot: { kind: 'after', previous: robot.id },
    });
    y = bottom;
    previousBottom = next?.opens === 'then' ? null : bottom;
  });
  if (rows.length === 0) y += SIZES.emptyRobots;
  y += groupGap;
  // Everything below the last card: a new group at the end.
  slots.push({
    top: rows.length === 0 ? robotsTop : y - groupGap,
    bottom: Number.POSITIVE_INFINITY,
    line: rows.length === 0 ? robotsTop + SIZES.emptyRobots / 2 : y - groupGap / 2,
    slot: { kind: 'parallel', before: null },
  });
  const addTop = y;
  y += SIZES.addButton + SIZES.bottomPadding;
  return {
    positions,
    markers,
    slots,
    robotsTop,
    addTop,
    triggers: triggers.map((t) => t.id),
    contentHeight: y,
  };
}

/*
 * One lane's layout is kept while nothing it depends on changed: its robots' ids and links and its
 * triggers' ids. Typing in a 5,000-robot design then re-lays out nothing, instead of allocating
 * 5,000 positions (and the garbage collector's pause) per keystroke.
 */
type LaneKey = { robots: readonly Robot[]; triggers: readonly Trigger[] };
const laneCache = new Map<string, { key: LaneKey; lane: Omit<LaneLayout, 'x' | 'width'> }>();

const sameIds = <T extends { id: string; after?: string | null }>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length &&
  a.every((x, i) => x.id === b[i]!.id && (x.after ?? null) === (b[i]!.after ?? null));

function cachedLane(statusId: string, key: LaneKey) {
  const hit = laneCache.get(statusId);
  if (hit && sameIds(hit.key.robots, key.robots) && sameIds(hit.key.triggers, key.triggers)) return hit.lane;
  const lane = layoutLane(key.robots, key.triggers);
  laneCache.set(statusId, { key, lane });
  return lane;
}

/**
 * Lays out the board: statuses as columns side by side in pipeline order, each with its trigger row
 * and its robots stacked top to bottom, every lane as tall as the tallest content. Cards always sit
 * in their slots; positions saved in the document's `layout` are not used for them.
 */
export function layoutFlow(flow: Flow): CanvasLayout {
  const robotsBy = groupBy(flow.robots);
  const triggersBy = groupBy(flow.triggers);
  const NONE: never[] = [];
  const lanes = new Map<string, LaneLayout>();
  let x = 0;
  let height = 0;
  let reused = lastLayout !== null && lastLayout.lanes.size === flow.statuses.length;
  for (const status of flow.statuses) {
    const content = cachedLane(status.id, {
      robots: robotsBy.get(status.id) ?? NONE,
      triggers: triggersBy.get(status.id) ?? NONE,
    });
    const previous = lastLayout?.lanes.get(status.id);
    const lane =
      previous && previous.positions === content.positions && previous.x === x
        ? previous
        : { ...content, x, width: SIZES.laneWidth };
    reused &&= lane === previous;
    lanes.set(status.id, lane);
    height = Math.max(height, content.contentHeight);
    x += SIZES.laneWidth + SIZES.laneGap;
  }
  reused &&= lastLayout!.height === height;
  // Nothing moved (a rename, a setting): the same layout object, so what is derived from where
  // things are (the canvas's window, see viewportWindow.ts) can be kept by identity.
  if (reused) return lastLayout!;
  lastLayout = { lanes, height };
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
