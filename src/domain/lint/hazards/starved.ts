import type { Robot } from '../../flow';
import { problem, robotPath } from '../problem';
import type { LintContext, LintProblem, LintRule } from '../types';
import { ancestors } from '../context';
import { hazardFacts, surelyMoves } from './facts';
import { robotName, statusName } from './names';

/**
 * The robots of a status that never run because a robot moves the order away at the entry instant
 * for every order (docs/semantics.md §4 rule 6 cancels what is still queued): those whose run time is certainly
 * later than the entry. Robots after the mover itself are OF802's.
 */
export function starvedRobots(ctx: LintContext): { robot: Robot; mover: Robot }[] {
  const facts = hazardFacts(ctx);
  const out: { robot: Robot; mover: Robot }[] = [];
  for (const [status, movers] of facts.entryMovers) {
    const mover = movers[0]!;
    for (const robot of facts.robotsByStatus.get(status) ?? []) {
      if (robot.disabled || !facts.timing.get(robot)?.later) continue;
      if (ancestors(ctx, robot).some((a) => surelyMoves(ctx, a))) continue; // never reached: OF802
      out.push({ robot, mover });
    }
  }
  return out;
}

/**
 * OF803, reported at the starved robot: that is the card whose message never goes out, and the one
 * a user looks at when asking why.
 */
export const starvedRule: LintRule = {
  name: 'starved',
  codes: ['OF803'],
  check(ctx) {
    return starvedRobots(ctx).map(({ robot, mover }): LintProblem =>
      problem(
        'OF803',
        [...robotPath(ctx, robot), 'delay'],
        ctx.t('lint.msg.OF803', {
          robot: robotName(ctx, robot),
          mover: robotName(ctx, mover),
          status: statusName(ctx, robot.status),
        }),
      ),
    );
  },
};
