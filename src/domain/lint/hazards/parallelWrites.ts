import { fieldsWrittenBy } from '../../catalog/facts';
import { judgeCondition } from '../../conditionSense';
import type { Robot } from '../../flow';
import { ancestors } from '../context';
import { problem, robotPath } from '../problem';
import type { LintContext, LintProblem, LintRule } from '../types';
import { hazardFacts } from './facts';
import { listing, robotName, statusName } from './names';

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
    const chains = chainsOf(ctx);
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
      // One problem per pair of robots, naming every field both write.
      const pairs = new Map<Robot, Map<Robot, string[]>>();
      for (const [key, group] of writers) {
        const field = key.slice(0, key.indexOf('\n'));
        for (let j = 1; j < group.length; j++) {
          const later = group[j]!;
          let earlier: Robot | undefined;
          for (let i = 0; i < j && !earlier; i++) if (overlaps(chains, group[i]!, later)) earlier = group[i];
          if (!earlier) continue;
          const withLater = pairs.get(later) ?? new Map<Robot, string[]>();
          pairs.set(later, withLater);
          withLater.set(earlier, [...(withLater.get(earlier) ?? []), field]);
        }
      }
      for (const [later, withLater] of pairs) {
        const atEntry = facts.timing.get(later)!.atEntry;
        for (const [earlier, fields] of withLater) {
          out.push({
            ...problem(
              'OF801',
              robotPath(ctx, later),
              ctx.t('lint.msg.OF801', {
                earlier: robotName(ctx, earlier),
                later: robotName(ctx, later),
                fields: listing(
                  fields.map((f) => ctx.t('lint.field.inText', { field: ctx.names.field(f) })),
                  ctx.translator,
                ),
                atEntry: String(atEntry),
                status: statusName(ctx, status),
              }),
            ),
            ...(later.after === null
              ? {
                  fix: {
                    title: ctx.t('lint.fix.OF801', {
                      robot: robotName(ctx, later),
                      previous: robotName(ctx, earlier),
                    }),
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

/** The robots each robot runs after, computed on first use (most robots never need it). */
function chainsOf(ctx: LintContext): (robot: Robot) => ReadonlySet<Robot> {
  const cache = new Map<Robot, ReadonlySet<Robot>>();
  return (robot) => {
    let set = cache.get(robot);
    if (!set) cache.set(robot, (set = new Set(ancestors(ctx, robot))));
    return set;
  };
}

/** Neither runs after the other, and their conditions can hold together. */
function overlaps(chains: (robot: Robot) => ReadonlySet<Robot>, a: Robot, b: Robot): boolean {
  if (chains(b).has(a) || chains(a).has(b)) return false;
  if (!a.condition || !b.condition) return true;
  return judgeCondition({ all: [a.condition, b.condition] }).verdict !== 'never';
}
