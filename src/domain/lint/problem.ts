import type { Robot, Trigger } from '../flow';
import { LINT_CODES } from './codes';
import type { LintCode } from './codes';
import type { PathSegment } from './jsonPath';
import { jsonPath } from './jsonPath';
import type { LintContext, LintProblem } from './types';

/** A problem with the severity its code declares. */
export function problem(code: LintCode, path: readonly PathSegment[], message: string): LintProblem {
  return { code, severity: LINT_CODES[code].severity, path: jsonPath(path), message };
}

/** `['robots', 3]`: where a robot sits in the document. */
export const robotPath = (ctx: LintContext, robot: Robot): PathSegment[] => [
  'robots',
  ctx.robotIndex.get(robot) ?? -1,
];
/** `['triggers', 1]`: where a trigger sits in the document. */
export const triggerPath = (ctx: LintContext, trigger: Trigger): PathSegment[] => [
  'triggers',
  ctx.triggerIndex.get(trigger) ?? -1,
];
