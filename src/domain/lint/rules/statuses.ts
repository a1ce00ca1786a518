import { cancelsOrder, moveTargetOf } from '../../catalog/facts';
import { statusNameKey } from '../../statusNames';
import { problem, robotPath, triggerPath } from '../problem';
import type { LintContext, LintProblem, LintRule } from '../types';

/** OF401–OF403: moves and attachments point at statuses that exist and fit. */
export const statusTargetsRule: LintRule = {
  name: 'status-targets',
  codes: ['OF401', 'OF402', 'OF403'],
  check(ctx) {
    const out: LintProblem[] = [];
    for (const robot of ctx.flow.robots) {
      if (!ctx.statusById.has(robot.status)) {
        out.push(
          problem(
            'OF403',
            [...robotPath(ctx, robot), 'status'],
            ctx.t('lint.msg.OF403.robot', { robot: ctx.names.robot(robot.id) }),
          ),
        );
      }
      const target = moveTargetOf(robot);
      if (target === undefined) continue;
      const at = [...robotPath(ctx, robot), 'settings', 'statusId'];
      const status = ctx.statusById.get(target);
      if (!status) {
        out.push(problem('OF402', at, ctx.t('lint.msg.OF402', { robot: ctx.names.robot(robot.id) })));
      } else if (cancelsOrder(robot) && status.semantics !== 'failure') {
        out.push(
          problem(
            'OF401',
            at,
            ctx.t('lint.msg.OF401', {
              robot: ctx.names.robot(robot.id),
              status: status.name,
              semantics: status.semantics,
            }),
          ),
        );
      }
    }
    for (const trigger of ctx.flow.triggers) {
      if (!ctx.statusById.has(trigger.status)) {
        out.push(
          problem(
            'OF403',
            [...triggerPath(ctx, trigger), 'status'],
            ctx.t('lint.msg.OF403.trigger', { trigger: ctx.names.trigger(trigger.id) }),
          ),
        );
      }
    }
    return out;
  },
};

/** The statuses an order can get to from the first one, by triggers and by robots that move it. */
export function reachableStatuses(ctx: LintContext): Set<string> {
  const order = ctx.flow.statuses.map((s) => s.id as string);
  const reachable = new Set<string>(order.slice(0, 1));
  for (let grew = true; grew;) {
    grew = false;
    const add = (id: string) => {
      if (!reachable.has(id) && ctx.statusById.has(id)) {
        reachable.add(id);
        grew = true;
      }
    };
    for (const robot of ctx.flow.robots) {
      const target = moveTargetOf(robot);
      if (target && !robot.disabled && reachable.has(robot.status)) add(target);
    }
    for (const trigger of ctx.flow.triggers) {
      // docs/semantics.md §4 rule 7: forward from any earlier status, backward only with allowBackward.
      const index = order.indexOf(trigger.status);
      const from = [...reachable].some(
        (id) => id !== trigger.status && (order.indexOf(id) < index || trigger.allowBackward),
      );
      if (from) add(trigger.status);
    }
  }
  return reachable;
}

/** OF311 unreachable statuses, OF312 empty ones. */
export const statusUseRule: LintRule = {
  name: 'status-use',
  codes: ['OF311', 'OF312'],
  check(ctx) {
    const out: LintProblem[] = [];
    const reachable = reachableStatuses(ctx);
    ctx.flow.statuses.forEach((status, i) => {
      const at = ['statuses', i];
      if (!reachable.has(status.id)) {
        out.push(problem('OF311', at, ctx.t('lint.msg.OF311', { status: status.name })));
      }
      const used =
        ctx.flow.robots.some((r) => r.status === status.id) ||
        ctx.flow.triggers.some((t) => t.status === status.id);
      if (!used) out.push(problem('OF312', at, ctx.t('lint.msg.OF312', { status: status.name })));
    });
    return out;
  },
};

/** OF313: status names are unique, ignoring case and spacing (docs/semantics.md §1). */
export const statusNamesRule: LintRule = {
  name: 'status-names',
  codes: ['OF313'],
  check(ctx) {
    const out: LintProblem[] = [];
    const first = new Map<string, string>();
    ctx.flow.statuses.forEach((status, i) => {
      const key = statusNameKey(status.name);
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, status.name);
        return;
      }
      out.push(
        problem(
          'OF313',
          ['statuses', i, 'name'],
          ctx.t('lint.msg.OF313', { earlier, position: i + 1, status: status.name }),
        ),
      );
    });
    return out;
  },
};
