import { describe, expect, it } from 'vitest';
import { flowSchema } from '../../../src/domain/flow';
import { scenarioSchema } from '../../../src/domain/scenario';
import type { TimelineEntry } from '../../../src/domain/timeline';
import { createRun, simulate } from '../../../src/engine';
import { FIXTURES, line, readJson } from './helpers';

/* The step API the browser's simulator and a backend's paused runs use. */

const load = (flowName: string, scenarioName: string) => ({
  flow: flowSchema.parse(readJson(new URL(`${flowName}.flow.json`, FIXTURES))),
  scenario: scenarioSchema.parse(readJson(new URL(`${scenarioName}.scenario.json`, FIXTURES))),
});
const ex1 = load('ex1-paid-shipped', 'ex1-paid-shipped');
const ex2 = load('ex2-never-paid', 'ex2-never-paid');

function drain(next: () => TimelineEntry | undefined): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (let e = next(); e; e = next()) out.push(e);
  return out;
}

describe('step API', () => {
  it('next() hands out the timeline one entry at a time, then undefined', () => {
    const run = createRun(ex1.flow, ex1.scenario);
    const first = run.next();
    expect(first).toMatchObject({ seq: 1, kind: 'status.entered', status: 'N' });
    const rest = drain(() => run.next());
    expect([first, ...rest]).toEqual(simulate(ex1.flow, ex1.scenario).entries);
    expect(run.ended).toBe(true);
    expect(run.next()).toBeUndefined();
    expect(run.timeline()).toEqual(simulate(ex1.flow, ex1.scenario));
  });

  it('runUntil(instant) runs what is due by then and stops before later jobs', () => {
    const run = createRun(ex1.flow, ex1.scenario);
    const firstTwoHours = run.runUntil('2024-03-29T19:30:00Z');
    expect(firstTwoHours.at(-1)).toMatchObject({ kind: 'event', event: 'email.sent', robot: 'paidMail' });
    expect(run.now).toBe('2024-03-29T19:30:00.000Z');
    expect(run.ended).toBe(false);
    expect(run.peekQueue()).toEqual([
      { kind: 'event', event: 'shipment.shipped', at: '2024-03-30T19:30:00.000Z', source: 'reaction' },
      { kind: 'robot', robot: 'task', at: '2024-04-02T07:00:00.000Z' },
      { kind: 'event', event: 'order.delivered', at: '2024-04-03T10:00:00.000Z', source: 'scenario' },
    ]);
    const rest = run.runUntil('2024-12-31T00:00:00Z');
    expect(rest.at(-1)).toMatchObject({ kind: 'end', reason: 'idle' });
    expect([...firstTwoHours, ...rest]).toEqual(simulate(ex1.flow, ex1.scenario).entries);
  });

  it('peekQueue() lists queued runs and events in queue order', () => {
    const run = createRun(ex2.flow, ex2.scenario);
    expect(run.peekQueue().map((j) => (j.kind === 'robot' ? j.robot : j.event))).toEqual([
      'r1',
      'rDue',
      'rAfterDis',
      'rAt',
      'rCancel',
      'rLate',
      'rLate2',
    ]);
  });

  it('skipDelay(robot) runs a waiting robot now, and its successors follow', () => {
    const run = createRun(ex2.flow, ex2.scenario);
    run.runUntil('2024-11-01T14:00:00Z');
    expect(run.skipDelay('nobody')).toBe(false);
    expect(run.skipDelay('rCancel')).toBe(true);
    const entries = drain(() => run.next()).map(line);
    expect(entries.slice(0, 4)).toEqual([
      'robot.done rCancel',
      'robot.cancelled rAt order.canceled',
      'robot.cancelled rLate order.canceled',
      'robot.cancelled rLate2 order.canceled',
    ]);
    const timeline = run.timeline();
    const done = timeline.entries.find((e) => e.kind === 'robot.done' && e.robot === 'rCancel');
    // It ran at the simulated "now", days before its delay.
    expect(done?.at).toBe('2024-11-01T14:00:00.000Z');
    expect(timeline.final.status).toBe('D');
  });

  it('snapshot()/restore() round trip as plain JSON gives the same timeline', () => {
    for (const { flow, scenario } of [ex1, ex2]) {
      const expected = simulate(flow, scenario);
      for (const pauseAfter of [1, 7, 15, 25]) {
        const first = createRun(flow, scenario);
        const before: TimelineEntry[] = [];
        for (let i = 0; i < pauseAfter; i++) before.push(first.next()!);
        const stored = JSON.stringify(first.snapshot());
        const resumed = createRun(flow, scenario);
        resumed.restore(JSON.parse(stored));
        const after = drain(() => resumed.next());
        expect([...before, ...after]).toEqual(expected.entries);
        expect(resumed.timeline()).toEqual(expected);
      }
    }
  });

  it('restore() refuses a snapshot of another flow', () => {
    const snapshot = createRun(ex1.flow, ex1.scenario).snapshot();
    expect(() => createRun(ex2.flow, ex2.scenario).restore(snapshot)).toThrow(/flow "ex1"/);
  });
});
