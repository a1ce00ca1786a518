import type { z } from 'zod';
import type { JsonObject } from './json';
import { isJsonObject, parseJsonText } from './json';
import type { DocumentFormat } from './migrations';
import { documentLimitsProblem } from './loadLimits';
import { migrateDocument } from './migrate';
import type { IoProblem } from './problems';
import { jsonPath } from './problems';
import { describeValue, validateWith } from './zodProblems';
import { englishTranslator } from '../i18n/english';
import type { Translator } from '../i18n/translator';

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

function checkFormat(
  value: unknown,
  kind: DocumentKind<z.ZodObject>,
  translator: Translator,
): IoProblem | undefined {
  const { t } = translator;
  const problem = (message: string): IoProblem => ({ code: 'OF002', path: '$', message });
  const noun = kind.noun;
  if (!isJsonObject(value))
    return problem(t('io.load.format.notObject', { noun, found: describeValue(value, translator) }));
  const format = value.format;
  if (format === kind.format) return undefined;
  if (format === undefined)
    return { ...problem(t('io.load.format.missing', { noun, format: kind.format })), path: '$.format' };
  const other = detectFormat(value);
  if (other)
    return { ...problem(t('io.load.format.other', { noun, other: NOUNS[other] })), path: '$.format' };
  return {
    ...problem(
      t('io.load.format.unknown', { noun, found: describeValue(format, translator), format: kind.format }),
    ),
    path: '$.format',
  };
}

/** A key as messages quote it: a hostile file can hold a megabyte-long key, the path keeps it whole. */
function quoteKey(key: string): string {
  return key.length > 60 ? `"${key.slice(0, 59)}…"` : `"${key}"`;
}

function keyWarnings(doc: JsonObject, kind: DocumentKind<z.ZodObject>, { t }: Translator): IoProblem[] {
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
            ? t('io.load.key.proto', { noun: kind.noun })
            : t('io.load.key.kept', { key: quoteKey(key), noun: kind.noun }),
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
            message: t('io.load.key.dropped', { key: quoteKey(key) }),
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
  translator: Translator = englishTranslator,
): LoadOutcome<z.infer<S>> {
  const formatProblem = checkFormat(value, kind, translator);
  if (formatProblem || !isJsonObject(value))
    return { ok: false, errors: formatProblem ? [formatProblem] : [] };
  const beyondLimits = documentLimitsProblem(value, undefined, translator);
  if (beyondLimits) return { ok: false, errors: [beyondLimits] };
  const migrated = migrateDocument(value, kind.format, kind.version, undefined, translator);
  if (!migrated.ok) return migrated;
  const validated = validateWith(kind.schema, migrated.doc, translator);
  if (!validated.ok) return validated;
  return {
    ok: true,
    value: validated.value,
    warnings: [...migrated.warnings, ...keyWarnings(migrated.doc, kind, translator)],
  };
}

/** parse → migrate → validate: JSON text to a typed document, or problems with JSON paths. */
export function loadDocument<S extends z.ZodObject>(
  text: string,
  kind: DocumentKind<S>,
  translator: Translator = englishTranslator,
): LoadOutcome<z.infer<S>> {
  const parsed = parseJsonText(text, translator);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  return loadDocumentValue(parsed.value, kind, translator);
}
