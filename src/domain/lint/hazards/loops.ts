import { robotDefinition } from '../../catalog';
import { problem, robotPath } from '../problem';
import type { LintProblem, LintRule } from '../types';
import { hazardFacts } from './facts';
import { robotName, statusName } from './names';

/**
 * OF804: statuses whose immediate, unconditional moves send the order round a cycle with no event
 * needed (a status that moves to itself included: it leaves and enters again). Every order that
 * gets there goes round until the loop guard ends the run (docs/semantics.md §4 rule 11). Reported at each move
 * of the cycle, since each one closes it.
 */
export const loopsRule: LintRule = {
  name: 'automatic-loops',
  codes: ['OF804'],
  check(ctx) {
    const { entryDestination } = hazardFacts(ctx);
    const out: LintProblem[] = [];
    const reported = new Set<string>();
    for (const start of entryDestination.keys()) {
      const path: string[] = [];
      let at: string | undefined = start;
      while (at !== undefined && !path.includes(at) && !reported.has(at)) {
        path.push(at);
        at = entryDestination.get(at)?.target;
      }
      if (at === undefined || reported.has(at)) continue;
      const cycle = path.slice(path.indexOf(at));
      cycle.forEach((s) => reported.add(s));
      const round = [...cycle, cycle[0]!].map((s) => statusName(ctx, s)).join(' → ');
      for (const status of cycle) {
        const { robot, target } = entryDestination.get(status)!;
        out.push(
          problem(
            'OF804',
            [
              ...robotPath(ctx, robot),
              'settings',
              robotDefinition(robot.type).moves?.statusSetting ?? 'statusId',
            ],
            ctx.t('lint.msg.OF804', {
              robot: robotName(ctx, robot),
              from: statusName(ctx, status),
              to: statusName(ctx, target),
              round,
            }),
          ),
        );
      }
    }
    return out;
  },
};
