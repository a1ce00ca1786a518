import type { CliIo } from '../io';
import { EXIT, nodeIo } from '../io';
import { diagnosticRows } from '../diagnostics';

export const CODES_USAGE = 'usage: orderflow codes';

/** `codes`: every diagnostic code with its severity, title and help, one per line (tab-separated). */
export function codesCommand(args: readonly string[], io: CliIo = nodeIo): number {
  if (args.length > 0) {
    io.stderr(`${CODES_USAGE}\n`);
    return EXIT.unreadable;
  }
  for (const row of diagnosticRows()) io.stdout(`${row.code}\t${row.severity}\t${row.meaning}\n`);
  return EXIT.ok;
}
