import { flowSchema } from '../../../src/domain/flow';
import type { Flow } from '../../../src/domain/flow';
import type { LintCode, LintProblem } from '../../../src/domain/lint';
import { lintFlow } from '../../../src/domain/lint';
import { DEFAULT_ENVIRONMENT } from '../../../src/domain/reference/defaultEnvironment';
import type { Environment } from '../../../src/domain/scenario';
import { DEFAULT_FLOW } from '../../../src/domain/samples';

/*
 * Lint cases start from the default flow (which lints clean) and change one thing. Documents from
 * outside are untyped JSON, so the edit works on `any` and the result is parsed, never cast.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = Record<string, any>;

/** The default flow with `edit` applied to its JSON. */
export function flowWith(edit: (doc: Loose) => void): Flow {
  const doc = JSON.parse(JSON.stringify(DEFAULT_FLOW)) as Loose;
  edit(doc);
  return flowSchema.parse(doc);
}

/** The robot (or trigger) with this id in an editable document. */
export const robot = (doc: Loose, id: string): Loose => doc.robots.find((r: Loose) => r.id === id);
export const trigger = (doc: Loose, id: string): Loose => doc.triggers.find((t: Loose) => t.id === id);

/** A new robot for `doc`, immediate, attached to `status`. */
export function addRobot(doc: Loose, fields: Loose): Loose {
  const r = { after: null, delay: { type: 'immediate' }, settings: {}, ...fields };
  doc.robots.push(r);
  return r;
}

/** The problems of one code. */
export function problemsOf(
  code: LintCode,
  flow: Flow,
  env: Environment = DEFAULT_ENVIRONMENT,
): LintProblem[] {
  return lintFlow(flow, env).filter((p) => p.code === code);
}
