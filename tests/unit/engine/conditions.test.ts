import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../src/domain/condition';
import { catalogTypeOf, evaluateCondition, shipmentResolver } from '../../../src/domain/conditions';

/* docs/semantics.md §4 rule 9 and §4.1: the condition evaluator, through a plain resolver. */

const fields: Record<string, unknown> = {
  'order.price': 250,
  'order.paid': false,
  'order.currency': 'EUR',
  'order.deliveryStatus': 'shipped',
  'order.dateInsert': '2024-03-29T17:30:00Z',
  'order.shopTitle': '',
  'contact.name': 'Anna Schmidt',
  'contact.phones': [{ type: 'MOBILE', value: '+49 170 222' }],
  'contact.emails': [],
  'order.custom.tags': ['vip', 'gift'],
  'order.custom.level': 3,
};
const read = (path: string) => fields[path];
const typeOf = catalogTypeOf([
  { name: 'tags', type: 'any' },
  { name: 'level', type: 'number' },
]);
const holds = (c: Condition) => evaluateCondition(c, read, typeOf);
const leaf = (field: string, op: string, value?: unknown) => ({ field, op, value }) as Condition;

describe('condition evaluator', () => {
  it('a missing condition is true; an empty all is true and an empty any false', () => {
    expect(evaluateCondition(undefined, read)).toBe(true);
    expect(holds({ all: [] })).toBe(true);
    expect(holds({ any: [] })).toBe(false);
    expect(holds({ not: { any: [] } })).toBe(true);
  });

  it('eq and ne compare by the field type; another type never matches', () => {
    expect(holds(leaf('order.price', 'eq', 250))).toBe(true);
    expect(holds(leaf('order.price', 'eq', '250'))).toBe(false);
    expect(holds(leaf('order.price', 'ne', '250'))).toBe(true);
    expect(holds(leaf('order.paid', 'eq', false))).toBe(true);
    expect(holds(leaf('order.paid', 'eq', 'false'))).toBe(false);
    expect(holds(leaf('order.deliveryStatus', 'eq', 'shipped'))).toBe(true);
  });

  it('ne, notIn and notContains hold for an absent field; eq, in and contains do not', () => {
    for (const op of ['ne', 'notIn', 'notContains'])
      expect(holds(leaf('order.trackingNumber', op, ['x']))).toBe(true);
    for (const op of ['eq', 'in', 'contains'])
      expect(holds(leaf('order.trackingNumber', op, ['x']))).toBe(false);
  });

  it('orders numbers and datetimes by value; ordering anything else is false', () => {
    expect(holds(leaf('order.price', 'gt', 100))).toBe(true);
    expect(holds(leaf('order.price', 'lte', 250))).toBe(true);
    expect(holds(leaf('order.price', 'lt', 250))).toBe(false);
    expect(holds(leaf('order.price', 'gt', '100'))).toBe(false);
    // the same instant written with another offset
    expect(holds(leaf('order.dateInsert', 'eq', '2024-03-29T18:30:00+01:00'))).toBe(true);
    expect(holds(leaf('order.dateInsert', 'gte', '2024-03-29T18:30:00+01:00'))).toBe(true);
    expect(holds(leaf('order.dateInsert', 'lt', '2024-03-30T00:00:00Z'))).toBe(true);
    expect(holds(leaf('order.dateInsert', 'gt', 'yesterday'))).toBe(false);
    expect(holds(leaf('contact.name', 'gt', 'A'))).toBe(false);
    expect(holds(leaf('order.paid', 'lt', true))).toBe(false);
    expect(holds(leaf('order.custom.level', 'gte', 3))).toBe(true);
  });

  it('in takes a list', () => {
    expect(holds(leaf('order.currency', 'in', ['USD', 'EUR']))).toBe(true);
    expect(holds(leaf('order.currency', 'in', 'EUR'))).toBe(false);
    expect(holds(leaf('order.currency', 'notIn', ['USD']))).toBe(true);
    expect(holds(leaf('order.price', 'in', ['250']))).toBe(false);
  });

  it('contains works on strings (substring) and lists (member)', () => {
    expect(holds(leaf('contact.name', 'contains', 'Schmi'))).toBe(true);
    expect(holds(leaf('contact.name', 'notContains', 'Müller'))).toBe(true);
    expect(holds(leaf('contact.phones', 'contains', '+49 170 222'))).toBe(true);
    expect(holds(leaf('contact.phones', 'contains', { type: 'MOBILE', value: '+49 170 222' }))).toBe(true);
    expect(holds(leaf('contact.phones', 'contains', '+1'))).toBe(false);
    expect(holds(leaf('order.custom.tags', 'contains', 'vip'))).toBe(true);
    expect(holds(leaf('order.price', 'contains', 2))).toBe(false);
  });

  it('empty holds for null, absent, "" and []', () => {
    expect(holds(leaf('order.shopTitle', 'empty'))).toBe(true);
    expect(holds(leaf('contact.emails', 'empty'))).toBe(true);
    expect(holds(leaf('order.trackingNumber', 'empty'))).toBe(true);
    expect(evaluateCondition(leaf('x.y', 'empty'), () => null)).toBe(true);
    expect(holds(leaf('order.price', 'empty'))).toBe(false);
    expect(holds(leaf('order.paid', 'notEmpty'))).toBe(true);
  });

  it('reads a shipment condition from event data through the shipment resolver', () => {
    const data = shipmentResolver({ deliveryStatus: 'delivered', shipped: true });
    expect(evaluateCondition(leaf('shipment.deliveryStatus', 'eq', 'delivered'), data)).toBe(true);
    expect(evaluateCondition(leaf('shipment.shipped', 'eq', 'true'), data)).toBe(false);
    expect(evaluateCondition(leaf('shipment.trackingNumber', 'empty'), data)).toBe(true);
    expect(evaluateCondition(leaf('shipment.shipped', 'eq', true), shipmentResolver(undefined))).toBe(false);
  });
});
