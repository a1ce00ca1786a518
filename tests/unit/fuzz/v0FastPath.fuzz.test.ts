import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readV0Robots, v0Robots } from '../../../src/io/migrations/flowV0';
import { validateWith } from '../../../src/io/zodProblems';
import { MARKUP } from '../../support/hostileDocuments';

/*
 * The v0 migration copies well-formed robots without zod (a 5,000-robot file loads faster). The
 * copy must be exactly what zod gives — same values, same key order (warnings list keys in it),
 * "__proto__" handled the same — and anything else must still get zod's messages. 3,000 runs.
 */

const key = fc.constantFrom(
  'id',
  'status',
  'afterPrevious',
  'type',
  'delay',
  'settings',
  'note',
  '__proto__',
  'constructor',
  'toString',
  '',
);
const value = fc.oneof(
  fc.constantFrom('r1', 'N', '', ...MARKUP),
  fc.boolean(),
  fc.integer(),
  fc.constant(null),
  fc.constant({ type: 'immediate' }),
  fc.constant(['a']),
);
/** A robot-like object: usually well formed, with extra keys in any order, sometimes broken. */
const robot = fc
  .record({
    id: fc.constantFrom('a', 'b', 'r-1', '<b>x</b>'),
    status: fc.constantFrom('N', 'P'),
    afterPrevious: fc.option(fc.boolean(), { nil: undefined }),
    extra: fc.array(fc.tuple(key, value), { maxLength: 5 }),
    order: fc.nat(),
  })
  .map(({ id, status, afterPrevious, extra, order }) => {
    const entries: [string, unknown][] = [['id', id], ['status', status], ...extra];
    if (afterPrevious !== undefined) entries.push(['afterPrevious', afterPrevious]);
    // Rotate, so known keys are not always first in the input.
    const rotated = entries.map((_, i) => entries[(i + order) % entries.length]!);
    const out: Record<string, unknown> = {};
    for (const [k, v] of rotated)
      Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    return out;
  });
const robots = fc.oneof(
  { weight: 6, arbitrary: fc.array(robot, { maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, 'robots', 3, {}, [null], [[]]) },
);

describe('v0 migration fast path', () => {
  it('reads robots exactly as zod does, key order and messages included', () => {
    fc.assert(
      fc.property(robots, (list) => {
        // Through JSON, as the loader gets them: "__proto__" is then an own key, as in a file.
        const input = list === undefined ? undefined : JSON.parse(JSON.stringify(list));
        const fast = readV0Robots(input);
        const zod = validateWith(v0Robots.default([]), input);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(zod));
        expect(fast).toStrictEqual(zod);
      }),
      { numRuns: 3_000 },
    );
  });
});
