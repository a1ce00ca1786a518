import { COMMANDS } from './commandTable';
import type { CliIo } from './io';
import { EXIT } from './io';

const HELP_FLAGS = new Set(['--help', '-h', 'help']);

/** The overview printed by `orderflow --help`. */
export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Orderflow — design, check and simulate online-store order automation.',
    '',
    'usage: npm run --silent orderflow -- COMMAND [ARGS]',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Results go to stdout, diagnostics to stderr. Exit codes: 0 fine, 1 the document has errors,',
    '2 the input cannot be read or parsed (or the command line is wrong).',
    'Run `orderflow COMMAND --help` for the arguments of one command.',
    '',
  ].join('\n');
}

/** Runs one command line (without the program name) and returns the exit code (a promise for async commands). */
export function runCli(args: readonly string[], io: CliIo): number | Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined) {
    io.stderr(helpText());
    return EXIT.unreadable;
  }
  if (HELP_FLAGS.has(name)) {
    io.stdout(helpText());
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`Unknown command "${name}".\n\n${helpText()}`);
    return EXIT.unreadable;
  }
  if (rest.some((a) => a === '--help' || a === '-h')) {
    io.stdout(`${command.usage}\n${command.summary}\n`);
    return EXIT.ok;
  }
  return command.run(rest, io);
}
