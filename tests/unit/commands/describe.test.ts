import { describe, expect, it } from 'vitest';
import { describeCommand } from '../../../src/domain/commands';
import { robotId, statusId, triggerId } from '../../../src/domain/ids';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { sampleFlow } from './helpers';

describe('what a command did, in words', () => {
  const flow = sampleFlow();

  it('names robots, triggers and statuses, never their ids', () => {
    const sms = {
      id: robotId('sms9'),
      type: 'sms.send',
      status: statusId('B'),
      after: null,
      delay: { type: 'immediate' },
      settings: {},
    } as const;
    expect(describeCommand(flow, { type: 'robot.add', robot: sms })).toBe('add Send SMS to Paid');
    expect(
      describeCommand(flow, {
        type: 'status.update',
        id: statusId('B'),
        changes: { name: 'Paid, shipping' },
      }),
    ).toBe('rename status Paid to Paid, shipping');
    expect(describeCommand(flow, { type: 'status.delete', id: statusId('C') })).toBe(
      'delete status Canceled',
    );
    expect(
      describeCommand(flow, { type: 'status.update', id: statusId('C'), changes: { semantics: 'success' } }),
    ).toBe('mark status Canceled as success');
    const cancel = DEFAULT_FLOW.robots.find((r) => r.name === 'Cancel if not paid')!;
    expect(describeCommand(DEFAULT_FLOW, { type: 'robot.delete', id: cancel.id })).toBe(
      'delete Cancel if not paid',
    );
    const trigger = DEFAULT_FLOW.triggers[0]!;
    const text = describeCommand(DEFAULT_FLOW, { type: 'trigger.delete', id: triggerId(trigger.id) });
    expect(text).toMatch(/^delete trigger /);
    expect(text).not.toContain(trigger.id);
  });

  it('tells design settings changes apart', () => {
    const workTime = { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', holidays: ['2026-12-25'] };
    expect(describeCommand(flow, { type: 'flow.settings', changes: { timezone: 'Europe/Berlin' } })).toBe(
      'set the time zone to Europe/Berlin',
    );
    expect(describeCommand(flow, { type: 'flow.settings', changes: { workTime } })).toBe(
      'add holiday 2026-12-25',
    );
    expect(
      describeCommand(flow, {
        type: 'flow.settings',
        changes: { workTime: { ...workTime, holidays: [], end: '17:00' } },
      }),
    ).toBe('set the working hours to 09:00–17:00');
  });
});
