import { delayBasis } from '../../delay';
import { didYouMeanField, lookupField } from '../fieldLookup';
import { problem, robotPath } from '../problem';
import type { LintProblem, LintRule } from '../types';

/** OF501 (and OF205): a delay's basis must be a date-and-time field of the order. */
export const delaysRule: LintRule = {
  name: 'delays',
  codes: ['OF501', 'OF205'],
  check(ctx) {
    const out: LintProblem[] = [];
    for (const robot of ctx.flow.robots) {
      const basis = delayBasis(robot.delay);
      if (basis === undefined) continue;
      const at = [...robotPath(ctx, robot), 'delay', 'basis'];
      const found = lookupField(basis, ctx.env);
      if (found.kind === 'undeclaredCustom') {
        out.push(
          problem(
            'OF205',
            at,
            ctx.t('lint.msg.OF205.delay', { robot: ctx.names.robot(robot.id), field: found.name }),
          ),
        );
      } else if (found.kind === 'unknown') {
        out.push(
          problem(
            'OF501',
            at,
            ctx.t('lint.msg.OF501.unknown', { robot: ctx.names.robot(robot.id), field: basis }) +
              didYouMeanField(found, ctx.env, ctx),
          ),
        );
      } else if (found.info.type !== 'datetime' && !found.anyType) {
        out.push(
          problem(
            'OF501',
            at,
            ctx.t('lint.msg.OF501.notDate', {
              robot: ctx.names.robot(robot.id),
              field: ctx.names.field(found.info.path),
              type: found.info.type,
            }),
          ),
        );
      }
    }
    return out;
  },
};
