import type { CliIo } from '../io';
import { EXIT, cliT, nodeIo } from '../io';
import { diagnosticRows } from '../diagnostics';
import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';

/** `usage: orderflow codes`, in the translator's language. */
export const codesUsage = ({ t }: Translator = englishTranslator): string => t('cli.usage.codes');

/**
 * `codes`: every diagnostic code with its severity, title and help, one per line (tab-separated).
 * The code and severity columns are the same in every language; the title and help are the
 * problems list's own (`lint.code.OFxxx.title/.help`).
 */
export function codesCommand(args: readonly string[], io: CliIo = nodeIo): number {
  if (args.length > 0) {
    io.stderr(`${codesUsage(cliT(io))}\n`);
    return EXIT.unreadable;
  }
  for (const row of diagnosticRows(io.translator))
    io.stdout(`${row.code}\t${row.severity}\t${row.meaning}\n`);
  return EXIT.ok;
}
