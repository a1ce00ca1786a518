import { judgeCondition } from '../../conditionSense';
import { lintNodes } from '../nodes';
import { problem } from '../problem';
import type { LintProblem, LintRule } from '../types';
import { robotName, triggerName } from './names';

/**
 * OF805 / OF806: a condition that can never hold (the robot is always skipped, the trigger never
 * fires) or always holds (it decides nothing). The quick fix for the second is obvious — remove it;
 * the first needs the user to say what was meant.
 */
export const senselessConditionsRule: LintRule = {
  name: 'senseless-conditions',
  codes: ['OF805', 'OF806'],
  check(ctx) {
    const out: LintProblem[] = [];
    for (const n of lintNodes(ctx)) {
      if (!n.node.condition) continue;
      const { verdict, reason } = judgeCondition(n.node.condition, ctx.translator);
      if (verdict === 'maybe') continue;
      const name = n.kind === 'robot' ? robotName(ctx, n.node) : triggerName(ctx, n.node);
      const at = [...n.path, 'condition'];
      if (verdict === 'never') {
        out.push(problem('OF805', at, ctx.t('lint.msg.OF805', { name, reason: reason ?? '', kind: n.kind })));
        continue;
      }
      out.push({
        ...problem('OF806', at, ctx.t('lint.msg.OF806', { name, reason: reason ?? '' })),
        fix: {
          title: ctx.t('lint.fix.OF806'),
          command:
            n.kind === 'robot'
              ? { type: 'robot.update', id: n.node.id, changes: { condition: null } }
              : { type: 'trigger.update', id: n.node.id, changes: { condition: null } },
        },
      });
    }
    return out;
  },
};
