import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine';
import { flow, scenario } from './helpers';

/* docs/semantics.md §4.2: a custom field declared `any` accepts a value of any JSON type from Edit order fields. */

const write = (value: unknown, type = 'any') => {
  const f = flow({
    robots: [
      {
        id: 'set',
        type: 'order.update',
        status: 'A',
        settings: { fields: [{ field: 'order.custom.score', value }] },
      },
    ],
  });
  const t = simulate(f, scenario({ environment: { customFields: [{ name: 'score', type }] } }));
  return {
    entry: t.entries.find((e) => 'robot' in e && e.robot === 'set' && e.kind !== 'robot.scheduled'),
    final: t.final,
  };
};

describe('custom field of type any', () => {
  it('takes a number, a boolean, a list and an object as they are', () => {
    for (const value of [42, true, [1, 2], { a: 1 }]) {
      const { entry, final } = write(value);
      expect(entry?.kind).toBe('robot.done');
      expect(final.order.custom).toEqual({ score: value });
    }
  });

  it('takes a text (a rendered template) as text', () => {
    expect(write('{{order.id}}').final.order.custom).toEqual({ score: '1' });
  });

  it('a declared number still converts text and refuses a yes/no', () => {
    expect(write('12', 'number').final.order.custom).toEqual({ score: 12 });
    expect(write(true, 'number').entry).toMatchObject({
      kind: 'robot.failed',
      error: 'Value of "order.custom.score" is not a number',
    });
  });
});
