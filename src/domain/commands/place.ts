import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';
import type { Flow, Robot } from '../flow';
import type { RobotId, StatusId } from '../ids';
import { canMove } from '../rules';
import { dropPositions, flowNow, refuse, requireOk, writeList } from './context';
import { findRobot, healedList } from './robot';
import { findTrigger } from './trigger';
import type { Command, CommandReport, RobotSlot } from './types';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

const anchorOf = (slot: RobotSlot): RobotId | null =>
  slot.kind === 'after' ? slot.previous : slot.kind === 'head' ? slot.of : slot.before;

function requireStatus(flow: Flow, id: StatusId, { t }: Translator): void {
  if (!flow.statuses.some((s) => s.id === id)) refuse('unknown-status', t('io.rule.unknownStatus'));
}

/**
 * Puts a robot at a slot of a status's list, as a drop on the board does (Bitrix24's "drag a rule
 * up or down"): the robot first leaves its chain, which closes behind it (as on delete), then is
 * inserted. Its place in the document's robot list follows the board, because document order is
 * execution order for robots reached at the same moment (rule 3 and rule 5). The new list is made
 * from plain objects and written where it changed (flowNow, writeList): a drop in a design of
 * thousands of robots drafts only the robots it moves or relinks.
 */
export function placeRobot(
  flow: Flow,
  cmd: Of<'robot.place'>,
  report: CommandReport,
  translator: Translator = englishTranslator,
): void {
  const now = flowNow(flow);
  const robot = findRobot(now, cmd.id, translator);
  requireStatus(now, cmd.toStatus, translator);
  if (robot.status !== cmd.toStatus) requireOk(canMove(now, robot.id, cmd.toStatus, translator));
  const anchorId = anchorOf(cmd.slot);
  if (anchorId === robot.id) return; // dropped onto its own place
  const anchor = anchorId === null ? undefined : findRobot(now, anchorId, translator);
  if (anchor && anchor.status !== cmd.toStatus)
    refuse('other-status', translator.t('io.command.placeOtherStatus'));

  // The robots that ran after it now run after its own previous robot; then it leaves the list.
  const list = healedList(now.robots, robot, report);
  list.splice(list.indexOf(robot), 1);
  const placed: Robot = { ...robot, status: cmd.toStatus, after: null };
  dropPositions(flow, [robot.id]);
  const at = (id: string) => list.findIndex((r) => r.id === id);
  const relink = (i: number, after: RobotId) => {
    list[i] = { ...list[i]!, after };
    report.reattached.push(list[i]!.id);
  };

  let index = list.length;
  if (cmd.slot.kind === 'after') {
    // The robot that ran right after `previous` on the board (its first follower in document
    // order) now runs after the placed one.
    const previous = anchor!;
    const follower = list.findIndex((r) => r.after === previous.id && r.status === previous.status);
    placed.after = previous.id;
    index = follower >= 0 ? follower : at(previous.id) + 1;
    if (follower >= 0) relink(follower, placed.id);
  } else if (cmd.slot.kind === 'head') {
    const first = at(anchor!.id);
    placed.after = list[first]!.after;
    relink(first, placed.id);
    index = first;
  } else if (anchor) {
    index = at(anchor.id);
  }
  list.splice(index, 0, placed);
  writeList(flow.robots, now.robots, list);
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
