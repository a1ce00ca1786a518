import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine';
import type { Explanation } from '../../../src/engine/explain';
import {
  explainAt,
  explainRun,
  formatExplanation,
  observeRun,
  shortExplanation,
} from '../../../src/engine/explain';
import { flowNames } from '../../../src/engine/names';
import { createTranslator } from '../../../src/i18n';
import russian from '../../../src/i18n/messages/all.ru';
import { flow, log, scenario } from './helpers';

/* Why a robot or trigger did not do its thing: one reason each, with the deciding values. */

const f = flow({
  statuses: ['A', 'B', 'C', 'D'],
  robots: [
    log('done', 'A'),
    log('off', 'A', { disabled: true }),
    log('cond', 'A', {
      condition: {
        all: [
          { field: 'order.price', op: 'gt', value: 500 },
          { field: 'order.id', op: 'eq', value: '1' },
        ],
      },
    }),
    {
      id: 'fail',
      type: 'order.update',
      status: 'A',
      settings: { fields: [{ field: 'order.nope', value: 'x' }] },
    },
    log('slow', 'A', { delay: { type: 'after', value: 5, unit: 'days' } }),
    log('late', 'B', { delay: { type: 'after', value: 90, unit: 'days' } }),
    {
      id: 'move',
      type: 'order.status',
      status: 'B',
      settings: { statusId: 'C' },
      delay: { type: 'after', value: 1, unit: 'hours' },
    },
    log('behind', 'B', { after: 'move' }),
    log('never', 'D'),
  ],
  triggers: [
    { id: 'tPay', type: 'payment.received', status: 'B' },
    { id: 'tPay2', type: 'payment.received', status: 'C' },
    { id: 'tLink', type: 'email.linkClicked', status: 'C', settings: { url: 'https://a.example' } },
    {
      id: 'tCond',
      type: 'site.visit',
      status: 'D',
      condition: { field: 'order.paid', op: 'eq', value: true },
    },
    { id: 'tBack', type: 'order.delivered', status: 'A' },
    { id: 'tShip', type: 'shipment.shipped', status: 'D' },
  ],
});
const s = scenario({
  until: 'P30D',
  events: [
    { at: 'PT1M', type: 'payment.received' },
    { at: 'PT2M', type: 'email.linkClicked', data: { url: 'https://b.example' } },
    { at: 'PT3M', type: 'site.visit' },
    { at: 'PT4M', type: 'order.delivered' },
  ],
});
const t = simulate(f, s);
const explained = explainRun(f, s, t);
const byId = (id: string) => explained.find((e) => e.id === id);
const text = (e: Explanation | undefined) => formatExplanation(e!, flowNames(f, true), (at) => at);

describe('explanations', () => {
  it('a robot that was done and a trigger that fired need none', () => {
    expect(byId('done')).toBeUndefined();
    expect(byId('tPay')).toBeUndefined();
  });

  it('robots: disabled, condition false with each clause, failed, cancelled, waiting, chain stopped, status never entered', () => {
    expect(byId('off')?.reason).toBe('disabled');
    expect(byId('cond')).toMatchObject({
      reason: 'condition-false',
      clauses: [
        { field: 'order.price', op: 'gt', value: 500, actual: 100, holds: false },
        { field: 'order.id', op: 'eq', value: '1', actual: '1', holds: true },
      ],
    });
    expect(text(byId('cond'))).toContain('order.price is more than 500 — it was 100 (false)');
    expect(byId('fail')).toMatchObject({ reason: 'failed', error: 'Unknown field "order.nope"' });
    expect(byId('slow')).toMatchObject({ reason: 'cancelled', status: 'A', canceled: false });
    expect(byId('late')).toMatchObject({ reason: 'cancelled', status: 'B' });
    expect(byId('behind')).toMatchObject({ reason: 'chain-stopped', previous: 'move' });
    expect(byId('never')).toMatchObject({ reason: 'status-not-entered', status: 'D' });
  });

  it('triggers: another fired first, a filter did not match, condition false, backward, event never came', () => {
    expect(byId('tPay2')).toMatchObject({ reason: 'other-trigger', fired: 'tPay' });
    expect(byId('tLink')).toMatchObject({
      reason: 'filter',
      setting: 'url',
      expected: 'https://a.example',
      actual: 'https://b.example',
    });
    expect(byId('tCond')).toMatchObject({
      reason: 'condition-false',
      clauses: [{ field: 'order.paid', actual: false, holds: false }],
    });
    expect(byId('tBack')).toMatchObject({ reason: 'backward', status: 'B' });
    expect(text(byId('tBack'))).toContain('"allow moving back" is off');
    expect(byId('tShip')).toMatchObject({ reason: 'event-never-came', event: 'shipment.shipped' });
  });

  it('a robot still queued at the end is waiting, with its run time', () => {
    const short = { ...s, until: 'PT30M', events: [] };
    const e = explainRun(f, short, simulate(f, short)).find((x) => x.id === 'slow');
    expect(e).toMatchObject({ reason: 'waiting-at-end', runAt: '2024-01-15T08:00:00.000Z' });
  });

  it("the order already in the trigger's status", () => {
    const g = flow({ statuses: ['A', 'B'], triggers: [{ id: 'tHere', type: 'site.return', status: 'A' }] });
    const sc = scenario({ events: [{ at: 'PT1M', type: 'site.return' }] });
    const e = explainRun(g, sc, simulate(g, sc));
    expect(e).toEqual([
      { node: 'trigger', id: 'tHere', reason: 'already-there', at: '2024-01-10T08:01:00.000Z', status: 'A' },
    ]);
  });

  it('at a moment of playback, only what has happened by then; at the last entry, the whole run', () => {
    const observed = observeRun(f, s);
    const at = (position: number) => explainAt(f, t, observed, position).map((e) => `${e.id}:${e.reason}`);
    const skipped = t.entries.findIndex((e) => e.kind === 'robot.skipped' && e.robot === 'cond');
    expect(at(skipped - 1)).not.toContain('cond:condition-false');
    expect(at(skipped)).toContain('cond:condition-false');
    // What only the end can tell is not said before it.
    expect(at(skipped)).not.toContain('never:status-not-entered');
    expect(at(skipped)).not.toContain('tShip:event-never-came');
    const clicked = t.entries.findIndex((e) => e.kind === 'event' && e.event === 'email.linkClicked');
    expect(at(clicked - 1)).not.toContain('tLink:filter');
    expect(at(clicked)).toContain('tLink:filter');
    expect(explainAt(f, t, observed, t.entries.length - 1)).toEqual(explained);
    expect(explainAt(f, t, observed)).toEqual(explained);
  });

  it('each reason has a few words for its card, the deciding value included', () => {
    const names = flowNames(f, false);
    expect(shortExplanation(byId('cond')!, names)).toBe('Condition false: Order amount was 100');
    expect(shortExplanation(byId('tLink')!, names)).toBe('Event came, the link did not match');
    // Two triggers of the design are called "Payment": the namer tells them apart by their status.
    expect(shortExplanation(byId('tPay2')!, names)).toBe('"Payment (in Status B)" fired first');
    expect(shortExplanation(byId('never')!, names)).toBe('Never entered "Status D"');
  });
});

describe('explanations in Russian', () => {
  const ru = createTranslator('ru', russian);
  it('writes the sentence and the few words of a card in Russian', () => {
    const names = flowNames(f, false);
    expect(shortExplanation(byId('never')!, names, ru)).toBe('Не попал в "Status D"');
    expect(shortExplanation(byId('off')!, names, ru)).toBe('Отключён');
    expect(formatExplanation(byId('never')!, names, (at) => at, ru)).toBe(
      'заказ так и не попал в статус "Status D"',
    );
    expect(formatExplanation(byId('tPay2')!, names, (at) => at, ru)).toMatch(
      /^событие пришло в .+, но раньше по порядку в воронке стоит триггер "Payment.*" — сработал он$/,
    );
  });
});
