import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { AnyRobotDefinition } from '../../../src/domain/catalog';
import { ROBOT_DEFINITIONS, defineRobot } from '../../../src/domain/catalog';
import type { Flow, Robot } from '../../../src/domain/flow';
import { robotId, statusId } from '../../../src/domain/ids';
import { lintFlow } from '../../../src/domain/lint';
import { DEFAULT_FLOW, SAMPLE_SCENARIOS } from '../../../src/domain/samples';
import type { RobotType } from '../../../src/domain/types';
import { simulate } from '../../../src/engine';
import { exportFlowToBpmn } from '../../../src/io/bpmn';
import { flowNames } from '../../../src/i18n/timelineText';
import { outputLines } from '../../../src/panels/simulator/outputLines';
import { statusDeletionImpact } from '../../../src/panels/statuses/impact';
import { DEFAULT_ENVIRONMENT } from '../../../src/domain/reference/defaultEnvironment';

/*
 * "Adding a type is adding one module": a robot type that exists only in this test — it beams the
 * order to another status, stamps a tracking number and emits `shipment.shipped` — is registered in
 * memory, and lint, the BPMN export, the status editor's impact and the simulator's output handle it
 * from its declaration alone (no consumer names its type anywhere).
 */

const TYPE = 'test.teleport' as RobotType;

const teleport = defineRobot({
  kind: 'robot',
  type: TYPE,
  title: 'Teleport the order',
  group: 'order',
  description: 'Moves the order and stamps a tracking number.',
  icon: 'status',
  fields: [
    { key: 'destination', label: 'Destination', widget: 'select', required: true, reference: 'statuses' },
  ],
  settingsSchema: z.object({ destination: z.string().min(1) }),
  defaults: { destination: '' },
  summary: (s) => `Beam to ${s.destination ?? '?'}`,
  emits: ['shipment.shipped'],
  moves: { statusSetting: 'destination', cancelsOrder: false },
  writes: () => ['order.trackingNumber'],
  people: () => undefined,
  clientMessage: () => undefined,
  outputLabels: { destination: 'Destination' },
  output: (o) => [{ label: 'Beamed to', value: o.destination, as: 'status' }],
  effect: (s) => ({
    ok: true,
    output: { destination: s.destination },
    set: { 'order.trackingNumber': 'BEAM-1' },
    moveTo: s.destination,
    emit: [{ type: 'shipment.shipped' }],
  }),
});

const registry = ROBOT_DEFINITIONS as Record<string, AnyRobotDefinition>;
beforeAll(() => {
  registry[TYPE] = teleport;
});
afterAll(() => {
  delete registry[TYPE];
});

const robot = (id: string, extra: Partial<Robot> = {}): Robot => ({
  id: robotId(id),
  type: TYPE,
  status: statusId('N'),
  after: null,
  delay: { type: 'immediate' },
  settings: { destination: 'S' },
  ...extra,
});

/** The default design with a teleport from "Accepted" to "Shipped" and a robot chained after it. */
function design(): Flow {
  const flow = structuredClone(DEFAULT_FLOW) as Flow;
  flow.robots.push(robot('beam'), {
    id: robotId('after_beam'),
    type: 'log.write',
    status: statusId('N'),
    after: robotId('beam'),
    delay: { type: 'immediate' },
    settings: { text: 'beamed' },
  });
  return flow;
}

describe('a robot type declared only in memory', () => {
  it('lint reads its move, its written field and its place in chains', () => {
    const flow = design();
    const codes = lintFlow(flow).map((p) => `${p.code} ${p.path}`);
    const beam = flow.robots.findIndex((r) => r.id === 'beam');
    expect(codes).toContain(`OF802 $.robots[${beam + 1}].after`); // the chain ends with the move
    expect(codes).toContain(`OF807 $.robots[${beam}].settings.destination`); // it jumps over "Paid"
    expect(codes).toContain(
      `OF803 $.robots[${flow.robots.findIndex((r) => r.id === 'n_email_reminder')}].delay`,
    );
    // Its destination must exist, as for Change status.
    flow.robots[beam]!.settings.destination = 'Nowhere';
    expect(lintFlow(flow).map((p) => p.code)).toContain('OF402');
  });

  it('lint sees its written field beside another robot writing it', () => {
    const flow = design();
    flow.robots.push({
      id: robotId('set_tracking'),
      type: 'order.update',
      status: statusId('N'),
      after: null,
      delay: { type: 'immediate' },
      settings: { fields: [{ field: 'order.trackingNumber', value: 'X' }] },
    });
    expect(
      lintFlow(flow)
        .filter((p) => p.code === 'OF801')
        .map((p) => p.message),
    ).toEqual([
      expect.stringContaining('“Teleport the order” and “Edit order fields” both write Tracking number'),
    ]);
  });

  it('the status impact lists it as a move into the status', () => {
    expect(statusDeletionImpact(design(), 'S').incoming.map((i) => i.id)).toEqual(['beam']);
  });

  it('the BPMN export sets the status from its declared setting and leaves the status', async () => {
    const { xml } = await exportFlowToBpmn(design());
    expect(xml).toContain('type="orderflow.test.teleport"');
    expect(xml).toMatch(
      /source="=&#34;S&#34;" target="status"|source="=&quot;S&quot;" target="status"|source='="S"' target="status"/,
    );
    expect(xml).toContain('id="Move_beam"');
  });

  it('the simulator runs its effect and shows its output as declared', () => {
    const flow = design();
    const scenario = SAMPLE_SCENARIOS[0]!.scenario;
    const timeline = simulate(flow, scenario);
    const done = timeline.entries.find((e) => e.kind === 'robot.done' && e.robot === 'beam');
    expect(done).toBeDefined();
    expect(timeline.entries.some((e) => e.kind === 'status.entered' && e.status === 'S')).toBe(true);
    const output = done!.kind === 'robot.done' ? done!.output : {};
    const lines = outputLines(TYPE, output, {
      names: flowNames(flow),
      environment: DEFAULT_ENVIRONMENT,
      timezone: 'UTC',
    });
    expect(lines).toEqual([['Beamed to', 'Shipped']]);
  });
});
