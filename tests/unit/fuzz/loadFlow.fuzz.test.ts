import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { lintFlow } from '../../../src/domain/lint';
import { loadFlow, serializeFlow } from '../../../src/io';
import { hostileRecipe, hostileText, MARKUP } from '../../support/hostileDocuments';
import { problemsViolation } from '../../support/importChecks';

/*
 * Hostile flow documents through loadFlow (tests/support/hostileDocuments.ts): it never throws;
 * it refuses with problems at real JSON paths in plain sentences, or accepts a document that
 * lints without throwing and survives an export round trip. Nothing leaks onto
 * Object.prototype. Runs: 4,630 + 2,000 + 20 here; with the v0 fast path (3,000) and the import dialog (350) 10,000.
 * A shared two-core machine needs more than the default 5 s for thousands of runs.
 */

/** The first thing wrong with loadFlow's answer to `text`, or undefined. */
function loadViolation(text: string): string | undefined {
  let result;
  try {
    result = loadFlow(text);
  } catch (e) {
    return `loadFlow threw ${String(e)}`;
  }
  if (!result.ok) {
    if (result.errors.length === 0) return 'refused without an error';
    return problemsViolation(result.errors, text);
  }
  const warning = problemsViolation(result.warnings, text);
  if (warning) return warning;
  try {
    lintFlow(result.flow);
  } catch (e) {
    return `lintFlow threw ${String(e)}`;
  }
  const again = loadFlow(serializeFlow(result.flow));
  if (!again.ok) return `the export does not load again: ${again.errors[0]?.message}`;
  if (!isDeepStrictEqual(again.flow, result.flow)) return 'the export loads as another flow';
  return undefined;
}

afterEach(() => {
  // A "__proto__" key that reached an assignment would show up on every object.
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('loadFlow on hostile documents', { timeout: 120_000 }, () => {
  it('mutated documents: never throws, refuses with path-level sentences or accepts a valid flow', () => {
    fc.assert(
      fc.property(hostileRecipe(), (recipe) => {
        expect(loadViolation(hostileText(recipe))).toBeUndefined();
      }),
      { numRuns: 4_630 },
    );
  });

  it('one mutation at a time, every text break included', () => {
    fc.assert(
      fc.property(hostileRecipe({ maxMutations: 1 }), (recipe) => {
        expect(loadViolation(hostileText(recipe))).toBeUndefined();
      }),
      { numRuns: 2_000 },
    );
  });

  it('megabyte strings in names, texts and keys are read or refused with short messages', () => {
    // Mapped from a flag, so a counterexample prints "true", not a megabyte.
    const huge = fc.boolean().map((markup) => ({
      toString: () => (markup ? 'markup + 1 MB' : '1 MB'),
      text: markup ? `${MARKUP[0]}${'x'.repeat(1 << 20)}` : 'y'.repeat(1 << 20),
    }));
    fc.assert(
      fc.property(
        huge,
        fc.array(fc.nat({ max: 10_000 }), { minLength: 1, maxLength: 3 }),
        fc.nat({ max: 3 }),
        fc.boolean(),
        ({ text }, places, base, asKey) => {
          const mutations = places.map((where) =>
            asKey
              ? { kind: 'addKey' as const, where, key: text, value: 1 }
              : { kind: 'set' as const, where, value: text },
          );
          expect(
            loadViolation(hostileText({ base, mutations, textMutation: { kind: 'none' } })),
          ).toBeUndefined();
        },
      ),
      { numRuns: 20 },
    );
  });

  it('refuses a condition nested 10,000 levels deep at its path instead of overflowing the stack', () => {
    const leaf = '{"field":"order.paid","op":"eq","value":true}';
    const deep = '{"not":'.repeat(10_000) + leaf + '}'.repeat(10_000);
    const text = hostileText({ base: 0, mutations: [], textMutation: { kind: 'none' } }).replace(
      '"robots":[{',
      `"robots":[{"condition":${deep},`,
    );
    const result = loadFlow(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.message).toMatch(/nested more than 100 levels deep/);
    expect(result.errors[0]!.path).toMatch(/^\$\.robots\[0\]\.condition(\.not)+$/);
    expect(problemsViolation(result.errors, text)).toBeUndefined();
  });

  it('a number too large for JSON (1e309) is refused at its path, not exported as null later', () => {
    const text = hostileText({ base: 0, mutations: [], textMutation: { kind: 'none' } }).replace(
      '"settings":{}',
      '"settings":{"count":-1e309}',
    );
    const result = loadFlow(text);
    expect(result.ok ? [] : result.errors).toEqual([
      {
        code: 'OF004',
        path: expect.stringMatching(/^\$\.robots\[\d+\]\.settings\.count$/),
        message: expect.stringMatching(/too large to be stored/),
      },
    ]);
  });

  it('"__proto__" keys are reported as dropped and do not change any prototype', () => {
    const text = hostileText({
      base: 0,
      mutations: [{ kind: 'addKey', where: 0, key: '__proto__', value: { polluted: 1 } }],
      textMutation: { kind: 'none' },
    });
    const result = loadFlow(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.getPrototypeOf(result.flow)).toBe(Object.prototype);
    expect(result.warnings).toContainEqual({
      code: 'OF006',
      path: '$.__proto__',
      message: '"__proto__" is not part of the flow format and is dropped on import.',
    });
  });
});
