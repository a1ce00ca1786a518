import type { RobotSlot } from '../domain/commands';
import type { Flow, Robot } from '../domain/flow';
import { triggerId } from '../domain/ids';
import type { TriggerId } from '../domain/ids';
import { englishTranslator } from '../i18n/english';
import type { Translator } from '../i18n/translator';
import { SIZES } from './layout';
import type { CanvasLayout, LaneLayout, Point } from './layout';
import { shortName } from './mapping';

/** Where a dragged robot or trigger would land on the board, and what to draw there. */
export type DropTarget =
  | { kind: 'robot'; statusId: string; slot: RobotSlot; line: number; text: string }
  | { kind: 'trigger'; statusId: string; before: TriggerId | null; line: number; text: string };

/**
 * The lane under a flow point. Each lane reaches half the gap to its neighbours, so a card let go
 * between two lanes still lands somewhere sensible; outside every lane there is no answer.
 */
export function laneAt(
  layout: CanvasLayout,
  point: Point,
): { statusId: string; lane: LaneLayout } | undefined {
  const half = SIZES.laneGap / 2;
  if (point.y < 0 || point.y > layout.height) return undefined;
  for (const [statusId, lane] of layout.lanes)
    if (point.x >= lane.x - half && point.x < lane.x + lane.width + half) return { statusId, lane };
  return undefined;
}

/** The band of a lane a robot dropped at `y` (lane-relative) takes; above the robots: the first. */
export function slotAt(lane: LaneLayout, y: number) {
  return lane.slots.find((b) => y >= b.top && y < b.bottom) ?? lane.slots[0]!;
}

/** The robot's name for the drop sentence, or "" when it is gone (the sentence then says "the robot above"). */
const nameOf = (flow: Flow, id: string, tr: Translator): string => {
  const robot = flow.robots.find((r) => r.id === id);
  return robot ? shortName(robot, tr) : '';
};

const named = (name: string) => ({ known: name !== '', name });

/** What a drop at this slot will do, in the board's words (shown beside the insertion line). */
export function slotText(flow: Flow, slot: RobotSlot, translator: Translator = englishTranslator): string {
  const { t } = translator;
  switch (slot.kind) {
    case 'after':
      return t('canvas.drop.after', named(nameOf(flow, slot.previous, translator)));
    case 'head':
      return t('canvas.drop.before', named(nameOf(flow, slot.of, translator)));
    case 'parallel':
      return t('canvas.drop.parallel');
  }
}

/** What a trigger's drop will do, shown beside the insertion line in the trigger row. */
export const triggerDropText = ({ t }: Translator = englishTranslator): string => t('canvas.drop.trigger');

/**
 * Where a robot (`moving`: the card being dragged, or nothing for a new one from the palette) or a
 * trigger dropped at a flow point lands. A robot dropped onto its own card or its own band stays.
 */
export function dropTargetAt(
  flow: Flow,
  layout: CanvasLayout,
  point: Point,
  kind: 'robot' | 'trigger',
  tr: Translator = englishTranslator,
): DropTarget | undefined {
  const hit = laneAt(layout, point);
  if (!hit) return undefined;
  const { statusId, lane } = hit;
  const y = point.y;
  if (kind === 'trigger') {
    const ids = lane.triggers;
    const index = ids.findIndex((id) => y < lane.positions.get(id)!.y + SIZES.triggerHeight / 2);
    const before = index < 0 ? null : triggerId(ids[index]!);
    const line =
      index < 0
        ? ids.length === 0
          ? SIZES.headerHeight + SIZES.caption + SIZES.emptyRow / 2
          : lane.positions.get(ids[ids.length - 1]!)!.y + SIZES.triggerHeight + SIZES.triggerGap / 2
        : lane.positions.get(ids[index]!)!.y - SIZES.triggerGap / 2;
    return { kind, statusId, before, line, text: triggerDropText(tr) };
  }
  const band = slotAt(lane, y);
  return { kind, statusId, slot: band.slot, line: band.line, text: slotText(flow, band.slot, tr) };
}

/** Whether putting `robot` at `slot` of `statusId` would leave everything as it is. */
export function isSamePlace(flow: Flow, robot: Robot, statusId: string, slot: RobotSlot): boolean {
  if (robot.status !== statusId) return false;
  switch (slot.kind) {
    case 'after':
      return slot.previous === robot.id || (robot.after === slot.previous && isFirstFollower(flow, robot));
    case 'head':
      return slot.of === robot.id || flow.robots.find((r) => r.id === slot.of)?.after === robot.id;
    case 'parallel':
      return slot.before === robot.id;
  }
}

const isFirstFollower = (flow: Flow, robot: Robot) =>
  flow.robots.find((r) => r.after === robot.after && r.status === robot.status)?.id === robot.id;
