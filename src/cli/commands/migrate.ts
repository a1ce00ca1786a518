import type { DocumentKind } from '../../io/load';
import {
  FLOW_KIND,
  SCENARIO_KIND,
  TIMELINE_KIND,
  detectFormat,
  loadDocumentValue,
  parseJsonText,
  serializeDocument,
} from '../../io';
import type { IoProblem } from '../../io';
import type { CliIo } from '../io';
import { EXIT, cliT, nodeIo, readInput } from '../io';
import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';

/** `usage: orderflow migrate FILE.json`, in the translator's language. */
export const migrateUsage = ({ t }: Translator = englishTranslator): string => t('cli.usage.migrate');

const KINDS = [FLOW_KIND, SCENARIO_KIND, TIMELINE_KIND] as const;

function report(file: string, severity: string, problems: readonly IoProblem[], io: CliIo) {
  for (const p of problems) io.stderr(`${file}: ${severity} ${p.code} ${p.path} ${p.message}\n`);
}

/**
 * `migrate FILE.json`: reads a flow, scenario or timeline of any known version and prints it upgraded
 * to the current version (validated, stable key order) on stdout; warnings and errors go to stderr.
 */
export function migrateCommand(args: readonly string[], io: CliIo = nodeIo): number {
  if (args.length !== 1 || args[0]!.startsWith('-')) {
    io.stderr(`${migrateUsage(cliT(io))}\n`);
    return EXIT.unreadable;
  }
  const file = args[0]!;
  const input = readInput(file, io);
  if (!input.ok) return EXIT.unreadable;
  const parsed = parseJsonText(input.text, cliT(io));
  if (!parsed.ok) {
    report(file, 'error', [parsed.error], io);
    return EXIT.unreadable;
  }
  const format = detectFormat(parsed.value);
  const kind: DocumentKind<(typeof KINDS)[number]['schema']> | undefined = KINDS.find(
    (k) => k.format === format,
  );
  if (!kind) {
    const problem: IoProblem = {
      code: 'OF002',
      path: '$.format',
      message: cliT(io).t('cli.migrate.notDocument', {
        formats: KINDS.map((k) => `"${k.format}"`).join(', '),
      }),
    };
    report(file, 'error', [problem], io);
    return EXIT.invalid;
  }
  const result = loadDocumentValue(parsed.value, kind, cliT(io));
  if (!result.ok) {
    report(file, 'error', result.errors, io);
    return EXIT.invalid;
  }
  report(file, 'warning', result.warnings, io);
  io.stdout(serializeDocument(result.value));
  return EXIT.ok;
}
