import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../src/domain/condition';
import type { Flow, Robot } from '../../../src/domain/flow';
import { robotId, statusId } from '../../../src/domain/ids';
import { lintFlow } from '../../../src/domain/lint';
import { parseJsonPath } from '../../../src/panels/problems/locate';
import { simulate } from '../../../src/engine';
import { flowAndScenario } from '../../fixtures/generators';

/*
 * The "never runs" hazards (OF802 after a move, OF803 always cancelled, OF805 a condition that
 * never holds) must agree with the simulator: a robot the analysis calls never-run is never done in
 * any simulated scenario. Random designs rarely hold these hazards by chance, so each draw plants
 * some — an immediate unconditional move, a robot chained after a move, a contradictory condition —
 * into a generated flow. The seed is fixed, so CI sees the same designs every time.
 */

const CONTRADICTION: Condition = {
  all: [
    { field: 'order.price', op: 'gt', value: 300 },
    { field: 'order.price', op: 'lte', value: 200 },
  ],
};

interface Plant {
  moverIn: number;
  moveTo: number;
  chainAfterMover: boolean;
  contradictionAt: number;
}

function plant(flow: Flow, p: Plant): Flow {
  const doc = structuredClone(flow) as Flow;
  const statuses = doc.statuses;
  const from = statuses[p.moverIn % statuses.length]!;
  const to = statuses[p.moveTo % statuses.length]!;
  const mover: Robot = {
    id: robotId('planted_move'),
    type: 'order.status',
    status: statusId(from.id),
    after: null,
    delay: { type: 'immediate' },
    settings: { statusId: to.id },
  };
  doc.robots.push(mover);
  if (p.chainAfterMover)
    doc.robots.push({
      id: robotId('planted_after'),
      type: 'log.write',
      status: statusId(from.id),
      after: mover.id,
      delay: { type: 'immediate' },
      settings: { text: 'after the move' },
    });
  const target = doc.robots[p.contradictionAt % doc.robots.length];
  if (target && target !== mover) target.condition = structuredClone(CONTRADICTION);
  return doc;
}

/**
 * The robots the lint says never run. OF802 and OF803 robots are never reached or always cancelled,
 * so the robots after them never run either; an OF805 robot is skipped, and its chain goes on.
 */
function neverRun(flow: Flow): Set<string> {
  const cut = new Set<string>();
  const skipped = new Set<string>();
  for (const p of lintFlow(flow)) {
    if (p.code !== 'OF802' && p.code !== 'OF803' && p.code !== 'OF805') continue;
    const [section, index] = parseJsonPath(p.path);
    const robot = section === 'robots' && typeof index === 'number' ? flow.robots[index] : undefined;
    if (robot) (p.code === 'OF805' ? skipped : cut).add(robot.id);
  }
  for (let grew = true; grew;) {
    grew = false;
    for (const r of flow.robots)
      if (r.after !== null && cut.has(r.after) && !cut.has(r.id)) {
        cut.add(r.id);
        grew = true;
      }
  }
  return new Set([...cut, ...skipped]);
}

describe('the never-runs hazards agree with the simulator', () => {
  it('a robot lint calls never-run is never done, on random designs with planted hazards', () => {
    let flagged = 0;
    fc.assert(
      fc.property(
        flowAndScenario(),
        fc.record({
          moverIn: fc.nat(),
          moveTo: fc.nat(),
          chainAfterMover: fc.boolean(),
          contradictionAt: fc.nat(),
        }),
        ({ flow, scenario }, p) => {
          const design = plant(flow, p);
          const never = neverRun(design);
          flagged += never.size;
          const done = simulate(design, scenario).entries.filter((e) => e.kind === 'robot.done');
          for (const e of done) expect(never.has(e.robot), `${e.robot} ran`).toBe(false);
        },
      ),
      { seed: 20261206, numRuns: 300 },
    );
    // The planted hazards were found: the test judged something.
    expect(flagged).toBeGreaterThan(300);
  });
});
