import type { OutputRow } from '../../domain/catalog';
import { robotDefinition } from '../../domain/catalog';
import type { Environment } from '../../domain/scenario';
import type { RobotType } from '../../domain/types';
import type { FlowNames } from './format';
import { formatWhen } from './format';

const text = (v: unknown) =>
  v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v);

export interface OutputLineContext {
  names: FlowNames;
  environment: Environment;
  timezone: string;
}

/** One declared output value as a person reads it: ids become names, instants local time. */
function present(row: OutputRow, ctx: OutputLineContext): string {
  switch (row.as) {
    case 'text':
      return text(row.value);
    case 'employee':
      return ctx.environment.employees.find((e) => e.id === row.value)?.name ?? text(row.value);
    case 'status':
      return row.value === undefined ? '' : ctx.names.status(text(row.value));
    case 'instant':
      return typeof row.value === 'string' ? formatWhen(row.value, ctx.timezone) : '';
    case 'smsProvider':
      return ctx.environment.smsProviders.find((p) => p.id === row.value)?.name ?? text(row.value);
  }
}

/**
 * A robot's output as labelled lines, read through its type's declared `output` (a type the catalog
 * does not know shows its keys as they are). Empty values are left out.
 */
export function outputLines(
  type: RobotType | undefined,
  output: Readonly<Record<string, unknown>>,
  ctx: OutputLineContext,
): [string, string][] {
  const def = type === undefined ? undefined : robotDefinition(type);
  const rows: OutputRow[] = def
    ? def.output(output)
    : Object.entries(output).map(([label, value]) => ({ label, value, as: 'text' }));
  return rows.map((r): [string, string] => [r.label, present(r, ctx)]).filter(([, v]) => v !== '');
}
