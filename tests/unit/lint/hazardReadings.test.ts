import { describe, expect, it } from 'vitest';
import type { Flow, Robot } from '../../../src/domain/flow';
import { robotId, statusId } from '../../../src/domain/ids';
import type { LintCode } from '../../../src/domain/lint';
import { lintFlow } from '../../../src/domain/lint';
import { HAZARD_BASE } from '../../fixtures/hazards/designs';

/* The readings the hazard rules settle, each on the default design (hazard-free base) with one change. */

type Draft = Partial<Omit<Robot, 'id' | 'status' | 'after'>> & { id: string; status: string; after?: string };

function withRobots(robots: Draft[], change: (f: Flow) => void = () => {}): Flow {
  const f = structuredClone(HAZARD_BASE) as Flow;
  for (const r of robots)
    f.robots.push({
      type: 'log.write',
      delay: { type: 'immediate' },
      settings: { text: 'x' },
      ...r,
      id: robotId(r.id),
      status: statusId(r.status),
      after: r.after === undefined ? null : robotId(r.after),
    } as Robot);
  change(f);
  return f;
}

const codes = (flow: Flow, code: LintCode) => lintFlow(flow).filter((p) => p.code === code);
const sms = (id: string, delay: Robot['delay'], extra: Partial<Draft> = {}): Draft => ({
  id,
  status: 'S',
  type: 'sms.send',
  name: id,
  delay,
  condition: { field: 'contact.phones', op: 'notEmpty' },
  settings: { text: 'Hi', phoneType: 'auto', recipient: 'client', provider: 'default' },
  ...extra,
});

describe('parallel writes (OF801)', () => {
  it('are not reported when the conditions exclude each other', () => {
    const paidOnly = { field: 'order.paid', op: 'eq', value: true } as const;
    const unpaidOnly = { field: 'order.paid', op: 'eq', value: false } as const;
    const f = withRobots([
      { id: 'a', status: 'S', type: 'order.ship', settings: {}, condition: paidOnly },
      { id: 'b', status: 'S', type: 'order.ship', settings: {}, condition: unpaidOnly },
    ]);
    expect(codes(f, 'OF801')).toEqual([]);
  });

  it('are reported for the same delay, not for different ones', () => {
    const later = { type: 'after', value: 2, unit: 'hours' } as const;
    const same = withRobots([
      { id: 'a', status: 'S', type: 'order.ship', settings: {}, delay: later },
      { id: 'b', status: 'S', type: 'order.ship', settings: {}, delay: later },
    ]);
    expect(codes(same, 'OF801').map((p) => p.message)).toEqual([
      '“Mark order shipped” (1st in Shipped) and “Mark order shipped” (2nd in Shipped) both write Shipped and Delivery status at the same moment, neither after the other: which value stays depends only on their order on the canvas.',
    ]);
    const apart = withRobots([
      { id: 'a', status: 'S', type: 'order.ship', settings: {}, delay: later },
      { id: 'b', status: 'S', type: 'order.ship', settings: {}, delay: { ...later, value: 3 } },
    ]);
    expect(codes(apart, 'OF801')).toEqual([]);
  });
});

describe('jumps (OF807)', () => {
  it('a robot whose event fires a trigger two statuses on is reported at the trigger', () => {
    const f = withRobots([
      { id: 'ship_early', status: 'N', type: 'order.ship', name: 'Ship early', settings: {} },
    ]);
    const found = codes(f, 'OF807');
    expect(found).toHaveLength(1);
    expect(found[0]!.path).toBe(`$.triggers[${f.triggers.findIndex((t) => t.id === 't_shipment')}]`);
    expect(found[0]!.message).toContain('“Ship early” in “Accepted, awaiting payment” sets off “Shipment”');
  });

  it('a move into a failure status is a cancellation, not a jump', () => {
    const f = withRobots([{ id: 'x', status: 'N', type: 'order.status', settings: { statusId: 'D' } }]);
    expect(codes(f, 'OF807')).toEqual([]);
  });
});

describe('quiet hours (OF808)', () => {
  it('reads: immediate messages and daytime clock times are fine, a delay without working hours is not', () => {
    const f = withRobots([
      sms('now', { type: 'immediate' }),
      sms('at ten', { type: 'at', basis: 'order.dateInsert', time: '10:00' }),
      sms('at eleven pm', { type: 'at', basis: 'order.dateInsert', time: '23:00' }),
      sms('in two hours', { type: 'after', value: 2, unit: 'hours' }),
      sms('tomorrow in working hours', { type: 'after', value: 1, unit: 'days', workTime: true }),
      sms('chained after a delay', { type: 'immediate' }, { after: 'in two hours' }),
    ]);
    const named = codes(f, 'OF808').map((p) => p.message.slice(0, p.message.indexOf('”') + 1));
    expect(named).toEqual(['“at eleven pm”', '“in two hours”', '“chained after a delay”']);
  });

  it('offers no quick fix where working hours reach into the night', () => {
    const f = withRobots([sms('later', { type: 'after', value: 2, unit: 'hours' })], (flow) => {
      flow.settings.workTime = { days: [1, 2, 3, 4, 5], start: '06:00', end: '23:00', holidays: [] };
    });
    // Working hours reach into the night: the delivery call kept to them is reported as well.
    const found = codes(f, 'OF808');
    expect(found.map((p) => p.message.slice(0, p.message.indexOf('”') + 1))).toEqual([
      '“Delivery call”',
      '“later”',
    ]);
    expect(found.map((p) => p.fix)).toEqual([undefined, undefined]);
  });
});

describe('missing recipients (OF810)', () => {
  const chat = (id: string, extra: Partial<Draft> = {}): Draft => ({
    id,
    status: 'F',
    type: 'chat.send',
    name: id,
    settings: { text: 'Thanks', whisper: false },
    ...extra,
  });
  it('reads: the client chat is reported unless checked or written before; whispers and auto-select are not', () => {
    const f = withRobots([
      chat('unchecked'),
      chat('checked', { condition: { field: 'contact.chat', op: 'notEmpty' } }),
      chat('whisper', { settings: { text: 'x', whisper: true } }),
      {
        id: 'set chat',
        status: 'F',
        type: 'order.update',
        settings: { fields: [{ field: 'contact.chat', value: 'c-1' }] },
      },
      chat('after writing it', { after: 'set chat' }),
      sms('any phone', { type: 'immediate' }, { condition: undefined }),
    ]);
    const found = codes(f, 'OF810');
    expect(found.map((p) => p.message)).toEqual([
      '“unchecked” goes to the client\'s chat, and no condition checks the order has one: for an order without it the robot fails ("Client chat was not found").',
    ]);
  });
});

describe('a robot after an immediate move (OF802, not OF803)', () => {
  it('is reported once, as never reached, even when it waits', () => {
    const f = withRobots([
      { id: 'go', status: 'P', type: 'order.status', name: 'Go', settings: { statusId: 'S' } },
      {
        id: 'late',
        status: 'P',
        name: 'Late note',
        after: 'go',
        delay: { type: 'after', value: 1, unit: 'hours' },
      },
    ]);
    const late = `$.robots[${f.robots.findIndex((r) => r.id === 'late')}]`;
    const found = lintFlow(f).filter((p) => p.path.startsWith(late) && p.code.startsWith('OF80'));
    expect(found.map((p) => `${p.code} ${p.path}`)).toEqual([`OF802 ${late}.after`]);
  });
});

describe('hazards on a broken document', () => {
  it('finish when duplicate ids make a robot the previous robot of itself', () => {
    const f = withRobots([
      { id: 'dup', status: 'P' },
      { id: 'dup', status: 'P', after: 'dup' },
    ]);
    expect(lintFlow(f).map((p) => p.code)).toContain('OF701');
  });
});
