import type { Employee } from '../../../scenario';
import type { EffectContext } from '../../types';

/** The special recipients an employee setting may name besides an employee id. */
export const RESPONSIBLE = 'responsible';
export const SUPERVISOR = 'supervisor';

/**
 * Resolves `responsible`, `supervisor` (the responsible person's supervisor) or an employee id to an
 * employee of the reference data. Undefined means the recipient cannot be resolved.
 */
export function resolveEmployee(ctx: EffectContext, ref: string): Employee | undefined {
  const byId = (id: string | undefined) =>
    id === undefined || id === '' ? undefined : ctx.env.employees.find((e) => e.id === id);
  if (ref === RESPONSIBLE) return byId(ctx.order.responsibleId);
  if (ref === SUPERVISOR) return byId(byId(ctx.order.responsibleId)?.supervisorId);
  return byId(ref);
}

/** The failure message of docs/semantics.md §4.1 for a recipient that cannot be resolved. */
export const unresolvedRecipient = (ref: string) => `Recipient "${ref}" cannot be resolved`;
