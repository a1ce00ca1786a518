import { LINT_CODES } from '../../domain/lint';
import { IO_CODES } from '../../io';
import type { CliIo } from '../io';
import { EXIT, nodeIo } from '../io';

export const CODES_USAGE = 'usage: orderflow codes';

/** `codes`: every diagnostic code with its severity, title and help, one per line (tab-separated). */
export function codesCommand(args: readonly string[], io: CliIo = nodeIo): number {
  if (args.length > 0) {
    io.stderr(`${CODES_USAGE}\n`);
    return EXIT.unreadable;
  }
  // Reading problems (OF0xx) are errors except the notices that a load succeeded with changes.
  const ioSeverity = (code: string) =>
    ['OF005', 'OF006', 'OF007', 'OF008'].includes(code) ? 'warning' : 'error';
  for (const [code, help] of Object.entries(IO_CODES)) io.stdout(`${code}\t${ioSeverity(code)}\t${help}\n`);
  for (const [code, info] of Object.entries(LINT_CODES))
    io.stdout(`${code}\t${info.severity}\t${info.title}: ${info.help}\n`);
  return EXIT.ok;
}
