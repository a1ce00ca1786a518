import { describe, expect, it } from 'vitest';
import { expectationSchema } from '../../../src/domain/expectations';
import { flowSchema } from '../../../src/domain/flow';
import { scenarioSchema } from '../../../src/domain/scenario';
import type { Scenario } from '../../../src/domain/scenario';
import { simulate } from '../../../src/engine';
import { judgeExpectations } from '../../../src/engine/expectations';
import { FIXTURES, flow, log, readJson, scenario } from '../engine/helpers';

/* docs/semantics.md §5 Expectations: every kind, `by`, outputs, fields, and what a false one says happened. */

const ex1 = flowSchema.parse(readJson(new URL('ex1-paid-shipped.flow.json', FIXTURES)));
const ex4 = scenarioSchema.parse(readJson(new URL('ex4-expectations.scenario.json', FIXTURES)));

function judge(expect: unknown[], s: Scenario = ex4, f = ex1, ids = true) {
  const sc = { ...s, expect: expect.map((e) => expectationSchema.parse(e)) };
  return judgeExpectations(f, sc, simulate(f, sc), { ids });
}
const one = (e: unknown, ids = true) => judge([e], ex4, ex1, ids)[0]!;

describe('expectations', () => {
  it('the shared example holds in full, and its broken twin fails on expect[3] only', () => {
    expect(judge(ex4.expect!).every((v) => v.holds)).toBe(true);
    const ex4b = scenarioSchema.parse(readJson(new URL('ex4b-expectations-fail.scenario.json', FIXTURES)));
    const verdicts = judgeExpectations(ex1, ex4b, simulate(ex1, ex4b));
    expect(verdicts.filter((v) => !v.holds).map((v) => v.index)).toEqual([3]);
    expect(verdicts[3]!.statement).toBe('robot "Create a task" (task) is done');
    expect(verdicts[3]!.instead).toBe(
      'it was cancelled at +1d 02:00 (2024-03-30 20:30 in Europe/Berlin) when the order left "Paid, preparing for shipment" (P)',
    );
  });

  it('robot outcomes: done, failed, skipped, cancelled, not-run, pending', () => {
    expect(one({ robot: 'gen', is: 'done' }).holds).toBe(true);
    expect(one({ robot: 'gen', is: 'failed' })).toMatchObject({
      holds: false,
      instead: expect.stringMatching(/^it was done at \+0d 00:00/),
    });
    expect(one({ robot: 'remind', is: 'not-run' }).holds).toBe(true);
    expect(one({ robot: 'sms1', is: 'not-run' })).toMatchObject({
      holds: false,
      instead: expect.stringMatching(/^it was done at/),
    });
    expect(one({ robot: 'task', is: 'pending' })).toMatchObject({
      holds: false,
      instead: expect.stringMatching(/^it was cancelled/),
    });
    expect(one({ robot: 'track', is: 'skipped' }).holds).toBe(false);
    expect(one({ robot: 'nope', is: 'done' })).toMatchObject({
      holds: false,
      instead: 'the design has no such robot',
    });
  });

  it('pending reads final.pending, and a robot never reached says why', () => {
    const f = flow({
      statuses: ['A', 'B'],
      robots: [log('late', 'A', { delay: { type: 'after', value: 40, unit: 'days' } }), log('b1', 'B')],
    });
    const s = scenario({ until: 'P1D' });
    const [pending, never] = judge(
      [
        { robot: 'late', is: 'pending', by: 'P41D' },
        { robot: 'b1', is: 'done' },
      ],
      s,
      f,
    );
    expect(pending!.holds).toBe(true);
    expect(never).toMatchObject({
      holds: false,
      instead: 'it was never reached: the order never entered "Status B" (B)',
    });
    const [early] = judge([{ robot: 'late', is: 'pending', by: 'P2D' }], s, f);
    expect(early!.holds).toBe(false);
  });

  it('`by` is a deadline: an entry later than it does not count, and the line says when it came', () => {
    expect(one({ robot: 'call', is: 'done', by: 'P1D' })).toMatchObject({
      holds: false,
      instead: expect.stringMatching(/^it was done only at \+2d 01:00/),
    });
    expect(one({ robot: 'call', is: 'done', by: '2024-04-01T00:00:00Z' }).holds).toBe(true);
    expect(one({ status: 'S', is: 'entered', by: 'P1D' })).toMatchObject({
      holds: false,
      instead: expect.stringMatching(/^it was entered only at \+1d 02:00/),
    });
    expect(one({ robot: 'call', is: 'not-run', by: 'P1D' }).holds).toBe(true);
  });

  it('statuses: entered, not entered, final', () => {
    expect(one({ status: 'D', is: 'not-entered' }).holds).toBe(true);
    expect(one({ status: 'P', is: 'not-entered' })).toMatchObject({
      holds: false,
      instead: expect.stringMatching(
        /^the order entered it at \+0d 02:00 .* when trigger "Payment" \(tPay\) fired$/,
      ),
    });
    expect(one({ status: 'D', is: 'entered' })).toMatchObject({
      holds: false,
      instead: 'the order never entered it; the order ended in "Completed" (F)',
    });
    expect(one({ status: 'S', is: 'final' })).toMatchObject({
      holds: false,
      instead: 'the order ended in "Completed" (F)',
    });
  });

  it('outputs are compared as text: contains, equals, a missing key, a robot never done', () => {
    expect(one({ robot: 'sms1', output: 'text', contains: 'ORD-20240329-0007' }).holds).toBe(true);
    expect(one({ robot: 'gen', output: 'code', equals: 'ORD-20240329-0007' }).holds).toBe(true);
    expect(one({ robot: 'gen', output: 'code', equals: 'ORD-1' })).toMatchObject({
      holds: false,
      instead: expect.stringMatching(/^it was "ORD-20240329-0007"/),
    });
    expect(one({ robot: 'gen', output: 'nope', contains: 'x' })).toMatchObject({
      holds: false,
      instead: expect.stringContaining('has no "nope"; it has "code"'),
    });
    expect(one({ robot: 'task', output: 'id', contains: 'task' })).toMatchObject({
      holds: false,
      instead: expect.stringMatching(/^it was never done: it was cancelled/),
    });
  });

  it('fields are read from the final order by value; a text matches the value as texts write it', () => {
    expect(one({ field: 'order.allowDelivery', equals: true }).holds).toBe(true);
    expect(one({ field: 'order.price', equals: 1500 }).holds).toBe(true);
    expect(one({ field: 'order.price', equals: '1500' }).holds).toBe(true);
    expect(one({ field: 'contact.phones', equals: '+49 30 111, +49 170 222' }).holds).toBe(true);
    expect(one({ field: 'order.trackingNumber', equals: 'TRK-2' })).toMatchObject({
      holds: false,
      instead: 'it is "TRK-1"',
    });
    expect(one({ field: 'order.cancelReason', equals: 'x' })).toMatchObject({
      holds: false,
      instead: 'it is empty',
    });
  });

  it('for the browser, names without ids and field labels instead of paths', () => {
    const v = judge(
      [
        { robot: 'task', is: 'done' },
        { field: 'order.allowDelivery', equals: false },
      ],
      ex4,
      ex1,
      false,
    );
    expect(v[0]!.statement).toBe('robot "Create a task" is done');
    expect(v[0]!.instead).not.toContain('(P)');
    expect(v[1]!.statement).not.toContain('order.allowDelivery');
  });

  it('the schema refuses an expectation it cannot judge', () => {
    expect(expectationSchema.safeParse({ robot: 'a', is: 'finished' }).success).toBe(false);
    expect(expectationSchema.safeParse({ robot: 'a', output: 'text', contain: 'x' }).success).toBe(false);
    expect(expectationSchema.safeParse({ status: 'A', is: 'entered', by: 'tomorrow' }).success).toBe(false);
  });
});
