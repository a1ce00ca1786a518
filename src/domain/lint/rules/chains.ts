import type { Robot } from '../../flow';
import { indexLinks, judgeLink } from '../../rules';
import { problem, robotPath } from '../problem';
import type { LintProblem, LintRule } from '../types';

/**
 * OF301–OF303: "after previous" edges stay inside a status, point at a robot, and never loop.
 * Each saved link is judged by the connection rule itself (`judgeLink`, domain/rules/connect.ts), as if
 * it were being made anew; the rule refuses a link to a missing robot or into another status first, so
 * loops are asked of the same link index separately, and a loop is reported once rather than at each
 * of its robots.
 */
export const chainsRule: LintRule = {
  name: 'after-previous',
  codes: ['OF301', 'OF302', 'OF303'],
  check(ctx) {
    const out: LintProblem[] = [];
    const links = indexLinks(ctx.flow);
    for (const robot of ctx.flow.robots) {
      if (robot.after === null) continue;
      const at = [...robotPath(ctx, robot), 'after'];
      const previous = ctx.robotById.get(robot.after);
      const verdict = judgeLink(links, robot.after, robot, { replacing: true });
      if (verdict.ok) continue;
      if (verdict.code === 'unknown-robot' || !previous) {
        out.push(problem('OF302', at, ctx.t('lint.msg.OF302', { robot: ctx.names.robot(robot.id) })));
      } else if (verdict.code === 'other-status') {
        out.push(
          problem(
            'OF301',
            at,
            ctx.t('lint.msg.OF301', {
              robot: ctx.names.robot(robot.id),
              status: ctx.names.status(robot.status, true),
              previous: ctx.names.robot(previous.id),
              previousStatus: ctx.names.status(previous.status, true),
            }),
          ),
        );
      }
    }
    // A cycle is reported once, at its robot that comes first in the document.
    const reported = new Set<Robot>();
    for (const robot of ctx.flow.robots) {
      if (robot.after === null || reported.has(robot) || !links.comesBefore(robot.id, robot.after)) continue;
      const cycle = cycleFrom(ctx.robotById, robot);
      if (!cycle) continue;
      cycle.forEach((r) => reported.add(r));
      const names = cycle.map((r) => ctx.names.robot(r.id));
      out.push(
        problem(
          'OF303',
          [...robotPath(ctx, robot), 'after'],
          names.length === 1
            ? ctx.t('lint.msg.OF303.self', { robot: ctx.names.robot(robot.id) })
            : ctx.t('lint.msg.OF303.cycle', { robots: `${names.join(' → ')} → ${names[0]}` }),
        ),
      );
    }
    return out;
  },
};

/** The cycle `robot` lies on (starting with it), following `after`; undefined when it is on none. */
function cycleFrom(byId: ReadonlyMap<string, Robot>, robot: Robot): Robot[] | undefined {
  const path: Robot[] = [];
  let current: Robot | undefined = robot;
  while (current && !path.includes(current)) {
    path.push(current);
    current = current.after === null ? undefined : byId.get(current.after);
  }
  if (current !== robot) return undefined;
  // `after` points backwards in time: show the cycle in running order.
  return [robot, ...path.slice(1).reverse()];
}
