import { LINT_CODE_TEXTS } from '../../../src/domain/lint/codeTexts';
import type { LintCode } from '../../../src/domain/lint';
import { describe, expect, it } from 'vitest';
import { LINT_CODES, LINT_RULES, lintFlow } from '../../../src/domain/lint';
import { DEFAULT_FLOW } from '../../../src/domain/samples';

describe('lint registry', () => {
  it('lints the embedded default flow without errors or warnings; its two infos are the unchecked MOBILE phones', () => {
    // docs/semantics.md §8's SMSes go to a MOBILE phone with no condition on it: the third sample scenario (a
    // client without a mobile phone) shows both fail, which is what OF810 points at.
    expect(lintFlow(DEFAULT_FLOW).map((p) => `${p.severity} ${p.code} ${p.path}`)).toEqual([
      'info OF810 $.robots[1]',
      'info OF810 $.robots[8]',
    ]);
  });

  it('every code in the table belongs to a rule, and every rule code is in the table', () => {
    const ruleCodes = new Set(LINT_RULES.flatMap((r) => r.codes));
    expect([...ruleCodes].sort()).toEqual(Object.keys(LINT_CODES).sort());
  });

  it('every code has a severity, a title and a help text', () => {
    for (const [code, info] of Object.entries(LINT_CODES)) {
      expect(code).toMatch(/^OF[1-9]\d\d$/);
      expect(['error', 'warning', 'info']).toContain(info.severity);
      expect(LINT_CODE_TEXTS[code as LintCode].title.length).toBeGreaterThan(5);
      expect(LINT_CODE_TEXTS[code as LintCode].help.length).toBeGreaterThan(20);
    }
  });
});
