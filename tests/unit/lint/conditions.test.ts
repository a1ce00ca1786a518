import { describe, expect, it } from 'vitest';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { flowWith, problemsOf, robot, trigger } from './helpers';

describe('OF501 delay basis', () => {
  it('reports a basis that is not a datetime field, and one that does not exist', () => {
    const flow = flowWith((d) => {
      robot(d, 'n_email_reminder').delay = { type: 'after', value: 1, unit: 'days', basis: 'order.price' };
      robot(d, 'n_cancel').delay = { type: 'at', basis: 'order.payDate' };
    });
    const problems = problemsOf('OF501', flow);
    expect(problems.map((p) => p.path)).toEqual(['$.robots[3].delay.basis', '$.robots[4].delay.basis']);
    expect(problems[0]!.message).toContain('a number field');
  });

  it('accepts date fields', () => {
    const flow = flowWith(
      (d) =>
        (robot(d, 'n_cancel').delay = {
          type: 'before',
          value: 1,
          unit: 'days',
          basis: 'order.paymentDueDate',
        }),
    );
    expect(problemsOf('OF501', flow)).toEqual([]);
  });
});

describe('OF502 condition on an unknown field', () => {
  it('reports it with the leaf path inside groups', () => {
    const flow = flowWith((d) => {
      robot(d, 'n_cancel').condition = {
        all: [
          { field: 'order.paid', op: 'eq', value: false },
          { not: { field: 'order.payed', op: 'eq', value: true } },
        ],
      };
    });
    const [p] = problemsOf('OF502', flow);
    expect(p).toMatchObject({ severity: 'error', path: '$.robots[4].condition.all[1].not.field' });
    // The suggestion names the field by its label, as the condition editor does (no paths).
    expect(p!.message).toContain('Did you mean “Paid”?');
  });

  it('a shipment condition reads shipment.* fields only', () => {
    const flow = flowWith((d) => {
      d.triggers.push({
        id: 'ship_change',
        type: 'shipment.changed',
        status: 'F',
        settings: { shipmentCondition: { field: 'shipment.deliveryStatus', op: 'eq', value: 'delivered' } },
      });
      trigger(d, 't_payment').condition = { field: 'shipment.shipped', op: 'eq', value: true };
    });
    expect(problemsOf('OF502', flow).map((p) => p.path)).toEqual(['$.triggers[0].condition.field']);
  });

  it('is quiet on the default flow', () => {
    expect(problemsOf('OF502', DEFAULT_FLOW)).toEqual([]);
  });
});

describe('OF503 condition value of the wrong type', () => {
  const withCondition = (condition: unknown) => flowWith((d) => (robot(d, 'n_cancel').condition = condition));

  it.each([
    [{ field: 'order.paid', op: 'eq', value: 'no' }, /true or false/],
    [{ field: 'order.price', op: 'gt', value: '100' }, /a number/],
    [{ field: 'order.deliveryStatus', op: 'eq', value: 'lost' }, /one of "none"/],
    [{ field: 'order.dateInsert', op: 'lt', value: 'yesterday' }, /a date and time/],
    [{ field: 'order.deliveryStatus', op: 'in', value: 'shipped' }, /takes a list/],
    [{ field: 'order.paid', op: 'gt', value: true }, /orders numbers and dates/],
    [{ field: 'order.price', op: 'contains', value: 1 }, /works on texts and lists/],
  ])('reports %j', (condition, why) => {
    const [p] = problemsOf('OF503', withCondition(condition));
    expect(p).toMatchObject({ severity: 'error', path: '$.robots[4].condition.value' });
    expect(p!.message).toMatch(why);
  });

  it.each([
    [{ field: 'order.paid', op: 'eq', value: false }],
    [{ field: 'order.price', op: 'gte', value: 100 }],
    [{ field: 'order.deliveryStatus', op: 'in', value: ['shipped', 'delivered'] }],
    [{ field: 'order.dateInsert', op: 'lt', value: '2025-03-01T00:00:00+01:00' }],
    [{ field: 'contact.phones', op: 'contains', value: '+1 415 555 0142' }],
    [{ field: 'order.shopTitle', op: 'empty' }],
    [{ field: 'order.custom.giftWrap', op: 'eq', value: true }],
  ])('accepts %j', (condition) => {
    expect(problemsOf('OF503', withCondition(condition))).toEqual([]);
  });
});
