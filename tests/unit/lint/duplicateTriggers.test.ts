import { describe, expect, it } from 'vitest';
import { flowWith, problemsOf } from './helpers';

/* OF321 compares settings as data: the order their keys were written in (by hand, by another tool) is not a difference. */

describe('OF321 and the order of keys', () => {
  it('settings with the same keys in another order are duplicates, nested conditions included', () => {
    const flow = flowWith((d) => {
      d.triggers.push(
        { id: 'a', type: 'chat.message', status: 'P', settings: { channelId: 'web', firstOnly: true } },
        { id: 'b', type: 'chat.message', status: 'P', settings: { firstOnly: true, channelId: 'web' } },
        {
          id: 'c',
          type: 'shipment.changed',
          status: 'S',
          settings: { shipmentCondition: { field: 'shipment.shipped', op: 'eq', value: true } },
        },
        {
          id: 'd',
          type: 'shipment.changed',
          status: 'S',
          settings: { shipmentCondition: { value: true, op: 'eq', field: 'shipment.shipped' } },
        },
      );
    });
    const problems = problemsOf('OF321', flow);
    expect(problems.map((p) => p.path)).toEqual([
      `$.triggers[${flow.triggers.findIndex((t) => t.id === 'b')}]`,
      `$.triggers[${flow.triggers.findIndex((t) => t.id === 'd')}]`,
    ]);
  });
});
