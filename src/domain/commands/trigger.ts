import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';
import { triggerSchema } from '../flow';
import type { Flow, Trigger } from '../flow';
import type { TriggerId } from '../ids';
import { clampIndex, dropPositions, idTaken, refuse, requireValid } from './context';
import type { Command } from './types';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

export function findTrigger(flow: Flow, id: TriggerId, translator: Translator = englishTranslator): Trigger {
  return (
    flow.triggers.find((t) => t.id === id) ??
    refuse('unknown-trigger', translator.t('io.command.unknownTrigger'))
  );
}

export function addTrigger(
  flow: Flow,
  cmd: Of<'trigger.add'>,
  translator: Translator = englishTranslator,
): void {
  requireValid(triggerSchema, cmd.trigger, 'trigger', translator);
  if (idTaken(flow, cmd.trigger.id)) refuse('duplicate-id', translator.t('io.command.duplicateId'));
  if (!flow.statuses.some((s) => s.id === cmd.trigger.status))
    refuse('unknown-status', translator.t('io.rule.unknownStatus'));
  flow.triggers.splice(clampIndex(cmd.index, flow.triggers.length), 0, { ...cmd.trigger });
}

export function updateTrigger(
  flow: Flow,
  cmd: Of<'trigger.update'>,
  translator: Translator = englishTranslator,
): void {
  const trigger = findTrigger(flow, cmd.id, translator);
  for (const [key, value] of Object.entries(cmd.changes)) {
    if (value === undefined) continue;
    if (value === null) delete (trigger as Record<string, unknown>)[key];
    else (trigger as Record<string, unknown>)[key] = value;
  }
  requireValid(triggerSchema, trigger, 'trigger', translator);
}

export function moveTrigger(
  flow: Flow,
  cmd: Of<'trigger.move'>,
  translator: Translator = englishTranslator,
): void {
  const trigger = findTrigger(flow, cmd.id, translator);
  if (!flow.statuses.some((s) => s.id === cmd.toStatus))
    refuse('unknown-status', translator.t('io.rule.unknownStatus'));
  if (trigger.status === cmd.toStatus) refuse('same-status', translator.t('io.command.triggerSameStatus'));
  trigger.status = cmd.toStatus;
  dropPositions(flow, [trigger.id]);
}

export function deleteTrigger(
  flow: Flow,
  cmd: Of<'trigger.delete'>,
  translator: Translator = englishTranslator,
): void {
  const trigger = findTrigger(flow, cmd.id, translator);
  flow.triggers.splice(flow.triggers.indexOf(trigger), 1);
  dropPositions(flow, [trigger.id]);
}
