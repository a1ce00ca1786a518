import { cancelsOrder, moveTargetOf } from '../../catalog/facts';
import { robotDefinition } from '../../catalog';
import type { Robot } from '../../flow';
import { problem, robotPath, triggerPath } from '../problem';
import type { LintContext, LintProblem, LintRule } from '../types';
import { hazardFacts } from './facts';
import { listing, robotName, statusName, triggerName } from './names';

/**
 * OF807: a move that takes the order past statuses that have robots, which then never run for it.
 * Robot moves are judged by their target; a trigger is judged by the robots that emit its event
 * (its type's declared `emits`) from a status further back — an event from outside can come at
 * any time, and a forward trigger firing from any earlier status is how triggers work (SPEC §4 rule
 * 7). Moves into a failure status are cancellations: skipping the rest is their point.
 */
export const jumpsRule: LintRule = {
  name: 'jumps',
  codes: ['OF807'],
  check(ctx) {
    const order = ctx.flow.statuses.map((s) => s.id as string);
    const index = new Map(order.map((id, i) => [id, i]));
    const facts = hazardFacts(ctx);
    const skipped = (from: number, to: number) =>
      order.slice(from + 1, to).filter((id) => (facts.robotsByStatus.get(id) ?? []).some((r) => !r.disabled));
    const describe = (ids: readonly string[]) =>
      listing(
        ids.map((id) => {
          const robots = (facts.robotsByStatus.get(id) ?? []).filter((r) => !r.disabled);
          const names = robots.slice(0, 3).map(robotName);
          const more = robots.length > 3 ? ` and ${robots.length - 3} more` : '';
          return `${statusName(ctx, id)} (${listing(names)}${more})`;
        }),
      );
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
          `${robotName(robot)} moves the order from ${statusName(ctx, robot.status)} straight to ${statusName(ctx, target!)}, past ${describe(over)}: their robots do not run for it.`,
        ),
      );
    }
    const emitters = emittersByEvent(ctx.flow.robots);
    ctx.flow.triggers.forEach((trigger) => {
      const to = index.get(trigger.status);
      if (to === undefined || ctx.statusById.get(trigger.status)?.semantics === 'failure') return;
      for (const robot of emitters.get(trigger.type) ?? []) {
        const from = index.get(robot.status);
        if (from === undefined || from >= to - 1) continue;
        // A trigger of the same type on a status in between is walked first (SPEC §4 rule 7).
        const caughtBefore = ctx.flow.triggers.some((t) => {
          const at = index.get(t.status);
          return t.type === trigger.type && at !== undefined && at > from && at < to;
        });
        const over = skipped(from, to);
        if (caughtBefore || !over.length) continue;
        out.push(
          problem(
            'OF807',
            triggerPath(ctx, trigger),
            `${robotName(robot)} in ${statusName(ctx, robot.status)} sets off ${triggerName(trigger)}, which moves the order straight to ${statusName(ctx, trigger.status)}, past ${describe(over)}: their robots do not run for it.`,
          ),
        );
        return; // one report per trigger: the earliest such robot says enough
      }
    });
    return out;
  },
};

function emittersByEvent(robots: readonly Robot[]): Map<string, Robot[]> {
  const out = new Map<string, Robot[]>();
  for (const robot of robots) {
    if (robot.disabled) continue;
    for (const event of robotDefinition(robot.type)?.emits ?? []) {
      const list = out.get(event);
      if (list) list.push(robot);
      else out.set(event, [robot]);
    }
  }
  return out;
}
