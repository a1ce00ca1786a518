import type { Flow } from '../flow';
import { DEFAULT_ENVIRONMENT } from '../reference/defaultEnvironment';
import type { Environment } from '../scenario';
import { buildContext } from './context';
import { LINT_RULES } from './registry';
import type { LintProblem } from './types';
import type { Severity } from './codes';

export { LINT_CODES, type CodeInfo, type LintCode, type Severity } from './codes';
export { LINT_RULES } from './registry';
export type { LintProblem, LintRule, LintContext, QuickFix } from './types';
export { jsonPath, type PathSegment } from './jsonPath';
export { reachableStatuses } from './rules/statuses';
export { audioUrlProblem } from './rules/audio';
export { starvedRobots } from './hazards/starved';

const SECTIONS = ['format', 'version', 'id', 'name', 'settings', 'statuses', 'robots', 'triggers'];

/** Document order: by section, then by item index; problems of one item keep the rule order. */
function documentOrder(path: string): [number, number] {
  const m = /^\$\.([A-Za-z]+)(?:\[(\d+)\])?/.exec(path);
  const section = m ? SECTIONS.indexOf(m[1]!) : -1;
  return [section === -1 ? SECTIONS.length : section, m?.[2] ? Number(m[2]) : -1];
}

/** Lints a flow against reference data (default: the built-in environment). Pure; problems in document order. */
export function lintFlow(flow: Flow, env: Environment = DEFAULT_ENVIRONMENT): LintProblem[] {
  const ctx = buildContext(flow, env);
  const problems = LINT_RULES.flatMap((rule) => rule.check(ctx));
  return problems
    .map((p, i) => ({ p, i, key: documentOrder(p.path) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.i - b.i)
    .map(({ p }) => p);
}

/** Counts by severity, e.g. for a status bar or the CLI's exit code. */
export function countBySeverity(problems: readonly { severity: Severity }[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const p of problems) counts[p.severity] += 1;
  return counts;
}
