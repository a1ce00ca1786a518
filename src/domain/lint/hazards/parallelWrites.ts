import { fieldsWrittenBy } from '../../catalog/facts';
import { judgeCondition } from '../../conditionSense';
import type { Robot } from '../../flow';
import { ancestors } from '../context';
import { problem, robotPath } from '../problem';
import type { LintProblem, LintRule } from '../types';
import { hazardFacts } from './facts';
import { robotName, statusName } from './names';

/**
 * OF801: two robots of one status write the same field at the same moment, neither after the other.
 * "The same moment" is judged from the design: the same chain of delays from the entry (both
 * immediate, both "after 2 hours", …). Run times that depend on the order's dates may meet or not,
 * so they are not reported; nor are two robots whose conditions exclude each other. Reported at the
 * later robot in document order: at one instant robots run in document order, so its value stays.
 */
export const parallelWritesRule: LintRule = {
  name: 'parallel-writes',
  codes: ['OF801'],
  check(ctx) {
    const facts = hazardFacts(ctx);
    const out: LintProblem[] = [];
    for (const [status, robots] of facts.robotsByStatus) {
      const writers = new Map<string, Robot[]>();
      for (const robot of robots) {
        const timing = facts.timing.get(robot);
        if (robot.disabled || !timing) continue;
        for (const field of new Set(fieldsWrittenBy(robot))) {
          const key = `${field}\n${timing.key}`;
          const list = writers.get(key);
          if (list) list.push(robot);
          else writers.set(key, [robot]);
        }
      }
      for (const [key, group] of writers) {
        if (group.length < 2) continue;
        const field = key.slice(0, key.indexOf('\n'));
        const atEntry = facts.timing.get(group[0]!)!.atEntry;
        for (let j = 1; j < group.length; j++) {
          const later = group[j]!;
          const earlier = group.slice(0, j).find((e) => overlaps(ctx, e, later));
          if (!earlier) continue;
          const when = atEntry ? `when the order enters ${statusName(ctx, status)}` : 'at the same moment';
          out.push({
            ...problem(
              'OF801',
              robotPath(ctx, later),
              `${robotName(earlier)} and ${robotName(later)} both write ${field} ${when}, neither after the other: which value stays depends only on their order on the canvas.`,
            ),
            ...(later.after === null
              ? {
                  fix: {
                    title: `Run ${robotName(later)} after ${robotName(earlier)}`,
                    command: { type: 'edge.connect', from: earlier.id, to: later.id },
                  },
                }
              : {}),
          });
        }
      }
    }
    return out;
  },
};

/** Neither runs after the other, and their conditions can hold together. */
function overlaps(ctx: Parameters<LintRule['check']>[0], a: Robot, b: Robot): boolean {
  if (ancestors(ctx, b).includes(a) || ancestors(ctx, a).includes(b)) return false;
  if (!a.condition || !b.condition) return true;
  return judgeCondition({ all: [a.condition, b.condition] }).verdict !== 'never';
}
