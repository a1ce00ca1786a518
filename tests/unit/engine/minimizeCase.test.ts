import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EngineCase } from '../../support/engineProperties';
import { denseCases } from '../../support/engineProperties';
import { minimizeCase } from '../../support/minimizeCase';

/* The soak's second shrinking pass: a failing case loses every part the failure does not need. */

const chained = (c: EngineCase) => c.flow.robots.filter((r) => r.after !== null).length;

describe('minimizeCase', () => {
  it('keeps only what the failure needs: two robots, one chained, nothing else', () => {
    const c = fc
      .sample(denseCases(), { seed: 11, numRuns: 50 })
      .find((x) => chained(x) >= 3 && x.flow.triggers.length > 0 && x.scenario.events.length > 0)!;
    const fails = (x: EngineCase) => chained(x) >= 1;
    const small = minimizeCase(c, fails);
    expect(fails(small)).toBe(true);
    expect(small.flow.robots).toHaveLength(2);
    expect(small.flow.triggers).toHaveLength(0);
    expect(small.scenario.events).toHaveLength(0);
    const [first, second] = small.flow.robots;
    expect(second!.after).toBe(first!.id);
    expect(small.flow.statuses.map((s) => s.id)).toEqual(
      expect.arrayContaining([...new Set([small.scenario.start.status, first!.status])]),
    );
    expect(small.flow.statuses.length).toBeLessThanOrEqual(2);
  });

  it('a chained robot keeps a valid "after" when the robot it followed is removed', () => {
    const c = fc.sample(denseCases(), { seed: 4, numRuns: 50 }).find((x) => chained(x) >= 2)!;
    const ids = (x: EngineCase) => new Set(x.flow.robots.map((r) => r.id));
    const small = minimizeCase(c, (x) => x.flow.robots.some((r) => r.id === c.flow.robots.at(-1)!.id));
    expect(small.flow.robots).toHaveLength(1);
    for (const r of small.flow.robots) expect(r.after === null || ids(small).has(r.after)).toBe(true);
  });
});
