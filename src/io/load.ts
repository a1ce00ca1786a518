import type { z } from 'zod';
import type { JsonObject } from './json';
import { isJsonObject, parseJsonText } from './json';
import type { DocumentFormat } from './migrations';
import { documentLimitsProblem } from './loadLimits';
import { migrateDocument } from './migrate';
import type { IoProblem } from './problems';
import { jsonPath } from './problems';
import { describeValue, validateWith } from './zodProblems';

/** What the loader needs to know about one document kind. */
export interface DocumentKind<S extends z.ZodObject> {
  format: DocumentFormat;
  version: number;
  /** "flow", "scenario", "timeline": used in messages. */
  noun: string;
  schema: S;
  /** Lists whose items are closed objects: keys they do not know are dropped, so the user is told. */
  itemKeys?: Readonly<Record<string, readonly string[]>>;
}

export type LoadOutcome<T> =
  { ok: true; value: T; warnings: IoProblem[] } | { ok: false; errors: IoProblem[] };

const NOUNS: Record<DocumentFormat, string> = {
  'orderflow.flow': 'flow',
  'orderflow.scenario': 'scenario',
  'orderflow.timeline': 'timeline',
};

/** The document kind a parsed value claims to be, if it is one of ours. */
export function detectFormat(value: unknown): DocumentFormat | undefined {
  if (!isJsonObject(value)) return undefined;
  const format = value.format;
  return typeof format === 'string' && format in NOUNS ? (format as DocumentFormat) : undefined;
}

function checkFormat(value: unknown, kind: DocumentKind<z.ZodObject>): IoProblem | undefined {
  const problem = (message: string): IoProblem => ({ code: 'OF002', path: '$', message });
  if (!isJsonObject(value))
    return problem(
      `Expected an Orderflow ${kind.noun} document (a JSON object), found ${describeValue(value)}.`,
    );
  const format = value.format;
  if (format === kind.format) return undefined;
  if (format === undefined)
    return {
      ...problem(`The document has no "format"; an Orderflow ${kind.noun} says "format": "${kind.format}".`),
      path: '$.format',
    };
  const other = detectFormat(value);
  if (other)
    return { ...problem(`This is an Orderflow ${NOUNS[other]}, not a ${kind.noun}.`), path: '$.format' };
  return {
    ...problem(
      `Unknown "format": found ${describeValue(format)}; an Orderflow ${kind.noun} says "${kind.format}".`,
    ),
    path: '$.format',
  };
}

/** A key as messages quote it: a hostile file can hold a megabyte-long key, the path keeps it whole. */
function quoteKey(key: string): string {
  return key.length > 60 ? `"${key.slice(0, 59)}…"` : `"${key}"`;
}

function keyWarnings(doc: JsonObject, kind: DocumentKind<z.ZodObject>): IoProblem[] {
  const warnings: IoProblem[] = [];
  const known = new Set(Object.keys(kind.schema.shape));
  for (const key of Object.keys(doc)) {
    if (!known.has(key)) {
      warnings.push({
        code: 'OF006',
        path: jsonPath([key]),
        // Validation never copies "__proto__" (it would set the object's prototype), so it is not kept.
        message:
          key === '__proto__'
            ? `"__proto__" is not part of the ${kind.noun} format and is dropped on import.`
            : `${quoteKey(key)} is not part of the ${kind.noun} format; it is kept and exported unchanged.`,
      });
    }
  }
  for (const [listKey, itemKeys] of Object.entries(kind.itemKeys ?? {})) {
    const items = doc[listKey];
    if (!Array.isArray(items)) continue;
    const allowed = new Set(itemKeys);
    items.forEach((item, index) => {
      if (!isJsonObject(item)) return;
      for (const key of Object.keys(item)) {
        if (!allowed.has(key)) {
          warnings.push({
            code: 'OF007',
            path: jsonPath([listKey, index, key]),
            message: `${quoteKey(key)} is not a known property here and is dropped on import.`,
          });
        }
      }
    });
  }
  return warnings;
}

/** Migrates and validates an already-parsed value (e.g. from the API or local storage). */
export function loadDocumentValue<S extends z.ZodObject>(
  value: unknown,
  kind: DocumentKind<S>,
): LoadOutcome<z.infer<S>> {
  const formatProblem = checkFormat(value, kind);
  if (formatProblem || !isJsonObject(value))
    return { ok: false, errors: formatProblem ? [formatProblem] : [] };
  const beyondLimits = documentLimitsProblem(value);
  if (beyondLimits) return { ok: false, errors: [beyondLimits] };
  const migrated = migrateDocument(value, kind.format, kind.version);
  if (!migrated.ok) return migrated;
  const validated = validateWith(kind.schema, migrated.doc);
  if (!validated.ok) return validated;
  return {
    ok: true,
    value: validated.value,
    warnings: [...migrated.warnings, ...keyWarnings(migrated.doc, kind)],
  };
}

/** parse → migrate → validate: JSON text to a typed document, or problems with JSON paths. */
export function loadDocument<S extends z.ZodObject>(
  text: string,
  kind: DocumentKind<S>,
): LoadOutcome<z.infer<S>> {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  return loadDocumentValue(parsed.value, kind);
}
