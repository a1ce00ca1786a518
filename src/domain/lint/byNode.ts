import type { LintProblem } from './types';

const NODE_PATH = /^\$\.(?:robots|triggers|statuses)\[\d+\]/;

/*
 * Kept per lint result: a large design has thousands of problems, and the cards and the inspector
 * ask for one node's on every edit (the result stays the same array while nothing changed).
 */
const grouped = new WeakMap<readonly LintProblem[], ReadonlyMap<string, LintProblem[]>>();

/** The problems of each status, robot and trigger, keyed by its path (`$.robots[3]`), in order. */
export function problemsByNodePath(problems: readonly LintProblem[]): ReadonlyMap<string, LintProblem[]> {
  let byPath = grouped.get(problems);
  if (!byPath) {
    const built = new Map<string, LintProblem[]>();
    for (const p of problems) {
      const node = NODE_PATH.exec(p.path)?.[0];
      if (node === undefined) continue;
      const list = built.get(node);
      if (list) list.push(p);
      else built.set(node, [p]);
    }
    grouped.set(problems, (byPath = built));
  }
  return byPath;
}
