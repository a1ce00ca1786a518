import { englishTranslator } from '../i18n/english';
import type { MessageKey } from '../i18n/messageTypes';
import type { Translator } from '../i18n/translator';

/*
 * A few schemas of the document formats write their own English message (src/domain: flow.ts,
 * delay.ts, instant.ts, scenario.ts, timeline.ts); zod gives it precedence over the worded issues,
 * so an import in another language would show it in English. Each is translated by its text.
 */
const SCHEMA_MESSAGES: Readonly<Record<string, MessageKey>> = {
  'Expected a time as HH:MM': 'io.schema.time',
  'Expected a date as YYYY-MM-DD': 'io.schema.date',
  'Expected a colour as #rrggbb': 'io.schema.colour',
  'Unknown time zone (expected an IANA name such as Europe/Berlin)': 'io.schema.timeZone',
  'A flow needs at least one status': 'io.schema.noStatus',
  'A flow has at most 50 statuses': 'io.schema.tooManyStatuses',
  'Custom field names use letters, digits and _': 'io.schema.customFieldName',
  'Expected an ISO 8601 instant with Z or an offset': 'io.schema.instant',
  'Expected a UTC instant as toISOString() writes it': 'io.schema.utcInstant',
  'Expected an ISO 8601 duration such as P1D or PT2H': 'io.schema.duration',
};

/** The schemas' own messages, for the test that keeps their English keys word for word the same. */
export const SCHEMA_MESSAGE_KEYS = SCHEMA_MESSAGES;

/** A schema's own message in the translator's language; any other message is returned as it is. */
export function schemaMessageText(message: string, translator: Translator = englishTranslator): string {
  const key = SCHEMA_MESSAGES[message];
  return key ? translator.t(key) : message;
}
