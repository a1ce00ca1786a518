import fc from 'fast-check';
import type { Flow } from '../../src/domain/flow';
import type { Scenario } from '../../src/domain/scenario';
import type { Timeline } from '../../src/domain/timeline';
import { simulate } from '../../src/engine';
import { flowAndScenario } from '../fixtures/generators';

/*
 * The engine's invariants over random valid flows and scenarios, shared by the unit tests (a few
 * hundred runs in the unit suite) and `npm run test:soak` (tens of thousands, scripts/soak.ts).
 * A check returns the first violation as a sentence, or undefined: the soak script needs the
 * words for its report and the fixture, the unit tests assert undefined.
 */

export interface EngineCase {
  flow: Flow;
  scenario: Scenario;
}

export interface EngineProperty {
  /** Short and file-name safe: used in soak fixture names. */
  name: string;
  description: string;
  /** The first violation on this flow and scenario, or undefined when the property holds. */
  check(c: EngineCase): string | undefined;
}

/** Small flows: up to 5 statuses × 6 robots and 8 triggers, calendar delays included. */
export const smallCases = (): fc.Arbitrary<EngineCase> => flowAndScenario();
/** Denser flows, where chains, moves and cancellations meet more often. */
export const denseCases = (): fc.Arbitrary<EngineCase> =>
  flowAndScenario({ statuses: 4, robotsPerStatus: 8, triggers: 10 });
/** What the soak draws from: both shapes. */
export const soakCases = (): fc.Arbitrary<EngineCase> => fc.oneof(smallCases(), denseCases());

/** seq increases by one, `at` never decreases, exactly one `end` and it comes last. */
export function orderingViolation(t: Timeline): string | undefined {
  let lastAt = '';
  for (const [i, e] of t.entries.entries()) {
    if (e.seq !== i + 1) return `seq ${e.seq} at position ${i + 1}`;
    if (e.at < lastAt) return `at went back at seq ${e.seq}`;
    lastAt = e.at;
  }
  const ends = t.entries.filter((e) => e.kind === 'end');
  if (ends.length !== 1 || t.entries.at(-1)?.kind !== 'end') return 'not exactly one end, last';
  return undefined;
}

/**
 * Robots run only in the current entry of their status, a chained robot only after the robot it
 * follows finished, and every scheduled run ends (done, failed, skipped, cancelled) or is pending.
 */
export function runViolation(flow: Flow, t: Timeline): string | undefined {
  const robots = new Map(flow.robots.map((r) => [r.id as string, r]));
  // Robots reached, and robots finished, in the current entry.
  let scheduled = new Set<string>();
  let finished = new Set<string>();
  const open = new Map<string, number>();
  const bump = (id: string, by: number) => open.set(id, (open.get(id) ?? 0) + by);
  for (const e of t.entries) {
    switch (e.kind) {
      case 'status.entered':
        scheduled = new Set();
        finished = new Set();
        break;
      case 'robot.scheduled': {
        const robot = robots.get(e.robot);
        if (!robot) return `${e.robot} scheduled but not in the flow`;
        if (robot.status !== e.status) return `${e.robot} scheduled outside its status`;
        if (robot.after !== null && !finished.has(robot.after))
          return `${e.robot} reached before ${robot.after} finished`;
        scheduled.add(e.robot);
        bump(e.robot, 1);
        break;
      }
      case 'robot.done':
      case 'robot.failed':
      case 'robot.skipped':
        if (e.kind === 'robot.skipped' && e.reason === 'disabled') {
          finished.add(e.robot);
          break;
        }
        if (!scheduled.has(e.robot) || robots.get(e.robot)?.status !== e.status)
          return `${e.kind} ${e.robot} outside its entry`;
        finished.add(e.robot);
        bump(e.robot, -1);
        break;
      case 'robot.cancelled':
        bump(e.robot, -1);
        break;
      case 'event':
      case 'status.left':
      case 'trigger.fired':
      case 'end':
        break;
    }
  }
  for (const p of t.final.pending) bump(p.robot, -1);
  for (const [robot, count] of open) if (count !== 0) return `${robot}: ${count} scheduled runs never ended`;
  return undefined;
}

/** Every invariant of one timeline: ordering first, then the runs. */
export function timelineViolation(flow: Flow, t: Timeline): string | undefined {
  return orderingViolation(t) ?? runViolation(flow, t);
}

export const ENGINE_PROPERTIES: readonly EngineProperty[] = [
  {
    name: 'determinism',
    description: 'the same input gives the same timeline',
    check({ flow, scenario }) {
      const first = JSON.stringify(simulate(flow, scenario));
      return first === JSON.stringify(simulate(flow, scenario)) ? undefined : 'two runs differ';
    },
  },
  {
    name: 'ordering',
    description: 'seq increases by one, at never decreases, one end closes the run',
    check: ({ flow, scenario }) => orderingViolation(simulate(flow, scenario)),
  },
  {
    name: 'runs',
    description:
      'robots run only in the current entry of their status, chains in order, every scheduled run accounted for',
    check: ({ flow, scenario }) => runViolation(flow, simulate(flow, scenario)),
  },
];

/**
 * Every property on one case, simulating twice (determinism) rather than once per property; the
 * first failure, named. `onTimeline` sees the timeline, e.g. to count entries.
 */
export function firstFailure(
  c: EngineCase,
  onTimeline?: (t: Timeline) => void,
): { property: string; message: string } | undefined {
  const first = simulate(c.flow, c.scenario);
  onTimeline?.(first);
  const second = simulate(c.flow, c.scenario);
  if (JSON.stringify(first) !== JSON.stringify(second))
    return { property: 'determinism', message: 'two runs differ' };
  const ordering = orderingViolation(first);
  if (ordering) return { property: 'ordering', message: ordering };
  const runs = runViolation(c.flow, first);
  if (runs) return { property: 'runs', message: runs };
  return undefined;
}
