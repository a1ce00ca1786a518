import fc from 'fast-check';
import type { Condition } from '../../../src/domain/condition';
import type { Delay } from '../../../src/domain/delay';
import type { Flow, FlowInput } from '../../../src/domain/flow';
import { flowSchema } from '../../../src/domain/flow';
import type { Scenario, ScenarioInput } from '../../../src/domain/scenario';
import { scenarioSchema } from '../../../src/domain/scenario';

/*
 * Small random flows and scenarios for comparing the BPMN export, run in bpmn-engine, with the
 * simulator. The generator keeps to the subset where the two must agree exactly:
 * - conditions sit only on robots behind a timer that always lies ahead (after N ≥ 1 units): Zeebe
 *   evaluates the condition gateway of a robot without a pending timer as soon as its branch reaches
 *   it, the simulator when the queued run starts — the same instant, but after the runs queued
 *   before it, so a skip (and the robots after it) would come earlier in the BPMN run; Zeebe does
 *   not order jobs of one instant anyway. The conditions also read only fields that no robot or
 *   event changes (price, currency, shop title, contact name);
 * - robots and triggers only move the order forward and never to its own status, so a run has no
 *   loops (BPMN has no loop guard, docs/semantics.md §4 rule 11) — and a move to the same status is re-entered at
 *   the same instant, which bpmn-engine's process-wide escalations cannot tell from the move itself;
 * - time zones: UTC and America/Los_Angeles (calendar days across the March DST change); the basis
 *   fields are always set, so "Cannot schedule" (a failure in the simulator, a skipped branch in
 *   BPMN) does not occur; working-hours delays are included: the harness's "compute run time"
 *   worker uses the simulator's own rule, which is what a Camunda worker should do.
 */

const START = '2025-03-03T17:00:00Z';
const STATUS_IDS = ['S0', 'S1', 'S2', 'S3'];

const staticCondition: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({
    field: fc.constant('order.price'),
    op: fc.constantFrom('gt', 'lte'),
    value: fc.constantFrom(50, 100, 200),
  }),
  fc.record({
    field: fc.constant('order.currency'),
    op: fc.constantFrom('eq', 'ne'),
    value: fc.constantFrom('USD', 'EUR'),
  }),
  fc.record({
    field: fc.constant('order.currency'),
    op: fc.constantFrom('in', 'notIn'),
    value: fc.constant(['USD', 'GBP']),
  }),
  fc.record({
    field: fc.constant('order.shopTitle'),
    op: fc.constantFrom('contains', 'notContains'),
    value: fc.constant('Leaf'),
  }),
  fc.record({ field: fc.constant('contact.name'), op: fc.constantFrom('empty', 'notEmpty') }),
) as fc.Arbitrary<Condition>;

const condition: fc.Arbitrary<Condition | undefined> = fc.option(
  fc.oneof(
    { weight: 3, arbitrary: staticCondition },
    { weight: 1, arbitrary: fc.array(staticCondition, { maxLength: 2 }).map((all) => ({ all })) },
    { weight: 1, arbitrary: fc.array(staticCondition, { maxLength: 2 }).map((any) => ({ any })) },
    { weight: 1, arbitrary: staticCondition.map((not) => ({ not })) },
  ),
  { nil: undefined },
);

const delay: fc.Arbitrary<Delay> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ type: 'immediate' as const }) },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('after' as const),
      value: fc.integer({ min: 0, max: 8 }),
      unit: fc.constantFrom('minutes' as const, 'hours' as const, 'days' as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('after' as const),
      value: fc.integer({ min: 1, max: 3 }),
      unit: fc.constantFrom('hours' as const, 'days' as const),
      basis: fc.constant('order.dateInsert'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('before' as const),
      value: fc.integer({ min: 1, max: 60 }),
      unit: fc.constantFrom('hours' as const),
      basis: fc.constant('order.deliveryDate'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        type: fc.constant('at' as const),
        basis: fc.constant('order.deliveryDate'),
        time: fc.constantFrom('08:00', '21:30'),
      },
      { requiredKeys: ['type', 'basis'] },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('after' as const),
      value: fc.integer({ min: 1, max: 20 }),
      unit: fc.constant('hours' as const),
      workTime: fc.constant(true),
    }),
  },
);

/** A delay whose timer always fires after the robot is reached (see the note at the top). */
const timerAhead = (d: Delay): boolean =>
  d.type === 'after' && d.basis === undefined && !d.workTime && d.value >= 1;

type RobotKind =
  'log.write' | 'order.comment' | 'order.pay' | 'order.allowDelivery' | 'order.ship' | 'order.status';

const robotDraft = fc.record({
  type: fc.constantFrom<RobotKind>(
    'log.write',
    'order.comment',
    'order.pay',
    'order.allowDelivery',
    'order.ship',
    'order.status',
  ),
  afterPick: fc.nat(4),
  chained: fc.boolean(),
  delay,
  condition,
  disabled: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
  target: fc.nat(3),
});

const triggerDraft = fc.record({
  type: fc.constantFrom('payment.received', 'shipment.shipped', 'shipment.allowed', 'webhook'),
  status: fc.nat(3),
  paidOnly: fc.boolean(),
});

export const randomFlow: fc.Arbitrary<Flow> = fc
  .record({
    statusCount: fc.integer({ min: 2, max: 4 }),
    timezone: fc.constantFrom('UTC', 'America/Los_Angeles'),
    robots: fc.array(fc.tuple(fc.nat(3), robotDraft), { maxLength: 7 }),
    triggers: fc.array(triggerDraft, { maxLength: 4 }),
  })
  .map(({ statusCount, timezone, robots, triggers }) => {
    const statuses = STATUS_IDS.slice(0, statusCount);
    const placed: { id: string; status: number }[] = [];
    const doc: FlowInput = {
      format: 'orderflow.flow',
      version: 1,
      id: 'random',
      name: 'Random',
      settings: { timezone },
      statuses: statuses.map((id) => ({ id, name: `Status ${id}`, semantics: 'process', color: '#2f80ed' })),
      robots: robots.flatMap(([statusPick, r], i) => {
        const status = statusPick % statusCount;
        const id = `r${i}`;
        const earlier = placed.filter((p) => p.status === status);
        const after = r.chained && earlier.length > 0 ? earlier[r.afterPick % earlier.length]!.id : null;
        let type: RobotKind = r.type;
        let settings: Record<string, unknown> = {};
        if (type === 'order.status') {
          // Forward only, never to its own status: no loops.
          const later = statuses.slice(status + 1);
          if (later.length === 0) type = 'log.write';
          else settings = { statusId: later[r.target % later.length] };
        }
        if (type === 'log.write' || type === 'order.comment')
          settings = { text: `robot ${id} on {{order.id}}` };
        placed.push({ id, status });
        return [
          {
            id,
            type,
            status: statuses[status]!,
            after,
            delay: r.delay,
            ...(r.condition && timerAhead(r.delay) ? { condition: r.condition } : {}),
            ...(r.disabled ? { disabled: true } : {}),
            settings,
          },
        ];
      }),
      triggers: triggers.map((t, i) => ({
        id: `t${i}`,
        type: t.type as 'webhook',
        status: statuses[t.status % statusCount]!,
        allowBackward: false,
        ...(t.paidOnly ? { condition: { field: 'order.paid', op: 'eq' as const, value: true } } : {}),
        settings: t.type === 'webhook' ? { code: 'hook' } : {},
      })),
    };
    return flowSchema.parse(doc);
  });

export const randomScenario: fc.Arbitrary<Scenario> = fc
  .record({
    price: fc.constantFrom(30, 100, 150, 500),
    currency: fc.constantFrom('USD', 'EUR', 'GBP'),
    name: fc.constantFrom('', 'Ada'),
    events: fc.array(
      fc.record({
        at: fc.constantFrom('PT0S', 'PT30M', 'PT2H', 'P1D', 'P2DT1H', 'P5D'),
        type: fc.constantFrom('payment.received', 'shipment.shipped', 'shipment.allowed', 'webhook'),
        paid: fc.boolean(),
      }),
      { maxLength: 3 },
    ),
  })
  .map(({ price, currency, name, events }) => {
    const doc: ScenarioInput = {
      format: 'orderflow.scenario',
      version: 1,
      name: 'Random order',
      start: { status: 'S0', at: START },
      order: {
        id: '42',
        price,
        currency,
        shopTitle: 'Green Leaf Store',
        dateInsert: START,
        deliveryDate: '2025-03-06T15:00:00Z',
      },
      contact: { name, phones: [], emails: [], chat: '' },
      events: events.map((e) => ({
        at: e.at,
        type: e.type as 'webhook',
        ...(e.type === 'webhook' ? { data: { code: 'hook' } } : {}),
        ...(e.type === 'payment.received' && e.paid ? { data: { order: { paid: true } } } : {}),
      })),
    };
    return scenarioSchema.parse(doc);
  });
