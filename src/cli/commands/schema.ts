import { SCHEMA_KINDS } from '../../io/jsonSchemas';
import type { SchemaKind } from '../../io/jsonSchemas';
import { serializeJsonSchema } from '../../io/publicFiles';
import type { CliIo } from '../io';
import { EXIT, cliT, nodeIo } from '../io';
import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';

/** `usage: orderflow schema flow|scenario|timeline`, in the translator's language. */
export const schemaUsage = ({ t }: Translator = englishTranslator): string =>
  t('cli.usage.schema', { kinds: SCHEMA_KINDS.join('|') });

const isKind = (s: string | undefined): s is SchemaKind => SCHEMA_KINDS.some((k) => k === s);

/** `schema flow|scenario|timeline`: the JSON Schema generated from the zod schema, on stdout. */
export function schemaCommand(args: readonly string[], io: CliIo = nodeIo): number {
  const [kind, ...extra] = args;
  if (!isKind(kind) || extra.length > 0) {
    const translator = cliT(io);
    const { t } = translator;
    const problem =
      kind === undefined
        ? t('cli.schema.which')
        : t('cli.schema.unknown', { name: [kind, ...extra].join(' ') });
    io.stderr(`${problem}\n${schemaUsage(translator)}\n`);
    return EXIT.unreadable;
  }
  io.stdout(serializeJsonSchema(kind));
  return EXIT.ok;
}
