import { DEFAULT_FLOW, SAMPLE_SCENARIOS } from '../domain/samples';
import { SCHEMA_KINDS, jsonSchemaFor } from './jsonSchemas';
import { serializeDocument } from './serialize';

/** A generated file under public/, by its path relative to the repository root. */
export interface GeneratedFile {
  path: string;
  content: string;
}

/**
 * Everything `npm run schema` writes: the JSON Schemas and the sample documents. One list, so the
 * script and the drift test can never disagree about what should be on disk.
 */
export function generatedPublicFiles(): GeneratedFile[] {
  return [
    ...SCHEMA_KINDS.map((kind) => ({
      path: `public/schema/${kind}.v1.json`,
      content: serializeJsonSchema(kind),
    })),
    { path: 'public/samples/default.flow.json', content: serializeDocument(DEFAULT_FLOW) },
    ...SAMPLE_SCENARIOS.map(({ slug, scenario }) => ({
      path: `public/samples/${slug}.scenario.json`,
      content: serializeDocument(scenario),
    })),
  ];
}

/** A JSON Schema as published: zod's key order (a schema is not a document), two-space indent. */
export function serializeJsonSchema(kind: (typeof SCHEMA_KINDS)[number]): string {
  return `${JSON.stringify(jsonSchemaFor(kind), null, 2)}\n`;
}
