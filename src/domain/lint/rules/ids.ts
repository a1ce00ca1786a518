import { robotTitle, triggerTitle } from '../../naming';
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
        out.push(
          problem(
            'OF701',
            ['statuses', i, 'id'],
            s.name.trim()
              ? ctx.t('lint.msg.OF701.status', { status: s.name.trim() })
              : ctx.t('lint.msg.OF701.statusAt', { position: i + 1 }),
          ),
        );
      statusSeen.add(s.id);
    });
    const nodeSeen = new Map<string, string>();
    const nodes = [
      ...ctx.flow.robots.map((r, i) => ({
        id: r.id as string,
        what: 'robot',
        name: robotTitle(r),
        at: ['robots', i, 'id'],
      })),
      ...ctx.flow.triggers.map((t, i) => ({
        id: t.id as string,
        what: 'trigger',
        name: triggerTitle(t),
        at: ['triggers', i, 'id'],
      })),
    ];
    for (const { id, what, name, at } of nodes) {
      const earlier = nodeSeen.get(id);
      if (earlier) out.push(problem('OF701', at, ctx.t('lint.msg.OF701.node', { what, name, earlier })));
      else nodeSeen.set(id, what);
    }
    return out;
  },
};
