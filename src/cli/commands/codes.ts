import type { CliIo } from '../io';
import { EXIT, cliT, nodeIo } from '../io';
import { diagnosticRows } from '../diagnostics';
import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';

/** `usage: orderflow codes`, in the translator's language. */
export const codesUsage = ({ t }: Translator = englishTranslator): string => t('cli.usage.codes');

/**
 * `codes`: every diagnostic code with its severity, title and help, one per line (tab-separated).
 * The code and severity columns are the same in every language; in another language than English
 * the title and help are the problems list's own (`lint.code.OFxxx.title/.help`).
 */
export function codesCommand(args: readonly string[], io: CliIo = nodeIo): number {
  if (args.length > 0) {
    io.stderr(`${codesUsage(cliT(io))}\n`);
    return EXIT.unreadable;
  }
  // English is the code's own table, as in the README (its help names `{{…}}` inserts for the
  // developers who read it); another language is the problems list's titles and help.
  const translator = cliT(io);
  const rows = diagnosticRows(translator.locale === 'en' ? undefined : translator);
  for (const row of rows) io.stdout(`${row.code}\t${row.severity}\t${row.meaning}\n`);
  return EXIT.ok;
}
