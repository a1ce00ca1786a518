import type { Flow } from '../../src/domain/flow';
import type { EngineCase } from './engineProperties';

/*
 * fast-check shrinks the generator's seeds and sizes, but a smaller size draws a different flow,
 * so its result is often still a dozen robots. This pass then removes parts of the counterexample
 * itself — robots, triggers, scenario events, conditions, unused statuses — one at a time, keeping
 * every removal after which the case still fails, until none can go (a greedy delta debugging).
 */

/** The case with one part removed, for every part that can go without breaking the flow's references. */
function smallerCases(c: EngineCase): EngineCase[] {
  const { flow, scenario } = c;
  const out: EngineCase[] = [];
  const withFlow = (changes: Partial<Flow>) => ({ flow: { ...flow, ...changes }, scenario });
  flow.robots.forEach((robot, i) => {
    const robots = flow.robots
      .filter((_, k) => k !== i)
      .map((r) => (r.after === robot.id ? { ...r, after: robot.after } : r));
    out.push(withFlow({ robots }));
  });
  flow.triggers.forEach((_, i) => out.push(withFlow({ triggers: flow.triggers.filter((__, k) => k !== i) })));
  scenario.events.forEach((_, i) =>
    out.push({ flow, scenario: { ...scenario, events: scenario.events.filter((__, k) => k !== i) } }),
  );
  flow.robots.forEach((robot, i) => {
    if (robot.condition === undefined && robot.delay.type === 'immediate') return;
    const { condition: _, ...plain } = robot;
    const robots = flow.robots.map((r, k) =>
      k === i ? { ...plain, delay: { type: 'immediate' as const } } : r,
    );
    out.push(withFlow({ robots }));
  });
  const used = new Set<string>([scenario.start.status]);
  for (const node of [...flow.robots, ...flow.triggers]) {
    used.add(node.status);
    for (const value of Object.values(node.settings)) if (typeof value === 'string') used.add(value);
  }
  flow.statuses.forEach((status, i) => {
    if (!used.has(status.id)) out.push(withFlow({ statuses: flow.statuses.filter((_, k) => k !== i) }));
  });
  return out;
}

/** The smallest case reachable by removals for which `fails` still holds (`fails(c)` must hold). */
export function minimizeCase(c: EngineCase, fails: (c: EngineCase) => boolean): EngineCase {
  let current = c;
  for (let progress = true; progress;) {
    progress = false;
    for (const candidate of smallerCases(current)) {
      if (fails(candidate)) {
        current = candidate;
        progress = true;
        break;
      }
    }
  }
  return current;
}
