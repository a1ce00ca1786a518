import { describe, expect, it } from 'vitest';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { SAMPLE_SCENARIOS } from '../../../src/domain/samples/scenarios';
import { simulate } from '../../../src/engine';
import { judgeExpectations } from '../../../src/engine/expectations';

describe('the sample scenarios', () => {
  for (const { slug, scenario } of SAMPLE_SCENARIOS) {
    it(`${slug} says what must happen, and it does`, () => {
      const verdicts = judgeExpectations(DEFAULT_FLOW, scenario, simulate(DEFAULT_FLOW, scenario));
      expect(verdicts.length).toBeGreaterThanOrEqual(4);
      expect(verdicts.filter((v) => !v.holds)).toEqual([]);
    });
  }
});
