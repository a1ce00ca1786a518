import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';
import type { Flow, WorkTime } from '../flow';
import { DEFAULT_WORK_TIME } from '../flow';
import { namer, robotTitle, triggerTitle } from '../naming';
import type { Namer } from '../naming';
import type { Command, FlowSettingsChanges, RobotChanges, StatusChanges, TriggerChanges } from './types';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

/** A robot or a trigger, as the messages choose their words: `kind` is `robot` or `trigger`. */
interface Node {
  kind: 'robot' | 'trigger';
  name: string;
}

function describeNodeChanges(
  { kind, name }: Node,
  changes: RobotChanges | TriggerChanges,
  { t }: Translator,
): string {
  if (changes.name !== undefined)
    return changes.name === null
      ? t('dialogs.undo.node.unname', { kind, name })
      : t('dialogs.undo.node.rename', { kind, name, to: changes.name });
  if ('disabled' in changes && changes.disabled !== undefined)
    return changes.disabled
      ? t('dialogs.undo.node.turnOff', { kind, name })
      : t('dialogs.undo.node.turnOn', { kind, name });
  if ('delay' in changes && changes.delay !== undefined) return t('dialogs.undo.node.delay', { kind, name });
  if (changes.condition !== undefined)
    return changes.condition === null
      ? t('dialogs.undo.node.removeCondition', { kind, name })
      : t('dialogs.undo.node.condition', { kind, name });
  if (changes.type !== undefined) return t('dialogs.undo.node.type', { kind, name });
  if ('allowBackward' in changes && changes.allowBackward !== undefined)
    return changes.allowBackward
      ? t('dialogs.undo.node.allowBackward', { kind, name })
      : t('dialogs.undo.node.forbidBackward', { kind, name });
  if ('executeBy' in changes && changes.executeBy !== undefined)
    return t('dialogs.undo.node.executeBy', { kind, name });
  return t('dialogs.undo.node.settings', { kind, name });
}

function describeStatusChanges(names: Namer, id: string, changes: StatusChanges, { t }: Translator): string {
  const name = names.status(id);
  if (changes.name !== undefined) return t('dialogs.undo.status.rename', { name, to: changes.name });
  if (changes.semantics !== undefined)
    return t('dialogs.undo.status.semantics', { name, semantics: changes.semantics });
  return t('dialogs.undo.status.color', { name });
}

/** A holiday as the language writes a date; English keeps the ISO date the settings show. */
const holiday = (date: string, translator: Translator) =>
  translator.locale === 'en' ? date : translator.dateTime(`${date}T12:00:00Z`, 'UTC', 'date');

/** "set the time zone to Europe/Berlin", "add holiday 2026-12-25", "change the working hours". */
function describeSettings(flow: Flow, changes: FlowSettingsChanges, translator: Translator): string {
  const { t } = translator;
  if (changes.timezone !== undefined && changes.timezone !== flow.settings.timezone)
    return t('dialogs.undo.settings.timezone', { zone: changes.timezone });
  if (changes.workTime === undefined) return t('dialogs.undo.settings.other');
  if (changes.workTime === null) return t('dialogs.undo.settings.defaultHours');
  const before: WorkTime = flow.settings.workTime ?? DEFAULT_WORK_TIME;
  const after = changes.workTime;
  const added = after.holidays.filter((d) => !before.holidays.includes(d));
  const removed = before.holidays.filter((d) => !after.holidays.includes(d));
  if (added.length === 1 && removed.length === 0)
    return t('dialogs.undo.settings.addHoliday', { date: holiday(added[0]!, translator) });
  if (removed.length === 1 && added.length === 0)
    return t('dialogs.undo.settings.removeHoliday', { date: holiday(removed[0]!, translator) });
  if (before.start !== after.start || before.end !== after.end)
    return t('dialogs.undo.settings.hours', { start: after.start, end: after.end });
  if (before.days.join() !== after.days.join()) return t('dialogs.undo.settings.days');
  return t('dialogs.undo.settings.holidays');
}

function describePlace(
  flow: Flow,
  names: Namer,
  cmd: Of<'robot.place'> | Of<'robot.move'>,
  { t }: Translator,
): string {
  const robot = flow.robots.find((r) => r.id === cmd.id);
  const values = { name: names.robot(cmd.id, false), status: names.status(cmd.toStatus) };
  return robot?.status === cmd.toStatus
    ? t('dialogs.undo.robot.reorder', values)
    : t('dialogs.undo.robot.move', values);
}

/**
 * What a command does, in words for the people who made it: "add Send SMS to Paid", "rename status
 * Paid to Paid, shipping". Read against the flow before the command, so a deleted robot still has its
 * name. Undo and redo say it ("Undone: …") and the History list shows it; no ids, no JSON paths.
 * Names come from the one namer (domain/naming.ts); the words from the translator (English by default).
 */
export function describeCommand(
  flow: Flow,
  command: Command,
  translator: Translator = englishTranslator,
): string {
  return describeWith(flow, namer(flow), command, translator);
}

function describeWith(flow: Flow, names: Namer, command: Command, translator: Translator): string {
  const { t } = translator;
  const robot = (id: string): Node => ({ kind: 'robot', name: names.robot(id, false) });
  const trigger = (id: string): Node => ({ kind: 'trigger', name: names.trigger(id, false) });
  switch (command.type) {
    case 'robot.add':
      return t('dialogs.undo.robot.add', {
        name: robotTitle(command.robot),
        status: names.status(command.robot.status),
      });
    case 'robot.update':
      return describeNodeChanges(robot(command.id), command.changes, translator);
    case 'robot.move':
    case 'robot.place':
      return describePlace(flow, names, command, translator);
    case 'robot.delete':
      return t('dialogs.undo.robot.delete', { name: names.robot(command.id, false) });
    case 'trigger.add':
      return t('dialogs.undo.trigger.add', {
        name: triggerTitle(command.trigger),
        status: names.status(command.trigger.status),
      });
    case 'trigger.update':
      return describeNodeChanges(trigger(command.id), command.changes, translator);
    case 'trigger.move':
    case 'trigger.place':
      return t('dialogs.undo.trigger.move', {
        name: names.trigger(command.id, false),
        status: names.status(command.toStatus),
      });
    case 'trigger.delete':
      return t('dialogs.undo.trigger.delete', { name: names.trigger(command.id, false) });
    case 'status.add':
      return t('dialogs.undo.status.add', { name: command.status.name });
    case 'status.update':
      return describeStatusChanges(names, command.id, command.changes, translator);
    case 'status.move':
      return t('dialogs.undo.status.move', { name: names.status(command.id) });
    case 'status.reorder':
      return t('dialogs.undo.status.reorder');
    case 'status.delete':
      return t('dialogs.undo.status.delete', { name: names.status(command.id) });
    case 'edge.connect':
      return t('dialogs.undo.edge.connect', {
        name: names.robot(command.to, false),
        previous: names.robot(command.from, false),
      });
    case 'edge.disconnect':
      return t('dialogs.undo.edge.disconnect', { name: names.robot(command.to, false) });
    case 'flow.rename':
      return t('dialogs.undo.flow.rename', { name: command.name.trim() });
    case 'flow.settings':
      return describeSettings(flow, command.changes, translator);
    case 'layout.setPosition':
      return names.hasRobot(command.id)
        ? t('dialogs.undo.layout.robot', { name: names.robot(command.id, false) })
        : names.hasTrigger(command.id)
          ? t('dialogs.undo.layout.trigger', { name: names.trigger(command.id, false) })
          : t('dialogs.undo.layout.status', { name: names.status(command.id) });
    case 'flow.replace':
      return t('dialogs.undo.flow.replace');
    case 'batch':
      return describeBatch(flow, names, command.commands, translator);
  }
}

/** A gesture made of several commands reads as its main one (a drop is a move plus positions). */
function describeBatch(
  flow: Flow,
  names: Namer,
  commands: readonly Command[],
  translator: Translator,
): string {
  const { t } = translator;
  const main = commands.filter((c) => c.type !== 'layout.setPosition');
  const told = [
    ...new Set((main.length > 0 ? main : commands).map((c) => describeWith(flow, names, c, translator))),
  ];
  if (told.length === 0) return t('dialogs.undo.batch.none');
  if (told.length === 1) return told[0]!;
  if (told.length === 2) return t('dialogs.undo.batch.two', { first: told[0]!, second: told[1]! });
  return t('dialogs.undo.batch.more', { first: told[0]!, count: told.length - 1 });
}
