import { describe, expect, it } from 'vitest';
import { createRun } from '../../../src/engine';
import { FIXTURES, flow, line, log, readJson, run, scenario } from './helpers';
import { flowSchema } from '../../../src/domain/flow';
import { scenarioSchema } from '../../../src/domain/scenario';

/*
 * The edges of docs/semantics.md §4 that no worked example reaches: each test below fails when the
 * one comparison or ordering it names is changed in the interpreter.
 */

const T0 = '2024-01-10T08:00:00.000Z';
const H1 = '2024-01-10T09:00:00.000Z';
const H2 = '2024-01-10T10:00:00.000Z';

describe('engine edges', () => {
  it('rule 7: a trigger condition decides between two targets', () => {
    const f = flow({
      statuses: ['A', 'B', 'C'],
      triggers: [
        // B comes first in the walk, but only a paid order goes there.
        {
          id: 'toB',
          type: 'payment.received',
          status: 'B',
          condition: { field: 'order.paid', op: 'eq', value: true },
        },
        { id: 'toC', type: 'payment.received', status: 'C' },
      ],
    });
    const event = (paid: boolean) =>
      scenario({ events: [{ at: 'PT1H', type: 'payment.received', data: { order: { paid } } }] });
    expect(run(f, event(true)).lines).toContain('trigger.fired toB A>B');
    expect(run(f, event(false)).lines).toContain('trigger.fired toC A>C');
    expect(run(f, event(false)).timeline.final.status).toBe('C');
  });

  it('rule 11: a job exactly at `until` runs; only a later one ends the run', () => {
    const f = flow({
      robots: [
        log('atUntil', 'A', { delay: { type: 'after', value: 1, unit: 'hours' } }),
        log('later', 'A', { delay: { type: 'after', value: 2, unit: 'hours' } }),
      ],
    });
    const { lines, timeline } = run(f, scenario({ until: 'PT1H' }));
    expect(lines.slice(-2)).toEqual(['robot.done atUntil', 'end until']);
    expect(timeline.entries.at(-1)!.at).toBe(H1);
    expect(timeline.final.pending).toEqual([{ robot: 'later', runAt: H2 }]);
  });

  it('§4.2: an `until` before the start is taken as the start', () => {
    const f = flow({
      robots: [log('now', 'A'), log('later', 'A', { delay: { type: 'after', value: 1, unit: 'hours' } })],
    });
    const { lines, timeline } = run(f, scenario({ until: '2024-01-01T00:00:00Z' }));
    // The immediate robot is due at the start, which is not later than the raised `until`.
    expect(lines).toContain('robot.done now');
    expect(lines.at(-1)).toBe('end until');
    expect(timeline.entries.every((e) => e.at >= T0)).toBe(true);
    expect(timeline.entries.at(-1)!.at).toBe(T0);
  });

  it('rule 11: when the entry limit strikes at robot.done, the robot changed nothing and stays pending', () => {
    const f = flow({
      robots: [
        {
          id: 'pay',
          type: 'order.update',
          status: 'A',
          settings: { fields: [{ field: 'order.trackingNumber', value: 'TRK-1' }] },
        },
      ],
    });
    // status.entered, robot.scheduled, then the limit where robot.done would be.
    const { lines, timeline } = run(f, scenario({ limits: { maxEntries: 2 } }));
    expect(lines).toEqual(['status.entered A', `robot.scheduled pay ${T0}`, 'end limit']);
    expect(timeline.final.order).not.toHaveProperty('trackingNumber');
    expect(timeline.final.pending).toEqual([{ robot: 'pay', runAt: T0 }]);
    // With room for one more entry the same robot writes the field.
    expect(run(f, scenario({ limits: { maxEntries: 3 } })).timeline.final.order).toMatchObject({
      trackingNumber: 'TRK-1',
    });
  });

  it('skipDelay on a robot that already ran does nothing', () => {
    const ex2 = {
      flow: flowSchema.parse(readJson(new URL('ex2-never-paid.flow.json', FIXTURES))),
      scenario: scenarioSchema.parse(readJson(new URL('ex2-never-paid.scenario.json', FIXTURES))),
    };
    const paused = createRun(ex2.flow, ex2.scenario);
    const before = paused.runUntil('2024-11-01T14:00:00Z').map(line);
    expect(before).toContain('robot.done r1');
    expect(paused.skipDelay('r1')).toBe(false);
    const untouched = createRun(ex2.flow, ex2.scenario);
    untouched.runUntil('2024-11-01T14:00:00Z');
    const rest = (r: typeof paused) => {
      const out: string[] = [];
      for (let e = r.next(); e; e = r.next()) out.push(line(e));
      return out;
    };
    expect(rest(paused)).toEqual(rest(untouched));
  });
});
