import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';
import { statusSchema } from '../flow';
import type { Flow, Status } from '../flow';
import type { StatusId } from '../ids';
import { duplicateStatusNameReason, statusNamedLike } from '../statusNames';
import { clampIndex, dropPositions, idTaken, refuse, requireValid } from './context';
import type { Command, CommandReport } from './types';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

/** docs/semantics.md §1: a flow has 1..50 statuses. */
export const MAX_STATUSES = 50;

function findStatus(flow: Flow, id: StatusId, translator: Translator = englishTranslator): Status {
  return (
    flow.statuses.find((s) => s.id === id) ?? refuse('unknown-status', translator.t('io.rule.unknownStatus'))
  );
}

/** docs/semantics.md §1: two statuses may not share a name (case and spacing ignored). */
function refuseTakenName(flow: Flow, name: string, except: string | undefined, translator: Translator): void {
  const taken = statusNamedLike(flow, name, except);
  if (taken) refuse('duplicate-name', duplicateStatusNameReason(taken, translator));
}

export function addStatus(
  flow: Flow,
  cmd: Of<'status.add'>,
  translator: Translator = englishTranslator,
): void {
  const { t } = translator;
  requireValid(statusSchema, cmd.status, 'status', translator);
  if (idTaken(flow, cmd.status.id)) refuse('duplicate-id', t('io.command.duplicateId'));
  if (flow.statuses.length >= MAX_STATUSES)
    refuse('too-many-statuses', t('io.command.tooManyStatuses', { max: MAX_STATUSES }));
  refuseTakenName(flow, cmd.status.name, undefined, translator);
  flow.statuses.splice(clampIndex(cmd.index, flow.statuses.length), 0, { ...cmd.status });
}

export function updateStatus(
  flow: Flow,
  cmd: Of<'status.update'>,
  translator: Translator = englishTranslator,
): void {
  const status = findStatus(flow, cmd.id, translator);
  // Only a new name is checked: an imported document with twins can still be recoloured (lint tells).
  if (cmd.changes.name !== undefined) refuseTakenName(flow, cmd.changes.name, status.id, translator);
  Object.assign(status, cmd.changes);
  requireValid(statusSchema, status, 'status', translator);
}

export function moveStatus(
  flow: Flow,
  cmd: Of<'status.move'>,
  translator: Translator = englishTranslator,
): void {
  const status = findStatus(flow, cmd.id, translator);
  flow.statuses.splice(flow.statuses.indexOf(status), 1);
  flow.statuses.splice(clampIndex(cmd.toIndex, flow.statuses.length), 0, status);
}

export function reorderStatuses(
  flow: Flow,
  cmd: Of<'status.reorder'>,
  translator: Translator = englishTranslator,
): void {
  const current = flow.statuses.map((s) => s.id);
  const isPermutation =
    cmd.order.length === current.length &&
    new Set(cmd.order).size === current.length &&
    cmd.order.every((id) => current.includes(id));
  if (!isPermutation) refuse('bad-order', translator.t('io.command.badOrder'));
  const byId = new Map(flow.statuses.map((s) => [s.id, s]));
  flow.statuses = cmd.order.map((id) => byId.get(id)!);
}

/**
 * Deletes a status with the robots and triggers on it: they cannot live without their status, and
 * the report lists them so the UI can say what went (and undo brings everything back). Robots of
 * other statuses that target it (Change status, Cancel order) are left for lint to report, because
 * silently editing their settings would hide the broken reference from the user.
 */
export function deleteStatus(
  flow: Flow,
  cmd: Of<'status.delete'>,
  report: CommandReport,
  translator: Translator = englishTranslator,
): void {
  const status = findStatus(flow, cmd.id, translator);
  if (flow.statuses.length === 1) refuse('last-status', translator.t('io.command.lastStatus'));
  const robots = flow.robots.filter((r) => r.status === status.id).map((r) => r.id);
  const triggers = flow.triggers.filter((t) => t.status === status.id).map((t) => t.id);
  flow.robots = flow.robots.filter((r) => r.status !== status.id);
  flow.triggers = flow.triggers.filter((t) => t.status !== status.id);
  flow.statuses.splice(flow.statuses.indexOf(status), 1);
  dropPositions(flow, [status.id, ...robots, ...triggers]);
  report.removedRobots.push(...robots);
  report.removedTriggers.push(...triggers);
}
