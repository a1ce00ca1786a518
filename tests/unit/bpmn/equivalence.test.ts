import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Flow } from '../../../src/domain/flow';
import { DEFAULT_FLOW, SAMPLE_SCENARIOS } from '../../../src/domain/samples';
import type { Scenario } from '../../../src/domain/scenario';
import { scenarioSchema } from '../../../src/domain/scenario';
import { simulate } from '../../../src/engine';
import { exportFlowToBpmn } from '../../../src/io/bpmn';
import { FEATURE_FLOW } from '../../support/bpmn/featureFlow';
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

describe('the exported feature flow in bpmn-engine', () => {
  // Europe/Berlin, working hours, a disabled robot, before/at delays (an empty basis included),
  // fan-out, two payment triggers on one status, a backward webhook trigger and a cancel.
  const scenario = (events: unknown[]) =>
    scenarioSchema.parse({
      format: 'orderflow.scenario',
      version: 1,
      name: 'Feature order',
      start: { status: 'A', at: '2025-03-28T08:00:00Z' },
      order: {
        id: '7',
        price: 120,
        currency: 'EUR',
        shopTitle: 'Shop "Best"',
        dateInsert: '2025-03-28T08:00:00Z',
        deliveryDate: '2025-03-31T10:00:00Z',
        custom: { 'gift-wrap': true, note: 'fragile glass' },
      },
      contact: { name: 'Ada', phones: [{ type: 'MOBILE', value: '+49 151' }], emails: [], chat: '' },
      events,
    });

  it.each([
    ['no events', []],
    [
      'paid, then a webhook back to New',
      [
        { at: 'PT5H', type: 'payment.received', data: { order: { paid: true } } },
        { at: 'P1D', type: 'webhook', data: { code: 'abc123' } },
      ],
    ],
    [
      'an unpaid payment event and a link click that matches no trigger',
      [
        { at: 'PT1H', type: 'payment.received' },
        { at: 'PT2H', type: 'email.linkClicked', data: { url: 'https://shop.example/other' } },
      ],
    ],
  ])(
    'agrees with the simulator: %s',
    async (_, events) => {
      const s = scenario(events);
      const { xml } = await exportFlowToBpmn(FEATURE_FLOW);
      expect(await runBpmn(FEATURE_FLOW, xml, s)).toEqual(simulated(FEATURE_FLOW, s));
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
      { numRuns: 150 },
    );
  }, 120_000);
});
