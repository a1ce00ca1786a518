import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flowSchema } from '../../../src/domain/flow';
import { scenarioSchema } from '../../../src/domain/scenario';
import { simulate } from '../../../src/engine';
import { FIXTURES, readJson } from './helpers';

/*
 * The conformance examples of docs/semantics.md §4 (tests/fixtures/conformance, copied from the
 * project's shared folder so a clone alone can run them): the simulator must give these timelines
 * exactly (parsed JSON, key order free). The examples are read from the README's table, so an
 * example added there is tested without touching this file.
 */
const SHARED = new URL('../../../../shared/conformance/', import.meta.url);

/** The rows of a conformance README's first table: flow, scenario and timeline file names. */
function examplesOf(readme: string): { flow: string; scenario: string; timeline: string }[] {
  return readme
    .split('\n')
    .map((row) => row.split('|').map((cell) => cell.trim()))
    .filter((cells) => cells.length === 6 && cells[4]!.endsWith('.timeline.json'))
    .map(([, , flow, scenario, timeline]) => ({ flow: flow!, scenario: scenario!, timeline: timeline! }));
}

const EXAMPLES = examplesOf(readFileSync(new URL('README.md', FIXTURES), 'utf8'));

describe('conformance examples', () => {
  it('the README lists the four worked-out timelines', () => {
    expect(EXAMPLES.map((e) => e.timeline)).toEqual([
      'ex1-paid-shipped.timeline.json',
      'ex2-never-paid.timeline.json',
      'ex3-loop-guard.timeline.json',
      'ex3b-entry-limit.timeline.json',
    ]);
  });

  for (const example of EXAMPLES) {
    it(`${example.scenario} gives the worked-out timeline entry by entry`, () => {
      const flow = flowSchema.parse(readJson(new URL(example.flow, FIXTURES)));
      const scenario = scenarioSchema.parse(readJson(new URL(example.scenario, FIXTURES)));
      const expected = readJson(new URL(example.timeline, FIXTURES)) as {
        entries: unknown[];
        final: unknown;
      };
      const actual = JSON.parse(JSON.stringify(simulate(flow, scenario))) as typeof expected;
      expect(expected.entries.length).toBeGreaterThan(0);
      // Entry by entry first, so a failure names the first differing entry.
      for (let i = 0; i < Math.max(expected.entries.length, actual.entries.length); i++) {
        expect(actual.entries[i], `entry ${i + 1}`).toStrictEqual(expected.entries[i]);
      }
      expect(actual.final).toStrictEqual(expected.final);
      expect(actual).toStrictEqual(expected);
    });
  }

  /*
   * The copies must not drift from the originals, and every original with a timeline must be here.
   * The shared folder sits beside the clone in development and in CI; without it this fails with
   * a sentence instead of passing without comparing anything.
   */
  it('the fixtures are copies of the shared conformance files, and none is missing', () => {
    expect(
      existsSync(SHARED),
      `the shared conformance folder was not found at ${SHARED.pathname}; it sits beside the clone`,
    ).toBe(true);
    const copies = readdirSync(FIXTURES).sort();
    expect(copies).toContain('README.md');
    for (const file of copies) {
      expect(readFileSync(new URL(file, FIXTURES), 'utf8'), file).toBe(
        readFileSync(new URL(file, SHARED), 'utf8'),
      );
    }
    const shared = examplesOf(readFileSync(new URL('README.md', SHARED), 'utf8'));
    expect(shared.length).toBeGreaterThan(0);
    for (const example of shared) {
      for (const file of [example.flow, example.scenario, example.timeline]) expect(copies).toContain(file);
    }
  });
});
