import { statusSchema } from '../flow';
import type { Flow, Status } from '../flow';
import type { StatusId } from '../ids';
import { duplicateStatusNameReason, statusNamedLike } from '../statusNames';
import { clampIndex, dropPositions, idTaken, refuse, requireValid } from './context';
import type { Command, CommandReport } from './types';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

/** docs/semantics.md §1: a flow has 1..50 statuses. */
export const MAX_STATUSES = 50;

function findStatus(flow: Flow, id: StatusId): Status {
  return flow.statuses.find((s) => s.id === id) ?? refuse('unknown-status', `There is no status “${id}”.`);
}

/** docs/semantics.md §1: two statuses may not share a name (case and spacing ignored). */
function refuseTakenName(flow: Flow, name: string, except?: string): void {
  const taken = statusNamedLike(flow, name, except);
  if (taken) refuse('duplicate-name', duplicateStatusNameReason(taken));
}

export function addStatus(flow: Flow, cmd: Of<'status.add'>): void {
  requireValid(statusSchema, cmd.status, 'status');
  if (idTaken(flow, cmd.status.id)) refuse('duplicate-id', `The id “${cmd.status.id}” is already used.`);
  if (flow.statuses.length >= MAX_STATUSES)
    refuse('too-many-statuses', `A flow has at most ${MAX_STATUSES} statuses.`);
  refuseTakenName(flow, cmd.status.name);
  flow.statuses.splice(clampIndex(cmd.index, flow.statuses.length), 0, { ...cmd.status });
}

export function updateStatus(flow: Flow, cmd: Of<'status.update'>): void {
  const status = findStatus(flow, cmd.id);
  // Only a new name is checked: an imported document with twins can still be recoloured (lint tells).
  if (cmd.changes.name !== undefined) refuseTakenName(flow, cmd.changes.name, status.id);
  Object.assign(status, cmd.changes);
  requireValid(statusSchema, status, 'status');
}

export function moveStatus(flow: Flow, cmd: Of<'status.move'>): void {
  const status = findStatus(flow, cmd.id);
  flow.statuses.splice(flow.statuses.indexOf(status), 1);
  flow.statuses.splice(clampIndex(cmd.toIndex, flow.statuses.length), 0, status);
}

export function reorderStatuses(flow: Flow, cmd: Of<'status.reorder'>): void {
  const current = flow.statuses.map((s) => s.id);
  const isPermutation =
    cmd.order.length === current.length &&
    new Set(cmd.order).size === current.length &&
    cmd.order.every((id) => current.includes(id));
  if (!isPermutation) refuse('bad-order', 'The new order must list every status exactly once.');
  const byId = new Map(flow.statuses.map((s) => [s.id, s]));
  flow.statuses = cmd.order.map((id) => byId.get(id)!);
}

/**
 * Deletes a status with the robots and triggers on it: they cannot live without their status, and
 * the report lists them so the UI can say what went (and undo brings everything back). Robots of
 * other statuses that target it (Change status, Cancel order) are left for lint to report, because
 * silently editing their settings would hide the broken reference from the user.
 */
export function deleteStatus(flow: Flow, cmd: Of<'status.delete'>, report: CommandReport): void {
  const status = findStatus(flow, cmd.id);
  if (flow.statuses.length === 1) refuse('last-status', 'A flow needs at least one status.');
  const robots = flow.robots.filter((r) => r.status === status.id).map((r) => r.id);
  const triggers = flow.triggers.filter((t) => t.status === status.id).map((t) => t.id);
  flow.robots = flow.robots.filter((r) => r.status !== status.id);
  flow.triggers = flow.triggers.filter((t) => t.status !== status.id);
  flow.statuses.splice(flow.statuses.indexOf(status), 1);
  dropPositions(flow, [status.id, ...robots, ...triggers]);
  report.removedRobots.push(...robots);
  report.removedTriggers.push(...triggers);
}
