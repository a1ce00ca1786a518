import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine';
import { flow, log, run, scenario } from './helpers';

/* One test per rule of docs/semantics.md §4, on tiny flows (start 2024-01-10T08:00Z, UTC unless said). */

const T0 = '2024-01-10T08:00:00.000Z';
const H1 = '2024-01-10T09:00:00.000Z';

describe('docs/semantics.md §4 rules', () => {
  it('rule 1: jobs run by time, then in insertion order', () => {
    const f = flow({
      robots: [
        log('late', 'A', { delay: { type: 'after', value: 1, unit: 'hours' } }),
        log('now1', 'A'),
        log('late2', 'A', { delay: { type: 'after', value: 60, unit: 'minutes' } }),
        log('now2', 'A'),
      ],
    });
    // The event at +1h was queued after the +1h runs (events are queued after the start), so it runs last.
    const { lines } = run(f, scenario({ events: [{ at: 'PT1H', type: 'site.visit' }] }));
    expect(lines).toEqual([
      'status.entered A',
      `robot.scheduled late ${H1}`,
      `robot.scheduled now1 ${T0}`,
      `robot.scheduled late2 ${H1}`,
      `robot.scheduled now2 ${T0}`,
      'robot.done now1',
      'robot.done now2',
      'robot.done late',
      'robot.done late2',
      'event site.visit scenario',
      'end idle',
    ]);
  });

  it('rule 2: the start status is entered first; events follow in array order, early ones at the start', () => {
    const f = flow({ robots: [log('a1', 'A')] });
    const s = scenario({
      events: [
        { at: 'PT0S', type: 'site.visit' },
        { at: '2024-01-01T00:00:00Z', type: 'site.return' },
      ],
    });
    const { timeline, lines } = run(f, s);
    expect(lines).toEqual([
      'status.entered A',
      `robot.scheduled a1 ${T0}`,
      'robot.done a1',
      'event site.visit scenario',
      'event site.return scenario',
      'end idle',
    ]);
    expect(timeline.entries[0]).toStrictEqual({
      seq: 1,
      at: T0,
      kind: 'status.entered',
      status: 'A',
      from: null,
      cause: 'start',
    });
    // The event dated before the start happens at the start.
    expect(timeline.entries[4]!.at).toBe(T0);
  });

  it('rule 3: entering reaches the robots without a previous robot, in document order', () => {
    const f = flow({
      robots: [log('b1', 'B'), log('a2', 'A', { after: 'a1' }), log('a1', 'A'), log('a3', 'A')],
    });
    const { lines } = run(f, scenario());
    expect(lines).toEqual([
      'status.entered A',
      `robot.scheduled a1 ${T0}`,
      `robot.scheduled a3 ${T0}`,
      'robot.done a1',
      `robot.scheduled a2 ${T0}`,
      'robot.done a3',
      'robot.done a2',
      'end idle',
    ]);
  });

  it('rule 4: reaching schedules at the run time; a disabled robot is skipped and its successors reached at once', () => {
    const f = flow({
      robots: [
        log('d', 'A', { disabled: true }),
        log('afterD', 'A', { after: 'd', delay: { type: 'after', value: 2, unit: 'hours' } }),
        log('other', 'A'),
      ],
    });
    const { lines } = run(f, scenario());
    expect(lines).toEqual([
      'status.entered A',
      'robot.skipped d disabled',
      'robot.scheduled afterD 2024-01-10T10:00:00.000Z',
      `robot.scheduled other ${T0}`,
      'robot.done other',
      'robot.done afterD',
      'end idle',
    ]);
  });

  it('rule 5: condition, effect, failure, chain, move and emitted events in order', () => {
    const f = flow({
      robots: [
        log('skip', 'A', { condition: { field: 'order.paid', op: 'eq', value: true } }),
        log('afterSkip', 'A', { after: 'skip' }),
        { id: 'bad', type: 'log.write', status: 'A', settings: { text: '' } },
        log('afterBad', 'A', { after: 'bad' }),
        { id: 'chat', type: 'chat.send', status: 'A', settings: { text: 'hi' } },
        log('afterChat', 'A', { after: 'chat' }),
        { id: 'move', type: 'order.status', status: 'A', settings: { statusId: 'B' } },
        log('afterMove', 'A', { after: 'move' }),
        log('b1', 'B'),
      ],
    });
    const { timeline, lines } = run(f, scenario());
    expect(lines).toEqual([
      'status.entered A',
      `robot.scheduled skip ${T0}`,
      `robot.scheduled bad ${T0}`,
      `robot.scheduled chat ${T0}`,
      `robot.scheduled move ${T0}`,
      // false condition: skipped, and the chain continues
      'robot.skipped skip condition',
      `robot.scheduled afterSkip ${T0}`,
      // invalid settings: the robot fails with a clear message, and the chain continues
      'robot.failed bad Setting "Text" is required',
      `robot.scheduled afterBad ${T0}`,
      'robot.done chat',
      `robot.scheduled afterChat ${T0}`,
      // the move happens at once and ends the chain (afterMove is never reached)
      'robot.done move',
      'robot.cancelled afterSkip status.left',
      'robot.cancelled afterBad status.left',
      'robot.cancelled afterChat status.left',
      'status.left A to B',
      'status.entered B by move',
      `robot.scheduled b1 ${T0}`,
      // chat.sent was queued when chat ran (after afterChat's run, before the move queued b1)
      'event chat.sent robot',
      'robot.done b1',
      'end idle',
    ]);
    const event = timeline.entries.find((e) => e.kind === 'event');
    expect(event).toMatchObject({ robot: 'chat' });
    expect(event).not.toHaveProperty('data');
  });

  it('rule 6: leaving cancels the entry’s queued runs in insertion order, then logs status.left', () => {
    const f = flow({
      statuses: ['A', 'X'],
      robots: [
        log('slow', 'A', { delay: { type: 'after', value: 5, unit: 'hours' } }),
        log('fast', 'A', { delay: { type: 'after', value: 1, unit: 'hours' } }),
        {
          id: 'cancel',
          type: 'order.cancel',
          status: 'A',
          delay: { type: 'after', value: 30, unit: 'minutes' },
          settings: { statusId: 'X', reason: 'r' },
        },
        log('never', 'A', { after: 'slow' }),
      ],
      triggers: [{ id: 'tX', type: 'site.visit', status: 'X' }],
    });
    const { lines } = run(f, scenario());
    expect(lines.slice(4)).toEqual([
      'robot.done cancel',
      // insertion order (slow before fast), not time order; never-reached robots are not logged
      'robot.cancelled slow order.canceled',
      'robot.cancelled fast order.canceled',
      'status.left A to X',
      'status.entered X by cancel',
      'event order.canceled robot',
      'end idle',
    ]);
    // A trigger move cancels with reason status.left.
    const viaTrigger = run(
      flow({
        statuses: ['A', 'X'],
        robots: [log('slow', 'A', { delay: { type: 'after', value: 5, unit: 'hours' } })],
        triggers: [{ id: 'tX', type: 'site.visit', status: 'X' }],
      }),
      scenario({ events: [{ at: 'PT1H', type: 'site.visit' }] }),
    );
    expect(viaTrigger.lines.slice(2)).toEqual([
      'event site.visit scenario',
      'trigger.fired tX A>X',
      'robot.cancelled slow status.left',
      'status.left A to X',
      'status.entered X by tX',
      'end idle',
    ]);
  });

  it('rule 7: events merge data, then the first matching trigger in pipeline order fires; reactions follow', () => {
    const f = flow({
      statuses: ['A', 'B', 'C', 'D'],
      triggers: [
        { id: 'onD', type: 'chat.message', status: 'D' },
        {
          id: 'backA',
          type: 'chat.message',
          status: 'A',
          allowBackward: true,
          settings: { channelId: 'mobile' },
        },
        {
          id: 'onC',
          type: 'chat.message',
          status: 'C',
          condition: { field: 'order.paid', op: 'eq', value: true },
        },
        { id: 'onB', type: 'chat.message', status: 'B', settings: { channelId: 'other' } },
        { id: 'fwdA', type: 'payment.received', status: 'A' },
      ],
    });
    const s = scenario({
      start: { status: 'B', at: T0 },
      events: [
        {
          at: 'PT1H',
          type: 'chat.message',
          data: { channelId: 'web', order: { paid: true }, contact: { name: 'Eve' } },
        },
        { at: 'PT2H', type: 'payment.received' },
      ],
      reactions: [{ on: 'chat.message', after: 'PT30M', emit: { type: 'site.visit' } }],
    });
    const { timeline, lines } = run(f, s);
    expect(lines).toEqual([
      'status.entered B',
      'event chat.message scenario',
      // From B: backA's and onB's channels differ; onC's condition holds after the merge (paid) and C
      // comes before D.
      'trigger.fired onC B>C',
      'status.left B to C',
      'status.entered C by onC',
      'event site.visit reaction',
      // fwdA sits before C and is not allowBackward: no trigger fires.
      'event payment.received scenario',
      'end idle',
    ]);
    expect(timeline.final.order).toMatchObject({ paid: true });
    expect(timeline.final.contact.name).toBe('Eve');
    // From C, the walk starts at the first status: the backward trigger on A wins over D.
    const again = run(
      f,
      scenario({
        start: { status: 'C', at: T0 },
        events: [{ at: 'PT1H', type: 'chat.message', data: { channelId: 'mobile' } }],
      }),
    );
    expect(again.lines).toContain('trigger.fired backA C>A');
    // A trigger on the current status never fires.
    const here = run(
      f,
      scenario({
        start: { status: 'D', at: T0 },
        events: [{ at: 'PT1H', type: 'chat.message', data: { channelId: 'web' } }],
      }),
    );
    expect(here.lines).toEqual(['status.entered D', 'event chat.message scenario', 'end idle']);
  });

  it('rule 8: run times — after, before, at with time, basis, raised to t, working hours, empty basis', () => {
    const f = flow({
      settings: { timezone: 'Europe/Berlin' },
      robots: [
        log('after', 'A', { delay: { type: 'after', value: 1, unit: 'days', basis: 'order.dateInsert' } }),
        log('before', 'A', {
          delay: { type: 'before', value: 2, unit: 'hours', basis: 'order.deliveryDate' },
        }),
        log('at', 'A', { delay: { type: 'at', basis: 'order.deliveryDate', time: '07:30' } }),
        log('past', 'A', { delay: { type: 'before', value: 10, unit: 'days', basis: 'order.deliveryDate' } }),
        log('work', 'A', { delay: { type: 'immediate', workTime: true } }),
        log('empty', 'A', { delay: { type: 'at', basis: 'order.paymentDueDate' } }),
        log('afterEmpty', 'A', { after: 'empty' }),
      ],
    });
    const s = scenario({
      start: { status: 'A', at: '2024-01-13T08:00:00Z' }, // a Saturday
      order: { id: '1', dateInsert: '2024-01-12T10:00:00Z', deliveryDate: '2024-01-15T12:00:00+01:00' },
    });
    const { lines } = run(f, s);
    expect(lines.slice(0, 7)).toEqual([
      'status.entered A',
      // basis + 1 calendar day, already later than t
      'robot.scheduled after 2024-01-13T10:00:00.000Z',
      'robot.scheduled before 2024-01-15T09:00:00.000Z',
      // 07:30 Berlin time on the basis's day
      'robot.scheduled at 2024-01-15T06:30:00.000Z',
      // earlier than t: raised to t
      'robot.scheduled past 2024-01-13T08:00:00.000Z',
      // Saturday → Monday 09:00 Berlin
      'robot.scheduled work 2024-01-15T08:00:00.000Z',
      'robot.scheduled empty 2024-01-13T08:00:00.000Z',
    ]);
    expect(lines).toContain('robot.failed empty Cannot schedule: order.paymentDueDate is empty');
    // The failed run's chain continues.
    expect(lines.indexOf('robot.scheduled afterEmpty 2024-01-13T08:00:00.000Z')).toBeGreaterThan(
      lines.indexOf('robot.failed empty Cannot schedule: order.paymentDueDate is empty'),
    );
  });

  it('rule 9: conditions decide between run and skip, with missing, all and any', () => {
    const f = flow({
      robots: [
        log('none', 'A'),
        log('emptyAll', 'A', { condition: { all: [] } }),
        log('emptyAny', 'A', { condition: { any: [] } }),
        log('price', 'A', {
          condition: {
            all: [
              { field: 'order.price', op: 'gte', value: 100 },
              { not: { field: 'order.paid', op: 'eq', value: true } },
            ],
          },
        }),
        log('inList', 'A', { condition: { field: 'order.currency', op: 'in', value: ['EUR', 'USD'] } }),
      ],
    });
    const { lines } = run(f, scenario({ order: { id: '1', price: 100, currency: 'USD' } }));
    expect(lines.filter((l) => !l.startsWith('robot.scheduled'))).toEqual([
      'status.entered A',
      'robot.done none',
      'robot.done emptyAll',
      'robot.skipped emptyAny condition',
      'robot.done price',
      'robot.done inList',
      'end idle',
    ]);
  });

  it('rule 10: templates render order fields, robot outputs, empty for missing, {{{{ as a literal', () => {
    const f = flow({
      robots: [
        { id: 'code', type: 'code.generate', status: 'A', settings: { pattern: 'N-{seq:3}' } },
        {
          id: 'say',
          type: 'log.write',
          status: 'A',
          after: 'code',
          settings: {
            text: '{{robots.code.code}} {{order.price}} {{order.paid}} [{{order.nope}}] {{{{x}} {{contact.phones}}',
          },
        },
      ],
    });
    const s = scenario({
      contact: {
        name: 'D',
        phones: [
          { type: 'WORK', value: '1' },
          { type: 'HOME', value: '2' },
        ],
        emails: [],
        chat: '',
      },
    });
    const done = simulate(f, s).entries.filter((e) => e.kind === 'robot.done');
    expect(done[1]).toMatchObject({ robot: 'say', output: { text: 'N-001 100 false [] {{x}} 1, 2' } });
  });

  it('rule 11: loop guard, entry limit, until with pending, idle — exactly one end, stamped as the semantics say', () => {
    const loop = flow({
      statuses: ['A', 'B'],
      robots: [
        { id: 'toB', type: 'order.status', status: 'A', settings: { statusId: 'B' } },
        {
          id: 'toA',
          type: 'order.status',
          status: 'B',
          delay: { type: 'after', value: 1, unit: 'hours' },
          settings: { statusId: 'A' },
        },
      ],
    });
    const guarded = run(loop, scenario({ limits: { maxTransitions: 2 } }));
    expect(guarded.lines).toEqual([
      'status.entered A',
      `robot.scheduled toB ${T0}`,
      'robot.done toB',
      'status.left A to B',
      'status.entered B by toB',
      `robot.scheduled toA ${H1}`,
      'robot.done toA',
      'status.left B to A',
      'status.entered A by toA',
      `robot.scheduled toB ${H1}`,
      // the third move is not made: no status.left, the end instead
      'robot.done toB',
      'end loop-guard',
    ]);
    expect(guarded.timeline.entries.at(-1)!.at).toBe(H1);

    const limited = run(loop, scenario({ limits: { maxEntries: 6 } }));
    expect(limited.lines).toHaveLength(7);
    expect(limited.lines.at(-1)).toBe('end limit');
    // The limit struck as toA was about to log its outcome: the run it kept is pending.
    expect(limited.timeline.final.pending).toEqual([{ robot: 'toA', runAt: H1 }]);

    const until = run(loop, scenario({ until: 'PT30M' }));
    expect(until.lines.slice(-1)).toEqual(['end until']);
    expect(until.timeline.entries.at(-1)!.at).toBe('2024-01-10T08:30:00.000Z');
    expect(until.timeline.final).toMatchObject({ status: 'B', pending: [{ robot: 'toA', runAt: H1 }] });

    const idle = run(
      flow({ robots: [log('a1', 'A', { delay: { type: 'after', value: 3, unit: 'hours' } })] }),
      scenario(),
    );
    expect(idle.timeline.entries.at(-1)).toStrictEqual({
      seq: 4,
      at: '2024-01-10T11:00:00.000Z',
      kind: 'end',
      status: 'A',
      reason: 'idle',
    });
    expect(idle.timeline.final).toStrictEqual({
      status: 'A',
      order: { id: '1', price: 100 },
      contact: { name: 'Dana', phones: [], emails: [], chat: 'chat-1' },
      company: null,
      pending: [],
    });
    for (const t of [guarded, limited, until, idle]) {
      expect(t.lines.filter((l) => l.startsWith('end'))).toHaveLength(1);
      expect(t.timeline.entries.map((e) => e.seq)).toEqual(t.timeline.entries.map((_, i) => i + 1));
    }
  });

  it('rule 12: the same flow and scenario give the same timeline, byte for byte', () => {
    const f = flow({
      statuses: ['A', 'B'],
      robots: [
        log('a1', 'A', { delay: { type: 'after', value: 1, unit: 'days', workTime: true } }),
        { id: 'm', type: 'email.send', status: 'A', settings: { subject: 's', body: 'b' } },
      ],
      triggers: [{ id: 't', type: 'payment.received', status: 'B' }],
    });
    const s = scenario({
      contact: { name: 'x', phones: [], emails: [{ type: 'HOME', value: 'x@y.z' }], chat: '' },
      events: [{ at: 'P2D', type: 'payment.received' }],
    });
    expect(JSON.stringify(simulate(f, s))).toBe(JSON.stringify(simulate(f, s)));
  });
});
