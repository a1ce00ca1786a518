import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../src/domain/condition';
import { judgeCondition } from '../../../src/domain/conditionSense';

const price = (op: string, value: unknown) => ({ field: 'order.price', op, value }) as Condition;
const paid = (op: string, value?: unknown) => ({ field: 'order.paid', op, value }) as Condition;

describe('judgeCondition', () => {
  const never: [string, Condition][] = [
    ['a range that is empty', { all: [price('gt', 500), price('lt', 100)] }],
    [
      'a range closed on one point from both sides, one strict',
      { all: [price('gte', 100), price('lt', 100)] },
    ],
    ['a field equal to two values', { all: [price('eq', 1), price('eq', 2)] }],
    ['eq and ne of one value', { all: [paid('eq', true), paid('ne', true)] }],
    ['a yes/no field both ways', { all: [paid('eq', true), paid('eq', false)] }],
    ['eq outside its in-list', { all: [price('eq', 5), price('in', [1, 2])] }],
    ['disjoint in-lists', { all: [price('in', [1, 2]), price('in', [3])] }],
    ['in and notIn of the same values', { all: [price('in', [1, 2]), price('notIn', [1, 2])] }],
    [
      'empty and notEmpty',
      {
        all: [
          { field: 'order.shopTitle', op: 'empty' },
          { field: 'order.shopTitle', op: 'notEmpty' },
        ],
      },
    ],
    ['in an empty list', price('in', [])],
    ['an empty any group', { any: [] }],
    ['a nested contradiction', { any: [{ all: [price('gt', 5), price('lt', 1)] }, { any: [] }] }],
    ['a negated eq against its eq', { all: [paid('eq', true), { not: paid('eq', true) }] }],
    ['the negation of an always', { not: { all: [] } }],
    [
      'datetimes out of order',
      {
        all: [
          { field: 'order.dateInsert', op: 'gt', value: '2025-03-01T00:00:00Z' },
          { field: 'order.dateInsert', op: 'lt', value: '2025-02-01T00:00:00Z' },
        ],
      },
    ],
  ];
  it.each(never)('never: %s', (_, c) => {
    const j = judgeCondition(c);
    expect(j.verdict).toBe('never');
    expect(j.reason).toBeTruthy();
  });

  const always: [string, Condition][] = [
    ['an empty all group', { all: [] }],
    ['eq or ne of one value', { any: [price('eq', 3), price('ne', 3)] }],
    ['a defaulted yes/no field either way', { any: [paid('eq', true), paid('eq', false)] }],
    [
      'empty or not',
      {
        any: [
          { field: 'order.shopTitle', op: 'empty' },
          { field: 'order.shopTitle', op: 'notEmpty' },
        ],
      },
    ],
    ['notIn an empty list', price('notIn', [])],
  ];
  it.each(always)('always: %s', (_, c) => expect(judgeCondition(c).verdict).toBe('always'));

  const maybe: [string, Condition][] = [
    ['a range that is not empty', { all: [price('gt', 100), price('lt', 500)] }],
    ['a single leaf', price('gt', 100)],
    ['two fields', { all: [price('gt', 500), { field: 'order.shopTitle', op: 'eq', value: 'x' }] }],
    [
      'empty text and empty',
      {
        all: [
          { field: 'order.shopTitle', op: 'empty' },
          { field: 'order.shopTitle', op: 'eq', value: '' },
        ],
      },
    ],
    [
      'not (x > 5) and x > 5 (an absent x satisfies the first only)',
      { all: [price('gt', 5), { not: price('gt', 5) }] },
    ],
    [
      'a list field',
      {
        all: [
          { field: 'contact.phones', op: 'empty' },
          { field: 'contact.phones', op: 'contains', value: 'x' },
        ],
      },
    ],
    ['an any of two ranges that leave a gap', { any: [price('gt', 5), price('lt', 1)] }],
    [
      'a custom field',
      {
        all: [
          { field: 'order.custom.x', op: 'eq', value: 1 },
          { field: 'order.custom.x', op: 'eq', value: 2 },
        ],
      },
    ],
    [
      'the same instant written two ways',
      {
        all: [
          { field: 'order.dateInsert', op: 'eq', value: '2025-03-01T00:00:00Z' },
          { field: 'order.dateInsert', op: 'eq', value: '2025-03-01T01:00:00+01:00' },
        ],
      },
    ],
  ];
  it.each(maybe)('maybe: %s', (_, c) => expect(judgeCondition(c).verdict).toBe('maybe'));
});
