import type { Flow } from '../domain/flow';
import type { LintProblem } from '../domain/lint';
import type { Environment } from '../domain/scenario';
import type { Locale } from '../i18n/locales';
import { applyFlowUpdate, encodeProblems } from './lintTransfer';
import type { LintRequest, LintResponse } from './lintWorkerProtocol';

type Lint = (flow: Flow, env: Environment, locale: Locale) => Promise<LintProblem[]> | LintProblem[];

/**
 * The lint worker's memory between requests: the design as the page last sent it and the problems
 * it answered last, which the next request and answer are told against. Requests are handled in the
 * order they came (a language may still be loading for one of them).
 */
export function lintWorkerCore(lint: Lint): (request: LintRequest) => Promise<LintResponse> {
  let flow: Flow | null = null;
  let previous: LintProblem[] = [];
  let queue: Promise<unknown> = Promise.resolve();
  return (request) => {
    const answer = queue.then(async (): Promise<LintResponse> => {
      try {
        flow = applyFlowUpdate(flow, request.flow);
        const problems = await lint(flow, request.env, request.locale ?? 'en');
        const encoded = encodeProblems(previous, problems);
        previous = problems;
        return { seq: request.seq, problems: encoded };
      } catch (error) {
        // The page lints on its own thread from now on; nothing of this worker's memory is used again.
        return { seq: request.seq, failed: error instanceof Error ? error.message : String(error) };
      }
    });
    queue = answer;
    return answer;
  };
}
