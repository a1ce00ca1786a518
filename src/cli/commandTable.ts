import { codesCommand, codesUsage } from './commands/codes';
import { exportCommand, exportUsage } from './commands/export';
import { migrateCommand, migrateUsage } from './commands/migrate';
import { schemaCommand, schemaUsage } from './commands/schema';
import { simulateCommand, simulateUsage } from './commands/simulate';
import { testCommand, testUsage } from './commands/test';
import { validateCommand, validateUsage } from './commands/validate';
import type { CliIo } from './io';
import { englishTranslator } from '../i18n/english';
import type { Translator } from '../i18n/translator';

/** One CLI command: its name, a one-line summary for --help, its usage, and what it runs. */
export interface Command {
  name: string;
  /** The one-line summary of `orderflow --help`, in the translator's language. */
  summary(translator?: Translator): string;
  /** The `usage: orderflow …` line, in the translator's language (options stay as typed). */
  usage(translator?: Translator): string;
  /** Returns the process exit code (a promise for commands that wait, such as export). */
  run(args: readonly string[], io: CliIo): number | Promise<number>;
}

/** The commands of docs/semantics.md §6. */
export const COMMANDS: readonly Command[] = [
  {
    name: 'validate',
    summary: ({ t } = englishTranslator) => t('cli.help.command.validate'),
    usage: validateUsage,
    run: validateCommand,
  },
  {
    name: 'simulate',
    summary: ({ t } = englishTranslator) => t('cli.help.command.simulate'),
    usage: simulateUsage,
    run: simulateCommand,
  },
  {
    name: 'test',
    summary: ({ t } = englishTranslator) => t('cli.help.command.test'),
    usage: testUsage,
    run: testCommand,
  },
  {
    name: 'schema',
    summary: ({ t } = englishTranslator) => t('cli.help.command.schema'),
    usage: schemaUsage,
    run: schemaCommand,
  },
  {
    name: 'migrate',
    summary: ({ t } = englishTranslator) => t('cli.help.command.migrate'),
    usage: migrateUsage,
    run: migrateCommand,
  },
  {
    name: 'export',
    summary: ({ t } = englishTranslator) => t('cli.help.command.export'),
    usage: exportUsage,
    run: exportCommand,
  },
  {
    name: 'codes',
    summary: ({ t } = englishTranslator) => t('cli.help.command.codes'),
    usage: codesUsage,
    run: codesCommand,
  },
];
