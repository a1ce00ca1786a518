import type { Environment } from '../domain/scenario';
import type { LintProblem } from '../domain/lint';
import { environmentOf, problemsOf, useDesigner } from '../store';

export { environmentOf, problemsOf };

export function useEnvironment(): Environment {
  return useDesigner(environmentOf);
}

/** The current lint problems; rerenders only when the document or the reference data change. */
export function useProblems(): LintProblem[] {
  const flow = useDesigner((s) => s.flow);
  return problemsOf(flow, useEnvironment());
}
