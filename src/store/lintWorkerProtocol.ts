import type { LintProblem } from '../domain/lint';
import type { Environment } from '../domain/scenario';
import type { Locale } from '../i18n/locales';

/** The page asks the lint worker for the problems of one flow version. */
export interface LintRequest {
  seq: number;
  flowJson: string;
  env: Environment;
  /** The designer's language: the worker writes its messages in it. */
  locale: Locale;
}

/** The problems found, or why the worker could not find them (the page then lints on its own thread). */
export type LintResponse = { seq: number; problems: LintProblem[] } | { seq: number; failed: string };
