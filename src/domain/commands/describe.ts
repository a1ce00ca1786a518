import type { Flow, WorkTime } from '../flow';
import { DEFAULT_WORK_TIME } from '../flow';
import { nodeNamed, robotLabel, robotNamed, statusNamed, triggerLabel, triggerNamed } from './names';
import type { Command, FlowSettingsChanges, RobotChanges, StatusChanges, TriggerChanges } from './types';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

const MEANINGS = { process: 'in progress', success: 'success', failure: 'failure' } as const;

function describeNodeChanges(name: string, changes: RobotChanges | TriggerChanges): string {
  if (changes.name !== undefined)
    return changes.name === null ? `remove the name of ${name}` : `rename ${name} to ${changes.name}`;
  if ('disabled' in changes && changes.disabled !== undefined)
    return changes.disabled ? `turn off ${name}` : `turn on ${name}`;
  if ('delay' in changes && changes.delay !== undefined) return `change when ${name} runs`;
  if (changes.condition !== undefined)
    return changes.condition === null ? `remove the condition of ${name}` : `change the condition of ${name}`;
  if (changes.type !== undefined) return `change the kind of ${name}`;
  if ('allowBackward' in changes && changes.allowBackward !== undefined)
    return changes.allowBackward ? `let ${name} move orders back` : `stop ${name} moving orders back`;
  if ('executeBy' in changes && changes.executeBy !== undefined) return `change who runs ${name}`;
  return `change the settings of ${name}`;
}

function describeStatusChanges(flow: Flow, id: string, changes: StatusChanges): string {
  const name = statusNamed(flow, id);
  if (changes.name !== undefined) return `rename status ${name} to ${changes.name}`;
  if (changes.semantics !== undefined) return `mark status ${name} as ${MEANINGS[changes.semantics]}`;
  return `recolour status ${name}`;
}

/** "set the time zone to Europe/Berlin", "add holiday 2026-12-25", "change the working hours". */
function describeSettings(flow: Flow, changes: FlowSettingsChanges): string {
  if (changes.timezone !== undefined && changes.timezone !== flow.settings.timezone)
    return `set the time zone to ${changes.timezone}`;
  if (changes.workTime === undefined) return 'change the design settings';
  if (changes.workTime === null) return 'go back to the default working hours';
  const before: WorkTime = flow.settings.workTime ?? DEFAULT_WORK_TIME;
  const after = changes.workTime;
  const added = after.holidays.filter((d) => !before.holidays.includes(d));
  const removed = before.holidays.filter((d) => !after.holidays.includes(d));
  if (added.length === 1 && removed.length === 0) return `add holiday ${added[0]}`;
  if (removed.length === 1 && added.length === 0) return `remove holiday ${removed[0]}`;
  if (before.start !== after.start || before.end !== after.end)
    return `set the working hours to ${after.start}–${after.end}`;
  if (before.days.join() !== after.days.join()) return 'change the working days';
  return 'change the holidays';
}

function describePlace(flow: Flow, cmd: Of<'robot.place'> | Of<'robot.move'>): string {
  const robot = flow.robots.find((r) => r.id === cmd.id);
  const name = robotNamed(flow, cmd.id);
  return robot?.status === cmd.toStatus
    ? `move ${name} within ${statusNamed(flow, cmd.toStatus)}`
    : `move ${name} to ${statusNamed(flow, cmd.toStatus)}`;
}

/**
 * What a command does, in words for the people who made it: "add Send SMS to Paid", "rename status
 * Paid to Paid, shipping". Read against the flow before the command, so a deleted robot still has its
 * name. Undo and redo say it ("Undone: …") and the History list shows it; no ids, no JSON paths.
 */
export function describeCommand(flow: Flow, command: Command): string {
  switch (command.type) {
    case 'robot.add':
      return `add ${robotLabel(command.robot)} to ${statusNamed(flow, command.robot.status)}`;
    case 'robot.update':
      return describeNodeChanges(robotNamed(flow, command.id), command.changes);
    case 'robot.move':
    case 'robot.place':
      return describePlace(flow, command);
    case 'robot.delete':
      return `delete ${robotNamed(flow, command.id)}`;
    case 'trigger.add':
      return `add trigger ${triggerLabel(command.trigger)} to ${statusNamed(flow, command.trigger.status)}`;
    case 'trigger.update':
      return describeNodeChanges(triggerNamed(flow, command.id), command.changes);
    case 'trigger.move':
    case 'trigger.place':
      return `move ${triggerNamed(flow, command.id)} to ${statusNamed(flow, command.toStatus)}`;
    case 'trigger.delete':
      return `delete ${triggerNamed(flow, command.id)}`;
    case 'status.add':
      return `add status ${command.status.name}`;
    case 'status.update':
      return describeStatusChanges(flow, command.id, command.changes);
    case 'status.move':
      return `move status ${statusNamed(flow, command.id)}`;
    case 'status.reorder':
      return 'reorder the statuses';
    case 'status.delete':
      return `delete status ${statusNamed(flow, command.id)}`;
    case 'edge.connect':
      return `run ${robotNamed(flow, command.to)} after ${robotNamed(flow, command.from)}`;
    case 'edge.disconnect':
      return `start ${robotNamed(flow, command.to)} with its status`;
    case 'flow.rename':
      return `rename the design to ${command.name.trim()}`;
    case 'flow.settings':
      return describeSettings(flow, command.changes);
    case 'layout.setPosition':
      return `move the card of ${nodeNamed(flow, command.id)}`;
    case 'flow.replace':
      return 'replace the whole design';
    case 'batch':
      return describeBatch(flow, command.commands);
  }
}

/** A gesture made of several commands reads as its main one (a drop is a move plus positions). */
function describeBatch(flow: Flow, commands: readonly Command[]): string {
  const main = commands.filter((c) => c.type !== 'layout.setPosition');
  const told = [...new Set((main.length > 0 ? main : commands).map((c) => describeCommand(flow, c)))];
  if (told.length === 0) return 'no change';
  if (told.length <= 2) return told.join(' and ');
  return `${told[0]} and ${told.length - 1} more changes`;
}
