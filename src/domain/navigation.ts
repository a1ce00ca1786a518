import type { Flow, Robot } from './flow';

/*
 * Keyboard navigation between cards: arrow keys move the selection the way the eye
 * reads the board. Pure, so the shortcut hook and the tests share it.
 */

export type Direction = 'left' | 'right' | 'up' | 'down';

/** A card on the board with where it sits in its lane. */
interface Slot {
  id: string;
  kind: 'trigger' | 'robot';
  /** Triggers: index in the trigger row. Robots: depth in the chain (0 for a robot without a previous). */
  rank: number;
}

/**
 * Robots in chain order: each robot without a previous robot (in document order) followed by its
 * chain, depth first, so a chain reads top to bottom before the next parallel chain, as laid out.
 */
export function robotsInChainOrder(robots: readonly Robot[]): { robot: Robot; depth: number }[] {
  const ids = new Set<string>(robots.map((r) => r.id));
  const children = new Map<string, Robot[]>();
  const roots: Robot[] = [];
  for (const robot of robots) {
    if (robot.after !== null && ids.has(robot.after)) {
      children.set(robot.after, [...(children.get(robot.after) ?? []), robot]);
    } else roots.push(robot);
  }
  const out: { robot: Robot; depth: number }[] = [];
  const seen = new Set<string>();
  const visit = (robot: Robot, depth: number) => {
    if (seen.has(robot.id)) return;
    seen.add(robot.id);
    out.push({ robot, depth });
    for (const child of children.get(robot.id) ?? []) visit(child, depth + 1);
  };
  for (const root of roots) visit(root, 0);
  // Robots in a cycle (a broken import) are never reached from a root; keep them reachable by keys.
  for (const robot of robots) visit(robot, 0);
  return out;
}

/** Every lane's cards in reading order: its triggers (top row), then its robots in chain order. */
export function laneSlots(flow: Flow): { statusId: string; slots: Slot[] }[] {
  return flow.statuses.map((status) => {
    const triggers = flow.triggers.filter((t) => t.status === status.id);
    const robots = robotsInChainOrder(flow.robots.filter((r) => r.status === status.id));
    return {
      statusId: status.id,
      slots: [
        ...triggers.map((t, i): Slot => ({ id: t.id, kind: 'trigger', rank: i })),
        ...robots.map(({ robot, depth }): Slot => ({ id: robot.id, kind: 'robot', rank: depth })),
      ],
    };
  });
}

/** The card of a neighbouring lane closest to `from`: same kind, nearest rank, first in order on ties. */
function closest(slots: readonly Slot[], from: Slot): Slot | undefined {
  const sameKind = slots.filter((s) => s.kind === from.kind);
  if (sameKind.length === 0) return slots[0];
  let best = sameKind[0]!;
  for (const slot of sameKind)
    if (Math.abs(slot.rank - from.rank) < Math.abs(best.rank - from.rank)) best = slot;
  return best;
}

/**
 * The card the selection moves to from `current` (a robot, trigger or status id, or null for no
 * selection). Up/down walk the lane; left/right jump to the nearest non-empty lane. At an edge the
 * selection stays; with nothing selected any arrow picks the first card of the board. Null when the
 * board has no cards.
 */
export function neighbourCard(flow: Flow, current: string | null, direction: Direction): string | null {
  const lanes = laneSlots(flow);
  const filled = lanes.filter((l) => l.slots.length > 0);
  if (filled.length === 0) return null;

  const laneIndex = current === null ? -1 : lanes.findIndex((l) => l.statusId === current);
  if (laneIndex >= 0) return laneEntry(lanes, laneIndex, direction);

  const lane = filled.findIndex((l) => l.slots.some((s) => s.id === current));
  if (lane < 0) return filled[0]!.slots[0]!.id;
  const slots = filled[lane]!.slots;
  const index = slots.findIndex((s) => s.id === current);
  const here = slots[index]!;
  switch (direction) {
    case 'up':
      return slots[Math.max(0, index - 1)]!.id;
    case 'down':
      return slots[Math.min(slots.length - 1, index + 1)]!.id;
    case 'left':
      return lane === 0 ? here.id : closest(filled[lane - 1]!.slots, here)!.id;
    case 'right':
      return lane === filled.length - 1 ? here.id : closest(filled[lane + 1]!.slots, here)!.id;
  }
}

/** From a selected lane (its header): down enters it, left/right go to the nearest filled lane's first card. */
function laneEntry(
  lanes: { statusId: string; slots: Slot[] }[],
  index: number,
  direction: Direction,
): string | null {
  const first = (from: number, step: number): string | null => {
    for (let i = from; i >= 0 && i < lanes.length; i += step) {
      const slot = lanes[i]!.slots[0];
      if (slot) return slot.id;
    }
    return null;
  };
  switch (direction) {
    case 'left':
      return first(index - 1, -1) ?? first(index, 1);
    case 'right':
      return first(index + 1, 1) ?? first(index, -1);
    default:
      return first(index, 1) ?? first(index, -1);
  }
}
