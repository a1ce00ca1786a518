import { delayBasis } from '../../delay';
import { didYouMean, lookupField } from '../fieldLookup';
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
            `The delay of robot ${ctx.names.robot(robot.id)} counts from the custom field "${found.name}", which is not declared in the reference data.`,
          ),
        );
      } else if (found.kind === 'unknown') {
        out.push(
          problem(
            'OF501',
            at,
            `The delay of robot ${ctx.names.robot(robot.id)} counts from "${basis}", which is not a field of the order.${didYouMean(found)}`,
          ),
        );
      } else if (found.info.type !== 'datetime' && !found.anyType) {
        out.push(
          problem(
            'OF501',
            at,
            `The delay of robot ${ctx.names.robot(robot.id)} counts from "${basis}", which is a ${found.info.type} field, not a date and time.`,
          ),
        );
      }
    }
    return out;
  },
};
