import type { Trigger } from '../../flow';
import { problem, triggerPath } from '../problem';
import type { LintProblem, LintRule } from '../types';

/** JSON with sorted keys, so settings written in a different order still compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** OF321 duplicate triggers on one status, OF322 triggers that can never fire. */
export const triggersRule: LintRule = {
  name: 'triggers',
  codes: ['OF321', 'OF322'],
  check(ctx) {
    const out: LintProblem[] = [];
    const seen = new Map<string, Trigger>();
    const first = ctx.flow.statuses[0]?.id;
    for (const trigger of ctx.flow.triggers) {
      const key = `${trigger.status}\n${trigger.type}\n${canonical(trigger.settings)}`;
      const earlier = seen.get(key);
      if (earlier) {
        out.push(
          problem(
            'OF321',
            triggerPath(ctx, trigger),
            `Trigger ${ctx.names.trigger(trigger.id)} repeats trigger ${ctx.names.trigger(earlier.id)} on status ${ctx.names.status(trigger.status, true)} (same type and settings); only the first one can fire.`,
          ),
        );
      } else seen.set(key, trigger);
      if (trigger.status === first && !trigger.allowBackward) {
        out.push(
          problem(
            'OF322',
            triggerPath(ctx, trigger),
            `Trigger ${ctx.names.trigger(trigger.id)} is on the first status and does not allow moving back, so it can never fire.`,
          ),
        );
      }
    }
    return out;
  },
};
