import { describe, expect, it } from 'vitest';
import { nodeStates, timeAxis } from '../../../src/domain/simulation';
import type { Timeline } from '../../../src/domain/timeline';
import { flow, timelineOf } from './helpers';

const indexOf = (t: Timeline, pred: (e: Timeline['entries'][number]) => boolean) => {
  const i = t.entries.findIndex(pred);
  if (i < 0) throw new Error('entry not found');
  return i;
};

describe('nodeStates on the "paid and delivered" sample', () => {
  const t = timelineOf('paid-and-delivered');

  it('at the start every robot of N is waiting and the others are idle', () => {
    const s = nodeStates(
      flow,
      t,
      indexOf(t, (e) => e.kind === 'robot.scheduled' && e.robot === 'n_cancel'),
    );
    expect(s.status).toBe('N');
    expect(s.robots.n_code).toMatchObject({ state: 'waiting', timeLeftMs: 0 });
    // Three days later, in milliseconds.
    expect(s.robots.n_email_reminder).toMatchObject({
      state: 'waiting',
      runAt: '2025-03-06T17:00:00.000Z',
      timeLeftMs: 3 * 24 * 3600_000,
    });
    expect(s.robots.p_allow_delivery).toEqual({ state: 'idle' });
    expect(s.triggers.t_payment).toEqual({ fired: 0 });
  });

  it('after payment the unpaid robots are cancelled and the Payment trigger fired once', () => {
    const s = nodeStates(
      flow,
      t,
      indexOf(t, (e) => e.kind === 'status.entered' && e.status === 'P'),
    );
    expect(s.status).toBe('P');
    expect(s.now).toBe('2025-03-03T19:00:00.000Z');
    expect(s.robots.n_code).toMatchObject({ state: 'done', output: { code: 'ORD-2025-00001' } });
    expect(s.robots.n_sms).toMatchObject({ state: 'done' });
    expect(s.robots.n_email_reminder).toMatchObject({ state: 'cancelled', reason: 'status.left' });
    expect(s.robots.n_cancel).toMatchObject({ state: 'cancelled' });
    expect(s.triggers.t_payment).toEqual({ fired: 1 });
    expect(s.ended).toBeUndefined();
  });

  it('at the end the order is Completed and the run ended idle', () => {
    const s = nodeStates(flow, t, t.entries.length - 1);
    expect(s.status).toBe('F');
    expect(s.ended).toBe('idle');
    expect(s.robots.f_chat_whisper).toMatchObject({ state: 'done' });
    expect(s.triggers).toEqual({
      t_payment: { fired: 1 },
      t_shipment: { fired: 1 },
      t_delivered: { fired: 1 },
      t_canceled: { fired: 0 },
    });
    // Robots of statuses the order never entered stay idle.
    expect(s.robots.d_email_canceled).toEqual({ state: 'idle' });
  });

  it('clamps positions outside the log', () => {
    expect(nodeStates(flow, t, 10_000).status).toBe('F');
    expect(nodeStates(flow, t, -5).robots.n_code).toEqual({ state: 'idle' });
  });
});

describe('nodeStates on the other samples', () => {
  it('the client without a mobile phone: both SMS robots fail with the engine error', () => {
    const t = timelineOf('no-mobile-phone');
    const s = nodeStates(flow, t, t.entries.length - 1);
    expect(s.robots.n_sms).toMatchObject({ state: 'failed', error: 'Phone number is not specified' });
    expect(s.robots.s_sms_tracking).toMatchObject({ state: 'failed' });
    expect(s.robots.s_robocall).toMatchObject({ state: 'done' });
  });

  it('never paid: the reminder is done before the cancellation and the order ends Canceled', () => {
    const t = timelineOf('never-paid');
    const reminder = indexOf(t, (e) => e.kind === 'robot.done' && e.robot === 'n_email_reminder');
    const before = nodeStates(flow, t, reminder - 1);
    expect(before.robots.n_email_reminder).toMatchObject({ state: 'waiting', timeLeftMs: 3 * 24 * 3600_000 });
    const end = nodeStates(flow, t, t.entries.length - 1);
    expect(end.status).toBe('D');
    expect(end.robots.n_cancel).toMatchObject({ state: 'done' });
    expect(end.robots.d_notify).toMatchObject({ state: 'done' });
    expect(end.triggers.t_canceled).toEqual({ fired: 0 });
  });
});

describe('timeAxis', () => {
  it('gives one band per status entry, end to end, and a mark per robot result', () => {
    const t = timelineOf('paid-and-delivered');
    const axis = timeAxis(t);
    expect(axis.bands.map((b) => b.status)).toEqual(['N', 'P', 'S', 'F']);
    expect(axis.bands[0]!.fromMs).toBe(axis.startMs);
    expect(axis.bands[0]!.toMs - axis.bands[0]!.fromMs).toBe(2 * 3600_000);
    expect(axis.bands[3]!.toMs).toBe(axis.endMs);
    expect(axis.endMs - axis.startMs).toBe(4 * 24 * 3600_000);
    const robotResults = t.entries.filter((e) => /^robot\.(done|failed|skipped|cancelled)$/.test(e.kind));
    expect(axis.marks).toHaveLength(robotResults.length);
    expect(axis.marks.filter((m) => m.outcome === 'cancelled').map((m) => m.robot)).toEqual([
      'n_email_reminder',
      'n_cancel',
    ]);
  });
});
