import { cancelsOrder, moveTargetOf } from '../../catalog/facts';
import { robotDefinition } from '../../catalog';
import type { Robot } from '../../flow';
import { problem, robotPath, triggerPath } from '../problem';
import type { LintProblem, LintRule } from '../types';
import { hazardFacts } from './facts';
import { listing, robotName, statusName, triggerName } from './names';

/**
 * OF807: a move that takes the order past statuses that have robots, which then never run for it.
 * Robot moves are judged by their target; a trigger is judged by the robots that emit its event
 * (its type's declared `emits`) from a status further back — an event from outside can come at
 * any time, and a forward trigger firing from any earlier status is how triggers work (docs/semantics.md §4 rule
 * 7). Moves into a failure status are cancellations: skipping the rest is their point.
 */
export const jumpsRule: LintRule = {
  name: 'jumps',
  codes: ['OF807'],
  check(ctx) {
    const order = ctx.flow.statuses.map((s) => s.id as string);
    const index = new Map(order.map((id, i) => [id, i]));
    const facts = hazardFacts(ctx);
    // Per status, its enabled robots in words, or undefined when it has none (nothing to miss).
    const missed = order.map((id) => {
      const robots = (facts.robotsByStatus.get(id) ?? []).filter((r) => !r.disabled);
      if (!robots.length) return undefined;
      return ctx.t('lint.msg.OF807.missed', {
        status: statusName(ctx, id),
        robots: listing(
          robots.slice(0, 3).map((r) => robotName(ctx, r)),
          ctx.translator,
        ),
        more: Math.max(0, robots.length - 3),
      });
    });
    const skipped = (from: number, to: number) =>
      missed.slice(from + 1, to).filter((m): m is string => m !== undefined);
    const describe = (items: readonly string[]) => listing(items, ctx.translator);
    const out: LintProblem[] = [];
    for (const robot of ctx.flow.robots) {
      const target = moveTargetOf(robot);
      const from = index.get(robot.status);
      const to = target === undefined ? undefined : index.get(target);
      if (robot.disabled || from === undefined || to === undefined || cancelsOrder(robot)) continue;
      if (ctx.statusById.get(target!)?.semantics === 'failure') continue;
      const over = skipped(from, to);
      if (!over.length) continue;
      out.push(
        problem(
          'OF807',
          [
            ...robotPath(ctx, robot),
            'settings',
            robotDefinition(robot.type).moves?.statusSetting ?? 'statusId',
          ],
          ctx.t('lint.msg.OF807.robot', {
            robot: robotName(ctx, robot),
            from: statusName(ctx, robot.status),
            to: statusName(ctx, target!),
            over: describe(over),
          }),
        ),
      );
    }
    const emitters = firstEmitters(ctx.flow.robots, index);
    const triggerAt = new Map<string, { at: number; backward: boolean }[]>();
    for (const t of ctx.flow.triggers) {
      const at = index.get(t.status);
      if (at !== undefined)
        triggerAt.set(t.type, [...(triggerAt.get(t.type) ?? []), { at, backward: t.allowBackward }]);
    }
    ctx.flow.triggers.forEach((trigger) => {
      const to = index.get(trigger.status);
      const byStatus = emitters.get(trigger.type);
      if (to === undefined || !byStatus || ctx.statusById.get(trigger.status)?.semantics === 'failure')
        return;
      // A trigger of the same type on a status in between is walked first (docs/semantics.md §4 rule 7), so only
      // events from the last such status onwards reach this one; one that may fire backwards could
      // catch the event from anywhere, and then which trigger moves the order is not for lint to say.
      const earlier = (triggerAt.get(trigger.type) ?? []).filter((t) => t.at < to);
      if (earlier.some((t) => t.backward)) return;
      for (let from = Math.max(0, ...earlier.map((t) => t.at)); from < to - 1; from++) {
        const robot = byStatus.get(from);
        const over = robot ? skipped(from, to) : [];
        if (!robot || !over.length) continue;
        out.push(
          problem(
            'OF807',
            triggerPath(ctx, trigger),
            ctx.t('lint.msg.OF807.trigger', {
              robot: robotName(ctx, robot),
              status: statusName(ctx, robot.status),
              trigger: triggerName(ctx, trigger),
              to: statusName(ctx, trigger.status),
              over: describe(over),
            }),
          ),
        );
        return; // one report per trigger: the earliest such robot says enough
      }
    });
    return out;
  },
};

/** Per event type and status index, the first enabled robot there that emits it (its type's `emits`). */
function firstEmitters(
  robots: readonly Robot[],
  index: ReadonlyMap<string, number>,
): Map<string, Map<number, Robot>> {
  const out = new Map<string, Map<number, Robot>>();
  for (const robot of robots) {
    const at = index.get(robot.status);
    if (robot.disabled || at === undefined) continue;
    for (const event of robotDefinition(robot.type)?.emits ?? []) {
      let byStatus = out.get(event);
      if (!byStatus) out.set(event, (byStatus = new Map()));
      if (!byStatus.has(at)) byStatus.set(at, robot);
    }
  }
  return out;
}
