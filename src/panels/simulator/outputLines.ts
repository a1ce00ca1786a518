import type { OutputRow } from '../../domain/catalog';
import { robotDefinition } from '../../domain/catalog';
import type { Contact, Environment } from '../../domain/scenario';
import type { RobotType } from '../../domain/types';
import type { FlowNames } from '../../i18n/timelineText';
import { formatWhen } from '../../i18n/timelineText';
import { englishTranslator } from '../../i18n/english';
import { outputLabelText, outputValueText } from '../../i18n/runText';
import type { Translator } from '../../i18n/translator';

const text = (v: unknown) =>
  v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v);

export interface OutputLineContext {
  names: FlowNames;
  environment: Environment;
  timezone: string;
  /** The run's client: a chat is named after them, never by its id. */
  contact?: Pick<Contact, 'name' | 'chat'> | undefined;
}

/** One declared output value as a person reads it: ids become names, instants local time. */
function present(row: OutputRow, ctx: OutputLineContext, translator: Translator): string {
  switch (row.as) {
    case 'text':
      return typeof row.value === 'string' ? outputValueText(row.value, translator) : text(row.value);
    case 'employee':
      return ctx.environment.employees.find((e) => e.id === row.value)?.name ?? text(row.value);
    case 'status':
      return row.value === undefined ? '' : ctx.names.status(text(row.value));
    case 'instant':
      return typeof row.value === 'string' ? formatWhen(row.value, ctx.timezone, translator) : '';
    case 'smsProvider':
      return ctx.environment.smsProviders.find((p) => p.id === row.value)?.name ?? text(row.value);
    case 'workflow':
      return ctx.environment.workflows.find((w) => w.id === row.value)?.name ?? text(row.value);
    case 'chat':
      return chatName(row.value, ctx.contact, translator);
  }
}

/**
 * An open-channel chat as a person knows it: by the client it is with ("Emma Wilson", as the chat is
 * titled in the CRM), else as "the client's chat" — never by its id.
 */
function chatName(id: unknown, contact: OutputLineContext['contact'], { t }: Translator): string {
  if (id === undefined || id === null || id === '') return '';
  const name = contact?.chat === id ? contact.name.trim() : '';
  return name || t('simulator.output.chat.client');
}

/**
 * A robot's output as labelled lines in the translator's language, read through its type's declared
 * `output` (a type the catalog does not know shows its keys as they are). Labels and the catalog's own
 * value words are translated at display time (the timeline keeps them English). Empty values are left out.
 */
export function outputLines(
  type: RobotType | undefined,
  output: Readonly<Record<string, unknown>>,
  ctx: OutputLineContext,
  translator: Translator = englishTranslator,
): [string, string][] {
  const def = type === undefined ? undefined : robotDefinition(type);
  const rows: OutputRow[] = def
    ? def.output(output)
    : Object.entries(output).map(([label, value]) => ({ label, value, as: 'text' }));
  return rows
    .map((r): [string, string] => [
      outputLabelText(r.label, ctx.names, translator),
      present(r, ctx, translator),
    ])
    .filter(([, v]) => v !== '');
}
