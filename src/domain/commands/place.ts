import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';
import type { Flow, Robot } from '../flow';
import type { RobotId, StatusId } from '../ids';
import { canMove } from '../rules';
import { dropPositions, refuse, requireOk } from './context';
import { findRobot, healChainAround } from './robot';
import { findTrigger } from './trigger';
import type { Command, CommandReport, RobotSlot } from './types';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

const anchorOf = (slot: RobotSlot): RobotId | null =>
  slot.kind === 'after' ? slot.previous : slot.kind === 'head' ? slot.of : slot.before;

function requireStatus(flow: Flow, id: StatusId, { t }: Translator): void {
  if (!flow.statuses.some((s) => s.id === id)) refuse('unknown-status', t('io.rule.unknownStatus'));
}

/** The robot that runs right after `previous` on the board: its first follower in document order. */
const firstFollower = (flow: Flow, previous: Robot): Robot | undefined =>
  flow.robots.find((r) => r.after === previous.id && r.status === previous.status);

/**
 * Puts a robot at a slot of a status's list, as a drop on the board does (Bitrix24's "drag a rule
 * up or down"): the robot first leaves its chain, which closes behind it (as on delete), then is
 * inserted. Its place in the document's robot list follows the board, because document order is
 * execution order for robots reached at the same moment (rule 3 and rule 5).
 */
export function placeRobot(
  flow: Flow,
  cmd: Of<'robot.place'>,
  report: CommandReport,
  translator: Translator = englishTranslator,
): void {
  const robot = findRobot(flow, cmd.id, translator);
  requireStatus(flow, cmd.toStatus, translator);
  if (robot.status !== cmd.toStatus) requireOk(canMove(flow, robot.id, cmd.toStatus, translator));
  const anchorId = anchorOf(cmd.slot);
  if (anchorId === robot.id) return; // dropped onto its own place
  const anchor = anchorId === null ? undefined : findRobot(flow, anchorId, translator);
  if (anchor && anchor.status !== cmd.toStatus)
    refuse('other-status', translator.t('io.command.placeOtherStatus'));

  healChainAround(flow, robot, report);
  flow.robots.splice(flow.robots.indexOf(robot), 1);
  robot.status = cmd.toStatus;
  robot.after = null;
  dropPositions(flow, [robot.id]);

  let index = flow.robots.length;
  if (cmd.slot.kind === 'after') {
    const previous = anchor!;
    const follower = firstFollower(flow, previous);
    robot.after = previous.id;
    index = follower ? flow.robots.indexOf(follower) : flow.robots.indexOf(previous) + 1;
    if (follower) {
      follower.after = robot.id;
      report.reattached.push(follower.id);
    }
  } else if (cmd.slot.kind === 'head') {
    const first = anchor!;
    robot.after = first.after;
    first.after = robot.id;
    report.reattached.push(first.id);
    index = flow.robots.indexOf(first);
  } else if (anchor) {
    index = flow.robots.indexOf(anchor);
  }
  flow.robots.splice(index, 0, robot);
}

/** Moves a trigger to a place in a status's trigger row (another status's row included). */
export function placeTrigger(
  flow: Flow,
  cmd: Of<'trigger.place'>,
  translator: Translator = englishTranslator,
): void {
  const trigger = findTrigger(flow, cmd.id, translator);
  requireStatus(flow, cmd.toStatus, translator);
  if (cmd.before === trigger.id) return;
  const before = cmd.before === null ? undefined : findTrigger(flow, cmd.before, translator);
  if (before && before.status !== cmd.toStatus)
    refuse('other-status', translator.t('io.command.placeTriggerOtherStatus'));
  flow.triggers.splice(flow.triggers.indexOf(trigger), 1);
  trigger.status = cmd.toStatus;
  dropPositions(flow, [trigger.id]);
  flow.triggers.splice(before ? flow.triggers.indexOf(before) : flow.triggers.length, 0, trigger);
}
