import { lintFlow } from '../domain/lint';
import type { Flow } from '../domain/flow';
import { resolveEnvironment } from '../domain/reference/defaultEnvironment';
import type { Scenario } from '../domain/scenario';
import { loadFlow, loadScenario } from '../io';
import type { IoProblem } from '../io';
import type { CliIo } from './io';
import { EXIT, cliT, readInput } from './io';

/** A document that loaded, or the exit code that says why not (problems already on stderr). */
export type Loaded<T> = { ok: true; value: T } | { ok: false; exit: 1 | 2 };

/** Prints reading problems as `FILE: SEVERITY CODE PATH message`. */
export function reportProblems(
  file: string,
  severity: string,
  problems: readonly IoProblem[],
  io: CliIo,
): void {
  for (const p of problems) io.stderr(`${file}: ${severity} ${p.code} ${p.path} ${p.message}\n`);
}

/** A document read from a file, or what the reader said was wrong with it. */
type Read<T> = { ok: true; value: T; warnings: IoProblem[] } | { ok: false; errors: IoProblem[] };

/**
 * Reads a document and says on stderr what its reading changed (warnings) or why it failed
 * (errors); unreadable input (OF001) exits 2, an invalid document 1.
 */
function readDocument<T>(file: string, io: CliIo, read: (text: string) => Read<T>): Loaded<T> {
  const input = readInput(file, io);
  if (!input.ok) return { ok: false, exit: EXIT.unreadable };
  const loaded = read(input.text);
  if (!loaded.ok) {
    reportProblems(file, 'error', loaded.errors, io);
    return {
      ok: false,
      exit: loaded.errors.some((e) => e.code === 'OF001') ? EXIT.unreadable : EXIT.invalid,
    };
  }
  reportProblems(file, 'warning', loaded.warnings, io);
  return { ok: true, value: loaded.value };
}

/**
 * Reads a flow and says on stderr what its reading changed: migration warnings (OF005, OF008 —
 * a version-0 upgrade that needed a judgement call) and dropped or kept keys. A run or an export
 * that swallowed them would pass off a guessed design as the one written.
 */
export function readFlow(file: string, io: CliIo): Loaded<Flow> {
  return readDocument(file, io, (text) => {
    const loaded = loadFlow(text, cliT(io));
    return loaded.ok ? { ok: true, value: loaded.flow, warnings: loaded.warnings } : loaded;
  });
}

/** Reads a scenario; its reading warnings go to stderr too. */
export function readScenario(file: string, io: CliIo): Loaded<Scenario> {
  return readDocument(file, io, (text) => {
    const loaded = loadScenario(text, cliT(io));
    return loaded.ok ? { ok: true, value: loaded.scenario, warnings: loaded.warnings } : loaded;
  });
}

/**
 * The design's lint errors against the reference data of each scenario (a scenario's mailboxes or
 * custom fields decide some of them), printed once each on stderr. True when there are none — or
 * when `allowErrors` says to run anyway, which is said on stderr too, so a log never hides it.
 */
export function checkDesign(
  file: string,
  flow: Flow,
  scenarios: readonly Scenario[],
  allowErrors: boolean,
  io: CliIo,
): boolean {
  const seen = new Set<string>();
  const envs = scenarios.length > 0 ? scenarios.map((s) => s.environment) : [undefined];
  for (const env of envs) {
    for (const p of lintFlow(flow, resolveEnvironment(env), cliT(io))) {
      if (p.severity !== 'error') continue;
      const line = `${file}: error ${p.code} ${p.path} ${p.message}\n`;
      if (seen.has(line)) continue;
      seen.add(line);
      io.stderr(line);
    }
  }
  if (seen.size === 0) return true;
  const { t } = cliT(io);
  if (allowErrors) {
    io.stderr(`${t('cli.design.errorsAllowed', { file, count: seen.size })}\n`);
    return true;
  }
  io.stderr(`${t('cli.design.errors', { file, count: seen.size })}\n`);
  return false;
}
