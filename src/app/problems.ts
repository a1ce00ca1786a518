import type { Environment } from '../domain/scenario';
import type { LintProblem } from '../domain/lint';
import { useTranslator } from '../i18n/react';
import { environmentOf, lintPending, problemsOf, useDesigner, useLintUpdates } from '../store';

export { environmentOf, problemsOf };

export function useEnvironment(): Environment {
  return useDesigner(environmentOf);
}

/**
 * The current lint problems; rerenders only when the document, the reference data or (for a large
 * design, linted in a worker) the worker's answer change.
 */
export function useProblems(): LintProblem[] {
  useLintUpdates();
  const flow = useDesigner((s) => s.flow);
  const translator = useTranslator();
  return problemsOf(flow, useEnvironment(), translator);
}

/** True while a large design waits for its first check (see lintPending): no "No problems" yet. */
export function useLintPending(): boolean {
  useLintUpdates();
  const flow = useDesigner((s) => s.flow);
  const translator = useTranslator();
  return lintPending(flow, useEnvironment(), translator);
}
