/**
 * The lint codes: stable identifiers a user can search for, each with its severity. Their English
 * titles and help are in codeTexts.ts (and every language's in the messages), kept apart because the
 * first screen needs the severities only.
 * Severity follows docs/semantics.md §6: an error makes the design impossible to run as drawn; a warning is
 * suspicious or unused; an info is a hint. Codes are never reused for a different meaning.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface CodeInfo {
  severity: Severity;
}

export const LINT_CODES = {
  OF101: { severity: 'error' },
  OF102: { severity: 'error' },
  OF103: { severity: 'error' },
  OF104: { severity: 'error' },
  OF201: { severity: 'error' },
  OF202: { severity: 'warning' },
  OF203: { severity: 'error' },
  OF204: { severity: 'error' },
  OF205: { severity: 'warning' },
  OF206: { severity: 'error' },
  OF301: { severity: 'error' },
  OF302: { severity: 'error' },
  OF303: { severity: 'error' },
  OF311: { severity: 'warning' },
  OF312: { severity: 'info' },
  OF313: { severity: 'warning' },
  OF321: { severity: 'warning' },
  OF322: { severity: 'warning' },
  OF401: { severity: 'error' },
  OF402: { severity: 'error' },
  OF403: { severity: 'error' },
  OF501: { severity: 'error' },
  OF502: { severity: 'error' },
  OF503: { severity: 'error' },
  OF504: { severity: 'error' },
  OF601: { severity: 'warning' },
  OF701: { severity: 'error' },
  OF801: { severity: 'warning' },
  OF802: { severity: 'warning' },
  OF803: { severity: 'warning' },
  OF804: { severity: 'warning' },
  OF805: { severity: 'warning' },
  OF806: { severity: 'info' },
  OF807: { severity: 'info' },
  OF808: { severity: 'info' },
  OF809: { severity: 'info' },
  OF810: { severity: 'info' },
} as const satisfies Record<string, CodeInfo>;

export type LintCode = keyof typeof LINT_CODES;

/** Counts by severity, e.g. for a status bar or the CLI's exit code. */
export function countBySeverity(problems: readonly { severity: Severity }[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const p of problems) counts[p.severity] += 1;
  return counts;
}
