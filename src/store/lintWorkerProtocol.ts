import type { LintProblem } from '../domain/lint';
import type { Environment } from '../domain/scenario';
import type { Locale } from '../i18n/locales';

/**
 * The design of a request: whole, as JSON text (one string is cheaper to hand over than a
 * structured clone of thousands of objects), or what changed since the page's previous request
 * (see lintTransfer.ts).
 */
export type FlowUpdate = { whole: string } | { changed: FlowChange[] };

/** A top-level field of the flow that changed: whole, or the changed entries of a list of the same length. */
export type FlowChange = { key: string; value: unknown } | { key: string; items: [number, unknown][] };

/** The page asks the lint worker for the problems of one flow version. */
export interface LintRequest {
  seq: number;
  flow: FlowUpdate;
  env: Environment;
  /** The designer's language: the worker writes its messages in it. */
  locale: Locale;
}

/** A problem, or the index of the same problem in the worker's previous answer. */
export type ProblemOrSame = LintProblem | number;

/** The problems found, or why the worker could not find them (the page then lints on its own thread). */
export type LintResponse = { seq: number; problems: ProblemOrSame[] } | { seq: number; failed: string };
