import { CODES_USAGE, codesCommand } from './commands/codes';
import { EXPORT_USAGE, exportCommand } from './commands/export';
import { MIGRATE_USAGE, migrateCommand } from './commands/migrate';
import { SCHEMA_USAGE, schemaCommand } from './commands/schema';
import { SIMULATE_USAGE, simulateCommand } from './commands/simulate';
import { TEST_USAGE, testCommand } from './commands/test';
import { VALIDATE_USAGE, validateCommand } from './commands/validate';
import type { CliIo } from './io';

/** One CLI command: its name, a one-line summary for --help, its usage, and what it runs. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Returns the process exit code (a promise for commands that wait, such as export). */
  run(args: readonly string[], io: CliIo): number | Promise<number>;
}

/** The commands of docs/semantics.md §6. */
export const COMMANDS: readonly Command[] = [
  {
    name: 'validate',
    summary: 'Check a flow: schema errors and lint problems, one per line (SEVERITY CODE PATH message).',
    usage: VALIDATE_USAGE,
    run: validateCommand,
  },
  {
    name: 'simulate',
    summary: 'Walk scenarios through a flow and print the timelines (JSON, or --format text).',
    usage: SIMULATE_USAGE,
    run: simulateCommand,
  },
  {
    name: 'test',
    summary: 'Run scenarios and judge their expectations: PASS/FAIL per scenario (--junit FILE for CI).',
    usage: TEST_USAGE,
    run: testCommand,
  },
  {
    name: 'schema',
    summary: 'Print the JSON Schema of a document format.',
    usage: SCHEMA_USAGE,
    run: schemaCommand,
  },
  {
    name: 'migrate',
    summary: 'Print a flow, scenario or timeline upgraded to the current format version.',
    usage: MIGRATE_USAGE,
    run: migrateCommand,
  },
  {
    name: 'export',
    summary: 'Compile a flow to BPMN 2.0 for Camunda 8 (XML on stdout or --out FILE, warnings on stderr).',
    usage: EXPORT_USAGE,
    run: exportCommand,
  },
  {
    name: 'codes',
    summary: 'List every diagnostic code with its severity and help text.',
    usage: CODES_USAGE,
    run: codesCommand,
  },
];
