import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flowSchema } from '../../../src/domain/flow';
import { scenarioSchema } from '../../../src/domain/scenario';
import { simulate } from '../../../src/engine';
import { FIXTURES, readJson } from './helpers';

/*
 * The SPEC §4 conformance examples (tests/fixtures/conformance, copied from ../shared/conformance so
 * CI does not depend on the sibling folder): the simulator must give these timelines exactly
 * (parsed JSON, key order free).
 */
const SHARED = new URL('../../../../shared/conformance/', import.meta.url);

const EXAMPLES = [
  ['ex1-paid-shipped', 'ex1-paid-shipped'],
  ['ex2-never-paid', 'ex2-never-paid'],
  ['ex3-loop-guard', 'ex3-loop-guard'],
  ['ex3-loop-guard', 'ex3b-entry-limit'],
] as const;

describe('SPEC §4 conformance examples', () => {
  for (const [flowName, scenarioName] of EXAMPLES) {
    it(`${scenarioName} gives the worked-out timeline entry by entry`, () => {
      const flow = flowSchema.parse(readJson(new URL(`${flowName}.flow.json`, FIXTURES)));
      const scenario = scenarioSchema.parse(readJson(new URL(`${scenarioName}.scenario.json`, FIXTURES)));
      const expected = readJson(new URL(`${scenarioName}.timeline.json`, FIXTURES)) as {
        entries: unknown[];
        final: unknown;
      };
      const actual = JSON.parse(JSON.stringify(simulate(flow, scenario))) as typeof expected;
      // Entry by entry first, so a failure names the first differing entry.
      for (let i = 0; i < Math.max(expected.entries.length, actual.entries.length); i++) {
        expect(actual.entries[i], `entry ${i + 1}`).toStrictEqual(expected.entries[i]);
      }
      expect(actual.final).toStrictEqual(expected.final);
      expect(actual).toStrictEqual(expected);
    });
  }

  it('the fixtures are copies of the shared conformance files', () => {
    const copies = readdirSync(FIXTURES).sort();
    expect(copies).toContain('README.md');
    expect(copies.filter((f) => f.endsWith('.json'))).toHaveLength(13);
    // In the monorepo checkout the originals sit beside the repository: the copies must not drift.
    if (existsSync(SHARED)) {
      for (const file of copies) {
        expect(readFileSync(new URL(file, FIXTURES), 'utf8'), file).toBe(
          readFileSync(new URL(file, SHARED), 'utf8'),
        );
      }
    }
  });
});
