import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';

type Key = Parameters<Translator['t']>[0];

/**
 * Sentences the flow format's schema writes itself (src/domain/flow.ts), which the loader reports as
 * they are: the schema is the English source, and the import dialog words them in the reader's
 * language. A sentence not listed here is shown as the loader wrote it.
 */
const SCHEMA_SENTENCES: Readonly<Record<string, Key>> = {
  'A flow needs at least one status': 'dialogs.import.schema.noStatuses',
  'A flow has at most 50 statuses': 'dialogs.import.schema.tooManyStatuses',
  'Expected a colour as #rrggbb': 'dialogs.import.schema.colour',
  'Expected a date as YYYY-MM-DD': 'dialogs.import.schema.date',
  'Expected a time as HH:MM': 'dialogs.import.schema.time',
  'Unknown time zone (expected an IANA name such as Europe/Berlin)': 'dialogs.import.schema.timezone',
};

/** A problem's message in the reader's language, for the few the schema wrote in English. */
export function schemaMessageText(message: string, { t }: Translator = englishTranslator): string {
  const key = SCHEMA_SENTENCES[message.replace(/\.$/, '')];
  return key ? t(key) : message;
}
