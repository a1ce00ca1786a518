import { describe, expect, it } from 'vitest';
import { lintFlow } from '../../../src/domain/lint';
import { DEFAULT_ENVIRONMENT } from '../../../src/domain/reference/defaultEnvironment';
import { problemsOf } from '../../../src/store/lint';
import { HAZARD_CASES } from '../../fixtures/hazards/designs';

/* The page loads the hazard rules after its first screen; once they are in, its answers hold them. */
describe("the page's lint and the hazard rules", () => {
  it('answers with every rule once the hazards have loaded, as lintFlow does', async () => {
    const hazard = HAZARD_CASES.find((c) => c.code === 'OF805')!.hazard;
    problemsOf(hazard, DEFAULT_ENVIRONMENT); // asks for the hazard rules
    await expect.poll(() => problemsOf(hazard, DEFAULT_ENVIRONMENT).map((p) => p.code)).toContain('OF805');
    expect(problemsOf(hazard, DEFAULT_ENVIRONMENT)).toEqual(lintFlow(hazard));
  });
});
