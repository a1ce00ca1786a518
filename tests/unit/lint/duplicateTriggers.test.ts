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

/* OF321 says a trigger can never fire only when an earlier one on its status always fires first (docs/semantics.md §4 rule 7). */
describe('OF321: which trigger wins', () => {
  const payments = (a: Record<string, unknown>, b: Record<string, unknown>) =>
    flowWith((d) => {
      d.triggers.push(
        {
          id: 'a',
          name: 'Paid online',
          type: 'payment.received',
          status: 'F',
          allowBackward: false,
          settings: {},
          ...a,
        },
        {
          id: 'b',
          name: 'Paid by card',
          type: 'payment.received',
          status: 'F',
          allowBackward: false,
          settings: {},
          ...b,
        },
      );
    });
  const paid = { field: 'order.paid', op: 'eq', value: true };
  const expensive = { field: 'order.price', op: 'gt', value: 100 };

  it('reports the second of two identical triggers, naming the first as the winner', () => {
    const [p, ...rest] = problemsOf('OF321', payments({ condition: paid }, { condition: paid }));
    expect(rest).toEqual([]);
    expect(p!.message).toMatch(/^Trigger “Paid by card” can never fire: trigger “Paid online” /);
    expect(p!.message).toContain('same settings and condition');
  });

  it('does not report triggers whose conditions differ: the second fires when the first does not hold', () => {
    expect(problemsOf('OF321', payments({ condition: paid }, { condition: expensive }))).toEqual([]);
    expect(problemsOf('OF321', payments({ condition: paid }, {}))).toEqual([]);
  });

  it('reports a trigger behind one without a condition, which always holds', () => {
    const [p] = problemsOf('OF321', payments({}, { condition: expensive }));
    expect(p!.message).toContain('no condition');
  });

  it('does not report a second trigger that may move back while the first may not', () => {
    expect(problemsOf('OF321', payments({}, { allowBackward: true }))).toEqual([]);
  });

  it('reports a second trigger that may not move back behind one that may', () => {
    expect(problemsOf('OF321', payments({ allowBackward: true }, {}))).toHaveLength(1);
  });

  it('does not compare triggers of different statuses or types', () => {
    const flow = flowWith((d) => {
      d.triggers.push(
        { id: 'a', type: 'payment.received', status: 'F', allowBackward: false, settings: {} },
        { id: 'b', type: 'payment.received', status: 'S', allowBackward: false, settings: {} },
        { id: 'c', type: 'order.delivered', status: 'F', allowBackward: false, settings: {} },
      );
    });
    expect(problemsOf('OF321', flow).map((p) => p.message)).not.toContainEqual(
      expect.stringMatching(/"(a|b)"/),
    );
  });
});
