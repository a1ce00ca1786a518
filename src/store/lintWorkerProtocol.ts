import type { LintProblem } from '../domain/lint';
import type { Environment } from '../domain/scenario';

/** The page asks the lint worker for the problems of one flow version. */
export interface LintRequest {
  seq: number;
  flowJson: string;
  env: Environment;
}

export interface LintResponse {
  seq: number;
  problems: LintProblem[];
}
