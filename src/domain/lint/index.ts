import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';
import type { Flow } from '../flow';
import { DEFAULT_ENVIRONMENT } from '../reference/defaultEnvironment';
import type { Environment } from '../scenario';
import { HAZARD_RULES } from './hazards';
import { CORE_LINT_RULES } from './registry';
import { lintWith } from './run';
import type { LintProblem, LintRule } from './types';

export { lintTitle, lintHelp } from './codeText';
export { LINT_CODES, countBySeverity, type CodeInfo, type LintCode, type Severity } from './codes';
export { CORE_LINT_RULES } from './registry';
export { HAZARD_RULES } from './hazards';
export { lintWith } from './run';
export { problemsByNodePath } from './byNode';
export type { LintProblem, LintRule, LintContext, QuickFix } from './types';
export { jsonPath, type PathSegment } from './jsonPath';
export { reachableStatuses } from './rules/statuses';
export { audioUrlProblem } from './rules/audio';
export { starvedRobots } from './hazards';

/** Every lint rule: the well-formedness rules, then the hazards. */
export const LINT_RULES: readonly LintRule[] = [...CORE_LINT_RULES, ...HAZARD_RULES];

/** Lints a flow against reference data (default: the built-in environment). Pure; problems in document order. */
export function lintFlow(
  flow: Flow,
  env: Environment = DEFAULT_ENVIRONMENT,
  translator: Translator = englishTranslator,
): LintProblem[] {
  return lintWith(flow, env, LINT_RULES, translator);
}
