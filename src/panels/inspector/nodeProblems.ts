import type { LintProblem } from '../../domain/lint';

/** Codes the settings form already says in its own words while the user types. */
const FORM_CODES = new Set(['OF101', 'OF102']);

const NODE_PREFIX = /^\$\.(?:robots|triggers|statuses)\[\d+\]/;

/*
 * The problems of each node, grouped once per lint result: a large design has thousands, and the
 * inspector asks for one node's on every edit (the list stays the same array while nothing changed).
 */
const grouped = new WeakMap<readonly LintProblem[], Map<string, LintProblem[]>>();
function problemsUnder(problems: readonly LintProblem[], prefix: string): readonly LintProblem[] {
  let byPrefix = grouped.get(problems);
  if (!byPrefix) {
    byPrefix = new Map();
    for (const p of problems) {
      const node = NODE_PREFIX.exec(p.path)?.[0];
      if (node === undefined) continue;
      const list = byPrefix.get(node);
      if (list) list.push(p);
      else byPrefix.set(node, [p]);
    }
    grouped.set(problems, byPrefix);
  }
  return byPrefix.get(prefix) ?? [];
}

/**
 * Splits the lint problems of one node (`$.robots[3]…`) into the ones a settings field shows inline
 * (keyed by setting) and the rest, listed at the top of the inspector.
 */
export function nodeProblems(problems: readonly LintProblem[], prefix: string) {
  const inline: Record<string, string[]> = {};
  const general: LintProblem[] = [];
  for (const p of problemsUnder(problems, prefix)) {
    const setting = /^\.settings(?:\.([A-Za-z_$][\w$]*)|\["([^"]+)"\])/.exec(p.path.slice(prefix.length));
    if (setting) {
      if (FORM_CODES.has(p.code)) continue;
      (inline[setting[1] ?? setting[2]!] ??= []).push(p.message);
    } else general.push(p);
  }
  return { inline, general };
}
