import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Flow } from '../../../src/domain/flow';
import type { Timeline } from '../../../src/domain/timeline';
import { simulate } from '../../../src/engine';
import { flowAndScenario } from '../../fixtures/generators';

/* Properties of every run, over random valid flows and scenarios (tests/fixtures/generators.ts). */

const RUNS = { numRuns: 150 };

/** Checks the invariants the issue lists; returns the first violation, or undefined. */
function violation(flow: Flow, t: Timeline): string | undefined {
  const robots = new Map(flow.robots.map((r) => [r.id as string, r]));
  // Robots reached, and robots finished, in the current entry.
  let scheduled = new Set<string>();
  let finished = new Set<string>();
  let lastAt = '';
  const counts = new Map<string, number>();
  const bump = (id: string, by: number) => counts.set(id, (counts.get(id) ?? 0) + by);
  for (const [i, e] of t.entries.entries()) {
    if (e.seq !== i + 1) return `seq ${e.seq} at position ${i + 1}`;
    if (e.at < lastAt) return `at went back at seq ${e.seq}`;
    lastAt = e.at;
    switch (e.kind) {
      case 'status.entered':
        scheduled = new Set();
        finished = new Set();
        break;
      case 'robot.scheduled': {
        const robot = robots.get(e.robot)!;
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
        if (!scheduled.has(e.robot) || robots.get(e.robot)!.status !== e.status)
          return `${e.kind} ${e.robot} outside its entry`;
        finished.add(e.robot);
        bump(e.robot, -1);
        break;
      case 'robot.cancelled':
        bump(e.robot, -1);
        break;
      default:
        break;
    }
  }
  const ends = t.entries.filter((e) => e.kind === 'end');
  if (ends.length !== 1 || t.entries.at(-1)!.kind !== 'end') return 'not exactly one end, last';
  for (const p of t.final.pending) bump(p.robot, -1);
  for (const [robot, open] of counts) if (open !== 0) return `${robot}: ${open} scheduled runs never ended`;
  return undefined;
}

describe('engine properties', () => {
  it('the same input gives the same timeline', () => {
    fc.assert(
      fc.property(flowAndScenario(), ({ flow, scenario }) => {
        expect(JSON.stringify(simulate(flow, scenario))).toBe(JSON.stringify(simulate(flow, scenario)));
      }),
      RUNS,
    );
  });

  it('seq increases by one, at never decreases, one end closes the run', () => {
    fc.assert(
      fc.property(flowAndScenario(), ({ flow, scenario }) => {
        const t = simulate(flow, scenario);
        const v = violation(flow, t);
        expect(v === undefined || !/seq|at went|end/.test(v) ? undefined : v).toBeUndefined();
      }),
      RUNS,
    );
  });

  it('robots run only in the current entry of their status, chains in order, every scheduled run accounted for', () => {
    fc.assert(
      fc.property(
        flowAndScenario({ statuses: 4, robotsPerStatus: 8, triggers: 10 }),
        ({ flow, scenario }) => {
          expect(violation(flow, simulate(flow, scenario))).toBeUndefined();
        },
      ),
      RUNS,
    );
  });

  it('the invariant check itself catches a broken timeline', () => {
    const { flow, scenario } = fc
      .sample(flowAndScenario({ statuses: 3, robotsPerStatus: 6 }), { seed: 7, numRuns: 200 })
      .find(({ flow: f, scenario: s }) => simulate(f, s).entries.some((e) => e.kind === 'robot.cancelled'))!;
    const t = simulate(flow, scenario);
    expect(violation(flow, t)).toBeUndefined();
    const dropped = {
      ...t,
      entries: t.entries.filter((e) => e.kind !== 'robot.cancelled').map((e, i) => ({ ...e, seq: i + 1 })),
    };
    expect(violation(flow, dropped)).toMatch(/never ended/);
    const reordered = { ...t, entries: [...t.entries].reverse() };
    expect(violation(flow, reordered)).toBeDefined();
  });
});
