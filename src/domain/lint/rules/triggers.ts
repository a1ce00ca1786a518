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

/**
 * Why `later` can never fire because `earlier` (same status, before it in the document) always fires
 * first, or undefined when it can. docs/semantics.md §4 rule 7: candidates are tried within one status
 * in document order and the first whose condition holds fires; a trigger that does not allow moving
 * back is not even a candidate from a later status.
 */
function shadowedBy(
  earlier: Trigger,
  later: Trigger,
): 'same' | 'sameNoCondition' | 'sameCondition' | undefined {
  if (earlier.type !== later.type || canonical(earlier.settings) !== canonical(later.settings))
    return undefined;
  // From a status after this one only a trigger allowing backward moves is tried: there the later one can win.
  if (later.allowBackward && !earlier.allowBackward) return undefined;
  if (earlier.condition === undefined) return later.condition === undefined ? 'same' : 'sameNoCondition';
  if (canonical(earlier.condition) !== canonical(later.condition)) return undefined;
  return 'sameCondition';
}

/** OF321 a trigger always beaten by an earlier one on its status, OF322 triggers that can never fire. */
export const triggersRule: LintRule = {
  name: 'triggers',
  codes: ['OF321', 'OF322'],
  check(ctx) {
    const out: LintProblem[] = [];
    const first = ctx.flow.statuses[0]?.id;
    const triggers = ctx.flow.triggers;
    triggers.forEach((trigger, i) => {
      for (const earlier of triggers.slice(0, i)) {
        if (earlier.status !== trigger.status) continue;
        const why = shadowedBy(earlier, trigger);
        if (!why) continue;
        out.push(
          problem(
            'OF321',
            triggerPath(ctx, trigger),
            ctx.t('lint.msg.OF321', {
              trigger: ctx.names.trigger(trigger.id),
              earlier: ctx.names.trigger(earlier.id),
              why,
            }),
          ),
        );
        break;
      }
      if (trigger.status === first && !trigger.allowBackward) {
        out.push(
          problem(
            'OF322',
            triggerPath(ctx, trigger),
            ctx.t('lint.msg.OF322', { trigger: ctx.names.trigger(trigger.id) }),
          ),
        );
      }
    });
    return out;
  },
};
