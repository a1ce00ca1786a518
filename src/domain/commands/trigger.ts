import { triggerSchema } from '../flow';
import type { Flow, Trigger } from '../flow';
import type { TriggerId } from '../ids';
import { clampIndex, dropPositions, idTaken, refuse, requireValid } from './context';
import type { Command } from './types';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

export function findTrigger(flow: Flow, id: TriggerId): Trigger {
  return flow.triggers.find((t) => t.id === id) ?? refuse('unknown-trigger', `There is no trigger “${id}”.`);
}

export function addTrigger(flow: Flow, cmd: Of<'trigger.add'>): void {
  requireValid(triggerSchema, cmd.trigger, 'trigger');
  if (idTaken(flow, cmd.trigger.id)) refuse('duplicate-id', `The id “${cmd.trigger.id}” is already used.`);
  if (!flow.statuses.some((s) => s.id === cmd.trigger.status))
    refuse('unknown-status', `There is no status “${cmd.trigger.status}”.`);
  flow.triggers.splice(clampIndex(cmd.index, flow.triggers.length), 0, { ...cmd.trigger });
}

export function updateTrigger(flow: Flow, cmd: Of<'trigger.update'>): void {
  const trigger = findTrigger(flow, cmd.id);
  for (const [key, value] of Object.entries(cmd.changes)) {
    if (value === undefined) continue;
    if (value === null) delete (trigger as Record<string, unknown>)[key];
    else (trigger as Record<string, unknown>)[key] = value;
  }
  requireValid(triggerSchema, trigger, 'trigger');
}

export function moveTrigger(flow: Flow, cmd: Of<'trigger.move'>): void {
  const trigger = findTrigger(flow, cmd.id);
  if (!flow.statuses.some((s) => s.id === cmd.toStatus))
    refuse('unknown-status', `There is no status “${cmd.toStatus}”.`);
  if (trigger.status === cmd.toStatus) refuse('same-status', 'The trigger is already in this status.');
  trigger.status = cmd.toStatus;
  dropPositions(flow, [trigger.id]);
}

export function deleteTrigger(flow: Flow, cmd: Of<'trigger.delete'>): void {
  const trigger = findTrigger(flow, cmd.id);
  flow.triggers.splice(flow.triggers.indexOf(trigger), 1);
  dropPositions(flow, [trigger.id]);
}
