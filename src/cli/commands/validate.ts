import { countBySeverity, lintFlow } from '../../domain/lint';
import type { Severity } from '../../domain/lint';
import { resolveEnvironment } from '../../domain/reference/defaultEnvironment';
import type { Environment } from '../../domain/scenario';
import { loadFlow, loadScenario } from '../../io';
import type { CliIo } from '../io';
import { EXIT, cliT, nodeIo, readInput } from '../io';
import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';

/** `usage: orderflow validate FLOW.json [--json] [--env SCENARIO.json]`, in the translator's language. */
export const validateUsage = ({ t }: Translator = englishTranslator): string => t('cli.usage.validate');

interface Line {
  severity: Severity;
  code: string;
  path: string;
  message: string;
}

/**
 * `validate FLOW.json`: schema errors and lint problems, one per line as `SEVERITY CODE PATH message`
 * (or a JSON array with --json) on stdout, a summary on stderr. Exit 0 without errors, 1 with
 * errors, 2 when the file cannot be read or is not JSON.
 */
export function validateCommand(args: readonly string[], io: CliIo = nodeIo): number {
  const json = args.includes('--json');
  const envAt = args.indexOf('--env');
  const envFile = envAt === -1 ? undefined : args[envAt + 1];
  const rest = args.filter((a, i) => a !== '--json' && (envAt === -1 || (i !== envAt && i !== envAt + 1)));
  const unknownOption = rest.find((a) => a.startsWith('-'));
  if (rest.length !== 1 || unknownOption || (envAt !== -1 && !envFile)) {
    io.stderr(
      `${unknownOption ? `${cliT(io).t('cli.unknownOption', { option: unknownOption })}\n` : ''}${validateUsage(cliT(io))}\n`,
    );
    return EXIT.unreadable;
  }
  const env = envFile === undefined ? resolveEnvironment(undefined) : readEnvironment(envFile, io);
  if (!env) return EXIT.unreadable;
  const file = rest[0]!;
  const input = readInput(file, io);
  if (!input.ok) return EXIT.unreadable;

  // --json is machine output, the same in every language (SPEC §6); the lines a person reads are in
  // the CLI's language.
  const translator = json ? englishTranslator : cliT(io);
  const loaded = loadFlow(input.text, translator);
  const lines: Line[] = loaded.ok
    ? [
        ...loaded.warnings.map((w): Line => ({ severity: 'warning', ...w })),
        // Lint judges a document that loaded; an invalid one has nothing sound to lint.
        ...lintFlow(loaded.flow, env, translator),
      ]
    : loaded.errors.map((e): Line => ({ severity: 'error', ...e }));

  if (json) io.stdout(`${JSON.stringify(lines, null, 2)}\n`);
  else for (const l of lines) io.stdout(`${l.severity} ${l.code} ${l.path} ${l.message}\n`);

  const counts = countBySeverity(lines);
  io.stderr(`${cliT(io).t('cli.validate.summary', { file, ...counts })}\n`);
  if (!loaded.ok && loaded.errors.some((e) => e.code === 'OF001')) return EXIT.unreadable;
  return counts.error > 0 ? EXIT.invalid : EXIT.ok;
}

/**
 * Reference data to lint against: a scenario's `environment` (each list it gives replaces the
 * built-in one), so a backend can check a flow against its own mailboxes, numbers and employees.
 */
function readEnvironment(file: string, io: CliIo): Environment | undefined {
  const input = readInput(file, io);
  if (!input.ok) return undefined;
  const loaded = loadScenario(input.text, cliT(io));
  if (!loaded.ok) {
    for (const e of loaded.errors) io.stderr(`${file}: error ${e.code} ${e.path} ${e.message}\n`);
    return undefined;
  }
  return resolveEnvironment(loaded.scenario.environment);
}
