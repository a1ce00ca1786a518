import { SCHEMA_KINDS } from '../../io/jsonSchemas';
import type { SchemaKind } from '../../io/jsonSchemas';
import { serializeJsonSchema } from '../../io/publicFiles';
import type { CliIo } from '../io';
import { EXIT, nodeIo } from '../io';

export const SCHEMA_USAGE = `usage: orderflow schema ${SCHEMA_KINDS.join('|')}`;

const isKind = (s: string | undefined): s is SchemaKind => SCHEMA_KINDS.some((k) => k === s);

/** `schema flow|scenario|timeline`: the JSON Schema generated from the zod schema, on stdout. */
export function schemaCommand(args: readonly string[], io: CliIo = nodeIo): number {
  const [kind, ...extra] = args;
  if (!isKind(kind) || extra.length > 0) {
    io.stderr(
      `${kind === undefined ? 'Which schema?' : `Unknown schema "${[kind, ...extra].join(' ')}"`}\n${SCHEMA_USAGE}\n`,
    );
    return EXIT.unreadable;
  }
  io.stdout(serializeJsonSchema(kind));
  return EXIT.ok;
}
