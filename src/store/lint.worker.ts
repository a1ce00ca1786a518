/// <reference lib="webworker" />
/*
 * Lint of a large design, off the page's thread (see lint.ts). The flow comes as JSON text: one
 * string is cheaper for the page to hand over than a structured clone of thousands of objects.
 */
import type { Flow } from '../domain/flow';
import { lintFlow } from '../domain/lint';
import type { LintRequest, LintResponse } from './lintWorkerProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<LintRequest>) => {
  const { seq, flowJson, env } = event.data;
  const response: LintResponse = { seq, problems: lintFlow(JSON.parse(flowJson) as Flow, env) };
  scope.postMessage(response);
};
