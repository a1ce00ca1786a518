import { problem } from '../problem';
import type { LintProblem, LintRule } from '../types';

/** OF701: ids are unique among statuses, and among robots and triggers together (both are canvas nodes). */
export const idsRule: LintRule = {
  name: 'ids',
  codes: ['OF701'],
  check(ctx) {
    const out: LintProblem[] = [];
    const statusSeen = new Set<string>();
    ctx.flow.statuses.forEach((s, i) => {
      if (statusSeen.has(s.id))
        out.push(problem('OF701', ['statuses', i, 'id'], `Another status already has the id "${s.id}".`));
      statusSeen.add(s.id);
    });
    const nodeSeen = new Map<string, string>();
    const nodes = [
      ...ctx.flow.robots.map((r, i) => ({ id: r.id as string, what: 'robot', at: ['robots', i, 'id'] })),
      ...ctx.flow.triggers.map((t, i) => ({
        id: t.id as string,
        what: 'trigger',
        at: ['triggers', i, 'id'],
      })),
    ];
    for (const { id, what, at } of nodes) {
      const earlier = nodeSeen.get(id);
      if (earlier)
        out.push(problem('OF701', at, `This ${what} has the id "${id}", which a ${earlier} already uses.`));
      else nodeSeen.set(id, what);
    }
    return out;
  },
};
