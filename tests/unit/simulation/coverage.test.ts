import { describe, expect, it } from 'vitest';
import { coverage, enumerateVariants } from '../../../src/domain/simulation';
import type { Flow } from '../../../src/domain/flow';
import { robotId, statusId } from '../../../src/domain/ids';
import { simulate } from '../../../src/engine';
import { flow, sample } from './helpers';

const runAll = (f: Flow, variants: ReturnType<typeof enumerateVariants>['variants']) =>
  coverage(
    f,
    variants.map((variant) => ({ variant, timeline: simulate(f, variant.scenario) })),
  );

describe('coverage', () => {
  it('a batch over phone types: the SMS robots fail exactly for clients without a mobile phone', () => {
    const { variants } = enumerateVariants(
      sample('paid-and-delivered'),
      { phoneTypes: ['MOBILE', 'WORK'] },
      { cap: 10 },
    );
    const cov = runAll(flow, variants);
    expect(cov.runs).toBe(4);
    expect(cov.robots.n_sms).toEqual({ done: 2, skipped: 0, failed: 2, cancelled: 0, neverReached: 0 });
    expect(cov.failures.map((f) => f.variant.label)).toEqual([
      'Phones: none of mobile, work',
      'Phones: work',
    ]);
    expect(cov.failures[0]!.errors).toContainEqual({
      robot: 'n_sms',
      error: 'Phone number is not specified',
    });
    // No phone at all: the robocall fails too.
    expect(cov.failures[0]!.errors.map((e) => e.robot)).toContain('s_robocall');
    // The failing variant reopens as a single run with the same outcome.
    const again = simulate(flow, cov.failures[1]!.variant.scenario);
    expect(again.entries.some((e) => e.kind === 'robot.failed' && e.robot === 'n_sms')).toBe(true);
  });

  it('counts never-reached robots, trigger firings, statuses, final statuses and end reasons', () => {
    const { variants } = enumerateVariants(sample('paid-and-delivered'), { events: [0] }, { cap: 10 });
    const cov = runAll(flow, variants);
    // Without the payment the order is never Paid, but the shipment event still moves it forward to
    // Shipped (the default flow does not guard that), so both runs end Completed and none is canceled.
    expect(cov.triggers.t_payment).toEqual({ fired: 1, runs: 1 });
    expect(cov.triggers.t_shipment).toEqual({ fired: 2, runs: 2 });
    expect(cov.statuses).toEqual({ N: 2, P: 1, S: 2, F: 2, D: 0 });
    expect(cov.finalStatuses).toEqual({ F: 2 });
    expect(cov.robots.p_task).toMatchObject({ done: 1, neverReached: 1 });
    expect(cov.robots.d_notify).toMatchObject({ done: 0, neverReached: 2 });
    expect(cov.robots.n_email_reminder).toMatchObject({ done: 0, cancelled: 2 });
    expect(cov.endReasons.idle).toBe(2);
    expect(cov.loopGuard).toBe(0);
  });

  it('counts runs stopped by the loop guard', () => {
    // A Change status robot on N moving the order back to N forever.
    const looping: Flow = structuredClone(flow);
    looping.robots.push({
      id: robotId('n_loop'),
      type: 'order.status',
      status: statusId('N'),
      after: null,
      delay: { type: 'after', value: 1, unit: 'hours' },
      settings: { statusId: 'N' },
    });
    const base = sample('never-paid');
    base.limits = { maxTransitions: 3 };
    const { variants } = enumerateVariants(base, { paid: true }, { cap: 10 });
    const cov = runAll(looping, variants);
    expect(cov.loopGuard).toBe(2);
    expect(cov.endReasons['loop-guard']).toBe(2);
    // Each robot is counted once per run, however often the loop re-entered N.
    expect(cov.robots.n_email_new!.done).toBe(2);
    expect(cov.robots.n_loop!.done).toBe(2);
  });

  it('counts robots skipped by their condition', () => {
    const { variants } = enumerateVariants(sample('never-paid'), { paid: true }, { cap: 10 });
    const cov = runAll(flow, variants);
    // Paid at start: the reminder and the cancellation find the order paid and are skipped.
    expect(cov.robots.n_email_reminder).toMatchObject({ done: 1, skipped: 1 });
    expect(cov.robots.n_cancel).toMatchObject({ done: 1, skipped: 1 });
    expect(cov.finalStatuses).toEqual({ D: 1, N: 1 });
    expect(cov.failures).toEqual([]);
  });
});
