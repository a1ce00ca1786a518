import type { Flow } from '../domain/flow';
import { lintFlow } from '../domain/lint';
import type { LintProblem } from '../domain/lint';
import { DEFAULT_ENVIRONMENT } from '../domain/reference/defaultEnvironment';
import type { Environment } from '../domain/scenario';
import { useDesigner } from '../store';
import type { DesignerState } from '../store';

/*
 * Lint runs once per document version: immer gives every edit a new flow object and keeps it for
 * unchanged documents, so a WeakMap keyed by the flow is a memo that the top bar, the problems panel
 * and the inspector share without running the linter three times.
 */
const cache = new WeakMap<Flow, { env: Environment; problems: LintProblem[] }>();

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

export function useEnvironment(): Environment {
  return useDesigner(environmentOf);
}

/** The current lint problems; rerenders only when the document or the reference data change. */
export function useProblems(): LintProblem[] {
  const flow = useDesigner((s) => s.flow);
  return problemsOf(flow, useEnvironment());
}
