import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Flow } from '../../../src/domain/flow';
import { DEFAULT_FLOW, SAMPLE_SCENARIOS } from '../../../src/domain/samples';
import type { Scenario } from '../../../src/domain/scenario';
import { simulate } from '../../../src/engine';
import { exportFlowToBpmn } from '../../../src/io/bpmn';
import { runBpmn } from '../../support/bpmn/harness';
import { randomFlow, randomScenario } from '../../support/bpmn/randomFlows';

/** What the simulator did, in the harness's terms: robot runs (done, failed, skipped), status entries, final status. */
function simulated(flow: Flow, scenario: Scenario) {
  const timeline = simulate(flow, scenario);
  const runs = [];
  const statuses = [];
  for (const e of timeline.entries) {
    if (e.kind === 'robot.done') runs.push({ robot: e.robot, at: e.at, outcome: 'done' });
    if (e.kind === 'robot.failed') runs.push({ robot: e.robot, at: e.at, outcome: 'failed' });
    if (e.kind === 'robot.skipped' && e.reason === 'condition')
      runs.push({ robot: e.robot, at: e.at, outcome: 'skipped' });
    if (e.kind === 'status.entered') statuses.push({ status: e.status, at: e.at });
  }
  return { runs, statuses, finalStatus: timeline.final.status };
}

describe('the exported default flow in bpmn-engine', () => {
  it.each(SAMPLE_SCENARIOS.map((s) => [s.slug, s.scenario] as const))(
    'runs the same robots at the same times and ends in the same status as the simulator: %s',
    async (_, scenario) => {
      const { xml } = await exportFlowToBpmn(DEFAULT_FLOW);
      const bpmn = await runBpmn(DEFAULT_FLOW, xml, scenario);
      expect(bpmn).toEqual(simulated(DEFAULT_FLOW, scenario));
    },
    30_000,
  );
});

describe('randomized small flows in bpmn-engine', () => {
  // The generator keeps to the subset where BPMN and the simulator must agree exactly (see randomFlows.ts).
  it('agree with the simulator on robots, their order and times, and the final status', async () => {
    await fc.assert(
      fc.asyncProperty(randomFlow, randomScenario, async (flow, scenario) => {
        const { xml } = await exportFlowToBpmn(flow);
        expect(await runBpmn(flow, xml, scenario)).toEqual(simulated(flow, scenario));
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
