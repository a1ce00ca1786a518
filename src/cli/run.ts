import { COMMANDS } from './commandTable';
import type { Command } from './commandTable';
import type { CliIo } from './io';
import { EXIT, cliT } from './io';
import { cliLocale, cliTranslator } from './language';
import type { Translator } from '../i18n/translator';
import { englishTranslator } from '../i18n/english';

const HELP_FLAGS = new Set(['--help', '-h', 'help']);

/** The overview printed by `orderflow --help`. */
export function helpText(translator: Translator = englishTranslator): string {
  const { t } = translator;
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    t('cli.help.intro'),
    '',
    t('cli.help.usage'),
    '',
    t('cli.help.commands'),
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary(translator)}`),
    '',
    t('cli.help.streams'),
    t('cli.help.more'),
    '',
  ].join('\n');
}

/** `orderflow COMMAND --help`: its usage, what it does and its options, in the translator's language. */
export function commandHelp(command: Command, translator: Translator = englishTranslator): string {
  const { t } = translator;
  const flags = command.options.map((o) => (o.flagKey ? t(o.flagKey) : o.flag));
  const width = Math.max(...flags.map((f) => f.length));
  return [
    command.usage(translator),
    command.summary(translator),
    ...(command.options.length > 0 ? ['', t('cli.help.options')] : []),
    ...command.options.map((o, i) => `  ${flags[i]!.padEnd(width)}  ${t(o.hint)}`),
    '',
  ].join('\n');
}

/** Runs one command line (without the program name) and returns the exit code (a promise for async commands). */
export function runCli(allArgs: readonly string[], given: CliIo): number | Promise<number> {
  // `--lang ru` (anywhere) or LANG=ru_RU.UTF-8: the language of messages, never of machine output.
  const { locale, rest: args } = cliLocale(allArgs, given.env);
  const io: CliIo = { ...given, translator: given.translator ?? cliTranslator(locale) };
  const translator = cliT(io);
  const [name, ...rest] = args;
  if (name === undefined) {
    io.stderr(helpText(translator));
    return EXIT.unreadable;
  }
  if (HELP_FLAGS.has(name)) {
    io.stdout(helpText(translator));
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`${translator.t('cli.unknownCommand', { name })}\n\n${helpText(translator)}`);
    return EXIT.unreadable;
  }
  if (rest.some((a) => a === '--help' || a === '-h')) {
    io.stdout(commandHelp(command, translator));
    return EXIT.ok;
  }
  return command.run(rest, io);
}
