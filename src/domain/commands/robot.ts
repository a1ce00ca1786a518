import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';
import { robotSchema } from '../flow';
import type { Flow, Robot } from '../flow';
import type { RobotId } from '../ids';
import { canConnect, canMove } from '../rules';
import {
  clampIndex,
  dropPositions,
  flowNow,
  idTaken,
  refuse,
  requireOk,
  requireValid,
  writeList,
} from './context';
import type { Command, CommandReport } from './types';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

/** The robot of that id, to change (a draft of it alone: the search reads plain objects, see flowNow). */
export function findRobot(flow: Flow, id: RobotId, translator: Translator = englishTranslator): Robot {
  const index = flowNow(flow).robots.findIndex((r) => r.id === id);
  return index >= 0 ? flow.robots[index]! : refuse('unknown-robot', translator.t('io.rule.unknownRobot'));
}

/**
 * Takes `robot` out of its chain: robots that ran after it now run after its own previous robot.
 * A user who removes one step of a sequence expects the steps around it to stay in sequence (as in
 * Bitrix24's list, where "after previous" always means the card above); turning the rest of the
 * chain parallel would silently change when those robots run.
 */
export function healChainAround(flow: Flow, robot: Robot, report: CommandReport): void {
  const before = flowNow(flow).robots;
  // healedList finds the robot by identity among plain objects, and `robot` may be a draft.
  const plain = before.find((r) => r.id === robot.id) ?? robot;
  writeList(flow.robots, before, healedList(before, plain, report));
}

/**
 * healChainAround's rule on a plain list: a new list, with new objects where a robot is relinked.
 * The robots of its status that ran after it also take its place in the document, in their own
 * order, right after it: the board draws groups and branches in document order and the engine runs
 * robots due at the same instant in it (SPEC §4.1 rules 3 and 5), so what follows the robot keeps
 * its place on the board and in time. Left where they were, a chain whose head was dragged down onto
 * its second card jumped behind every later group of the lane.
 */
export function healedList(robots: readonly Robot[], robot: Robot, report: CommandReport): Robot[] {
  const healed: Robot[] = [];
  const followers: Robot[] = [];
  for (const other of robots) {
    if (other.after !== robot.id || other.id === robot.id) {
      healed.push(other);
      continue;
    }
    report.reattached.push(other.id);
    const relinked = { ...other, after: robot.after };
    // A follower in another status (a broken link lint reports) stays where it is in its own lane.
    if (other.status === robot.status) followers.push(relinked);
    else healed.push(relinked);
  }
  if (followers.length > 0) healed.splice(healed.indexOf(robot) + 1, 0, ...followers);
  return healed;
}

export function addRobot(flow: Flow, cmd: Of<'robot.add'>, translator: Translator = englishTranslator): void {
  requireValid(robotSchema, cmd.robot, 'robot', translator);
  if (idTaken(flow, cmd.robot.id)) refuse('duplicate-id', translator.t('io.command.duplicateId'));
  if (!flow.statuses.some((s) => s.id === cmd.robot.status))
    refuse('unknown-status', translator.t('io.rule.unknownStatus'));
  const robot: Robot = { ...cmd.robot, after: null };
  flow.robots.splice(clampIndex(cmd.index, flow.robots.length), 0, robot);
  // The edge goes through the same rule as a drawn connection.
  if (cmd.robot.after !== null)
    connect(flow, { type: 'edge.connect', from: cmd.robot.after, to: robot.id }, translator);
}

export function updateRobot(
  flow: Flow,
  cmd: Of<'robot.update'>,
  translator: Translator = englishTranslator,
): void {
  const robot = findRobot(flow, cmd.id, translator);
  for (const [key, value] of Object.entries(cmd.changes)) {
    if (value === undefined) continue;
    if (value === null) delete (robot as Record<string, unknown>)[key];
    else (robot as Record<string, unknown>)[key] = value;
  }
  requireValid(robotSchema, robot, 'robot', translator);
}

export function moveRobot(
  flow: Flow,
  cmd: Of<'robot.move'>,
  report: CommandReport,
  translator: Translator = englishTranslator,
): void {
  requireOk(canMove(flowNow(flow), cmd.id, cmd.toStatus, translator));
  const robot = findRobot(flow, cmd.id, translator);
  // Edges never cross statuses (docs/semantics.md §1): the robot leaves its chain, which closes behind it, and
  // starts as a parallel robot in the new status unless the caller chains it there.
  healChainAround(flow, robot, report);
  // Its followers took its place in the list (healedList): the robot may sit at another index now.
  const moved = findRobot(flow, cmd.id, translator);
  moved.after = null;
  moved.status = cmd.toStatus;
  // Its position was inside the old lane; the new lane lays it out afresh.
  dropPositions(flow, [robot.id]);
  if (cmd.after) connect(flow, { type: 'edge.connect', from: cmd.after, to: robot.id }, translator);
}

export function deleteRobot(
  flow: Flow,
  cmd: Of<'robot.delete'>,
  report: CommandReport,
  translator: Translator = englishTranslator,
): void {
  const robot = findRobot(flow, cmd.id, translator);
  healChainAround(flow, robot, report);
  flow.robots.splice(
    flowNow(flow).robots.findIndex((r) => r.id === robot.id),
    1,
  );
  dropPositions(flow, [robot.id]);
}

export function connect(
  flow: Flow,
  cmd: Of<'edge.connect'>,
  translator: Translator = englishTranslator,
): void {
  requireOk(canConnect(flowNow(flow), cmd.from, cmd.to, translator));
  findRobot(flow, cmd.to, translator).after = cmd.from;
}

export function disconnect(
  flow: Flow,
  cmd: Of<'edge.disconnect'>,
  translator: Translator = englishTranslator,
): void {
  const robot = findRobot(flow, cmd.to, translator);
  if (robot.after === null) refuse('no-previous', translator.t('io.command.noPrevious'));
  robot.after = null;
}
