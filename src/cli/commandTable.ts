import { codesCommand, codesUsage } from './commands/codes';
import { exportCommand, exportUsage } from './commands/export';
import { migrateCommand, migrateUsage } from './commands/migrate';
import { schemaCommand, schemaUsage } from './commands/schema';
import { simulateCommand, simulateUsage } from './commands/simulate';
import { testCommand, testUsage } from './commands/test';
import { validateCommand, validateUsage } from './commands/validate';
import type { CliIo } from './io';
import { englishTranslator } from '../i18n/english';
import type { MessageKey } from '../i18n/messageTypes';
import type { Translator } from '../i18n/translator';

/** One option in a command's --help: as typed (or the key of its form with a placeholder), and what it does. */
export interface OptionHelp {
  flag: string;
  /** `--junit FILE` / `--junit ФАЙЛ`: the form whose placeholder is translated. */
  flagKey?: MessageKey;
  hint: MessageKey;
}

/** `--lang`, which every command takes (runCli reads it before the command does). */
const LANG: OptionHelp = { flag: '--lang ru|en', hint: 'cli.help.option.lang' };
const ALLOW_ERRORS: OptionHelp = { flag: '--allow-errors', hint: 'cli.help.option.allowErrors' };

/** One CLI command: its name, a one-line summary for --help, its usage, and what it runs. */
export interface Command {
  name: string;
  /** The one-line summary of `orderflow --help`, in the translator's language. */
  summary(translator?: Translator): string;
  /** The `usage: orderflow …` line, in the translator's language (options stay as typed). */
  usage(translator?: Translator): string;
  /** The options its --help lists, in the order of its usage line. */
  options: readonly OptionHelp[];
  /** Returns the process exit code (a promise for commands that wait, such as export). */
  run(args: readonly string[], io: CliIo): number | Promise<number>;
}

/** The commands of docs/semantics.md §6. */
export const COMMANDS: readonly Command[] = [
  {
    name: 'validate',
    summary: ({ t } = englishTranslator) => t('cli.help.command.validate'),
    usage: validateUsage,
    options: [
      { flag: '--json', hint: 'cli.help.option.json' },
      { flag: '--env', flagKey: 'cli.help.option.env.flag', hint: 'cli.help.option.env' },
      LANG,
    ],
    run: validateCommand,
  },
  {
    name: 'simulate',
    summary: ({ t } = englishTranslator) => t('cli.help.command.simulate'),
    usage: simulateUsage,
    options: [
      { flag: '--format json|text', hint: 'cli.help.option.format' },
      { flag: '--explain', hint: 'cli.help.option.explain' },
      ALLOW_ERRORS,
      LANG,
    ],
    run: simulateCommand,
  },
  {
    name: 'test',
    summary: ({ t } = englishTranslator) => t('cli.help.command.test'),
    usage: testUsage,
    options: [
      { flag: '--junit', flagKey: 'cli.help.option.junit.flag', hint: 'cli.help.option.junit' },
      ALLOW_ERRORS,
      LANG,
    ],
    run: testCommand,
  },
  {
    name: 'schema',
    summary: ({ t } = englishTranslator) => t('cli.help.command.schema'),
    usage: schemaUsage,
    options: [LANG],
    run: schemaCommand,
  },
  {
    name: 'migrate',
    summary: ({ t } = englishTranslator) => t('cli.help.command.migrate'),
    usage: migrateUsage,
    options: [LANG],
    run: migrateCommand,
  },
  {
    name: 'export',
    summary: ({ t } = englishTranslator) => t('cli.help.command.export'),
    usage: exportUsage,
    options: [
      { flag: '--to bpmn', hint: 'cli.help.option.to' },
      { flag: '--out', flagKey: 'cli.help.option.out.flag', hint: 'cli.help.option.out' },
      LANG,
    ],
    run: exportCommand,
  },
  {
    name: 'codes',
    summary: ({ t } = englishTranslator) => t('cli.help.command.codes'),
    usage: codesUsage,
    options: [LANG],
    run: codesCommand,
  },
];
