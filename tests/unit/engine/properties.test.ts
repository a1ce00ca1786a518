import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine';
import { flowAndScenario } from '../../fixtures/generators';
import { ENGINE_PROPERTIES, denseCases, smallCases, timelineViolation } from '../../support/engineProperties';

/*
 * Properties of every run, over random valid flows and scenarios (tests/support/engineProperties.ts).
 * 500 cases per property from the fixed seed (tests/support/fastCheckSeed.ts), so every run checks
 * the same cases, enough to reach the entry limit, the loop guard and cancellations; `npm run
 * test:soak` runs the same properties ten thousand times on fresh cases.
 */

const RUNS = { numRuns: 500 };
const property = (name: string) => ENGINE_PROPERTIES.find((p) => p.name === name)!;

describe('engine properties', () => {
  it('the same input gives the same timeline', () => {
    fc.assert(
      fc.property(smallCases(), (c) => {
        expect(property('determinism').check(c)).toBeUndefined();
      }),
      RUNS,
    );
  });

  it('seq increases by one, at never decreases, one end closes the run', () => {
    fc.assert(
      fc.property(smallCases(), (c) => {
        expect(property('ordering').check(c)).toBeUndefined();
      }),
      RUNS,
    );
  });

  it('robots run only in the current entry of their status, chains in order, every scheduled run accounted for', () => {
    fc.assert(
      fc.property(denseCases(), (c) => {
        expect(property('runs').check(c)).toBeUndefined();
      }),
      RUNS,
    );
  });

  it('the invariant check itself catches a broken timeline', () => {
    const { flow, scenario } = fc
      .sample(flowAndScenario({ statuses: 3, robotsPerStatus: 6 }), { seed: 7, numRuns: 200 })
      .find(({ flow: f, scenario: s }) => simulate(f, s).entries.some((e) => e.kind === 'robot.cancelled'))!;
    const t = simulate(flow, scenario);
    expect(timelineViolation(flow, t)).toBeUndefined();
    const dropped = {
      ...t,
      entries: t.entries.filter((e) => e.kind !== 'robot.cancelled').map((e, i) => ({ ...e, seq: i + 1 })),
    };
    expect(timelineViolation(flow, dropped)).toMatch(/never ended/);
    const reordered = { ...t, entries: [...t.entries].reverse() };
    expect(timelineViolation(flow, reordered)).toBeDefined();
  });
});
