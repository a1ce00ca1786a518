import { problemsByNodePath } from '../../domain/lint/byNode';
import type { LintProblem } from '../../domain/lint';

/** Codes the settings form already says in its own words while the user types. */
const FORM_CODES = new Set(['OF101', 'OF102']);

/**
 * Splits the lint problems of one node (`$.robots[3]…`) into the ones a settings field shows inline
 * (keyed by setting) and the rest, listed at the top of the inspector.
 */
export function nodeProblems(problems: readonly LintProblem[], prefix: string) {
  const inline: Record<string, string[]> = {};
  const general: LintProblem[] = [];
  for (const p of problemsByNodePath(problems).get(prefix) ?? []) {
    const setting = /^\.settings(?:\.([A-Za-z_$][\w$]*)|\["([^"]+)"\])/.exec(p.path.slice(prefix.length));
    if (setting) {
      if (FORM_CODES.has(p.code)) continue;
      (inline[setting[1] ?? setting[2]!] ??= []).push(p.message);
    } else general.push(p);
  }
  return { inline, general };
}
