import type { Translator } from '../../i18n/translator';
import type { Namer } from '../naming';
import type { Command } from '../commands/types';
import type { Flow, Robot, Status, Trigger } from '../flow';
import type { Environment } from '../scenario';
import type { LintCode, Severity } from './codes';

/** One problem in a flow: a stable code, its severity, where (a JSON path) and a plain sentence. */
export interface LintProblem {
  code: LintCode;
  severity: Severity;
  path: string;
  message: string;
  /** A quick fix where one is obvious: a command the problems panel offers under this title. */
  fix?: QuickFix;
}

export interface QuickFix {
  title: string;
  command: Command;
}

/** What every rule sees: the flow, the reference data and indexes built once. */
export interface LintContext {
  flow: Flow;
  env: Environment;
  statusById: ReadonlyMap<string, Status>;
  /** The first robot with each id (duplicates are a lint problem of their own). */
  robotById: ReadonlyMap<string, Robot>;
  robotIndex: ReadonlyMap<Robot, number>;
  triggerIndex: ReadonlyMap<Trigger, number>;
  /** How messages name statuses, robots, triggers and people: by name, never by id. */
  names: Namer;
  /** The language of messages and quick-fix titles (docs/i18n.md): English unless the caller chose. */
  t: Translator['t'];
  translator: Translator;
}

/** A group of related checks; the registry runs them all. */
export interface LintRule {
  name: string;
  codes: readonly LintCode[];
  check(ctx: LintContext): LintProblem[];
}
