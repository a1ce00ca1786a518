import { describe, expect, it } from 'vitest';
import type { Trigger } from '../../../src/domain/flow';
import { statusId, triggerId } from '../../../src/domain/ids';
import { doUndoRedo, refused, sampleFlow } from './helpers';

const newTrigger = (over: Partial<Trigger> = {}): Trigger => ({
  id: triggerId('tShip'),
  type: 'shipment.shipped',
  status: statusId('C'),
  allowBackward: false,
  settings: {},
  ...over,
});
const trigger = (flow: { triggers: Trigger[] }, id: string) => flow.triggers.find((t) => t.id === id);

describe('trigger commands', () => {
  it('add, at the end or an index', () => {
    const flow = sampleFlow();
    doUndoRedo(flow, { type: 'trigger.add', trigger: newTrigger() }, (next) => {
      expect(next.triggers.map((t) => t.id)).toEqual(['tPay', 'tShip']);
    });
    doUndoRedo(flow, { type: 'trigger.add', trigger: newTrigger(), index: 0 }, (next) => {
      expect(next.triggers[0]!.id).toBe('tShip');
    });
  });

  it('update, and null removes an optional field', () => {
    const flow = sampleFlow();
    const changed = doUndoRedo(
      flow,
      {
        type: 'trigger.update',
        id: triggerId('tPay'),
        changes: { allowBackward: true, condition: { field: 'order.paid', op: 'eq', value: true } },
      },
      (next) => expect(trigger(next, 'tPay')).toMatchObject({ allowBackward: true, condition: { op: 'eq' } }),
    );
    doUndoRedo(
      changed,
      { type: 'trigger.update', id: triggerId('tPay'), changes: { condition: null } },
      (next) => expect(trigger(next, 'tPay')!.condition).toBeUndefined(),
    );
  });

  it('move to another status, forgetting its old position', () => {
    doUndoRedo(
      sampleFlow(),
      { type: 'trigger.move', id: triggerId('tPay'), toStatus: statusId('C') },
      (next) => {
        expect(trigger(next, 'tPay')!.status).toBe('C');
        expect(next.layout?.positions?.tPay).toBeUndefined();
      },
    );
  });

  it('delete', () => {
    doUndoRedo(sampleFlow(), { type: 'trigger.delete', id: triggerId('tPay') }, (next) => {
      expect(next.triggers).toEqual([]);
    });
  });

  it('refusals', () => {
    const flow = sampleFlow();
    refused(flow, { type: 'trigger.add', trigger: newTrigger({ id: triggerId('a1') }) }, 'duplicate-id');
    refused(flow, { type: 'trigger.add', trigger: newTrigger({ status: statusId('X') }) }, 'unknown-status');
    refused(
      flow,
      { type: 'trigger.add', trigger: { ...newTrigger(), type: 'x' as Trigger['type'] } },
      'invalid',
    );
    refused(flow, { type: 'trigger.update', id: triggerId('zz'), changes: {} }, 'unknown-trigger');
    refused(
      flow,
      {
        type: 'trigger.update',
        id: triggerId('tPay'),
        changes: { settings: 'x' as unknown as Trigger['settings'] },
      },
      'invalid',
    );
    refused(flow, { type: 'trigger.move', id: triggerId('tPay'), toStatus: statusId('B') }, 'same-status');
    refused(flow, { type: 'trigger.move', id: triggerId('tPay'), toStatus: statusId('X') }, 'unknown-status');
    refused(flow, { type: 'trigger.move', id: triggerId('zz'), toStatus: statusId('A') }, 'unknown-trigger');
    refused(flow, { type: 'trigger.delete', id: triggerId('zz') }, 'unknown-trigger');
  });
});
