import type { Flow } from '../domain/flow';
import { lintFlow } from '../domain/lint';
import type { LintProblem } from '../domain/lint';
import { DEFAULT_ENVIRONMENT } from '../domain/reference/defaultEnvironment';
import type { Environment } from '../domain/scenario';
import type { DesignerState } from './types';

/*
 * Lint runs once per document version: immer gives every edit a new flow object and keeps it for
 * unchanged documents, so a WeakMap keyed by the flow is a memo that the top bar, the problems panel,
 * the inspector and every card share without running the linter more than once.
 */
const cache = new WeakMap<Flow, { env: Environment; problems: LintProblem[] }>();
const byNodeCache = new WeakMap<LintProblem[], Map<string, LintProblem[]>>();
const NONE: readonly LintProblem[] = [];

/** lintFlow(flow, env), memoized per flow object and environment. */
export function problemsOf(flow: Flow, env: Environment): LintProblem[] {
  const hit = cache.get(flow);
  if (hit && hit.env === env) return hit.problems;
  const problems = lintFlow(flow, env);
  cache.set(flow, { env, problems });
  return problems;
}

/** The backend's reference data once it arrived, else the built-in lists (same as the simulator's). */
export const environmentOf = (s: DesignerState): Environment =>
  s.reference.state === 'ready' ? s.reference.environment : DEFAULT_ENVIRONMENT;

/** `$.robots[3]…` → the id of robot 3; undefined for flow- and status-level problems. */
function nodeIdOf(flow: Flow, path: string): string | undefined {
  const m = /^\$\.(robots|triggers)\[(\d+)\]/.exec(path);
  if (!m) return undefined;
  const list = m[1] === 'robots' ? flow.robots : flow.triggers;
  return list[Number(m[2])]?.id;
}

/**
 * The lint problems of one robot or trigger. A selector: the per-node lists are built once per lint
 * result, so thousands of cards each read a stable array and rerender only when their own list does.
 */
export function nodeProblemsOf(s: DesignerState, nodeId: string): readonly LintProblem[] {
  const problems = problemsOf(s.flow, environmentOf(s));
  let byNode = byNodeCache.get(problems);
  if (!byNode) {
    byNode = new Map();
    for (const p of problems) {
      const id = nodeIdOf(s.flow, p.path);
      if (id === undefined) continue;
      const list = byNode.get(id);
      if (list) list.push(p);
      else byNode.set(id, [p]);
    }
    byNodeCache.set(problems, byNode);
  }
  return byNode.get(nodeId) ?? NONE;
}
