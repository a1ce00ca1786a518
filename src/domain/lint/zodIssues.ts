import type { z } from 'zod';
import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';
import type { PathSegment } from './jsonPath';

/*
 * zod's default messages ("Invalid input: expected string, received undefined") are for programmers.
 * A per-parse error map turns the built-in issues into sentences a business user understands; a
 * message written on the schema itself (e.g. "Expected a time as HH:MM") still wins, as zod gives
 * schema-level messages precedence. Unions are flattened to the branch the input most likely meant.
 */

type RawIssue = z.core.$ZodRawIssue;
type Issue = z.core.$ZodIssue;

type Key = Parameters<Translator['t']>[0];

/** A text found in the document, cut to 40 characters for a message. */
const clipped = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** A short description of a JSON value, for "found …" clauses, in the translator's language. */
export function describeValue(value: unknown, translator: Translator = englishTranslator): string {
  const found = (kind: string, text = '') => translator.t('lint.value.found', { kind, text });
  if (value === undefined) return found('nothing');
  if (value === null) return found('null');
  if (typeof value === 'string') return found('text', clipped(value));
  if (typeof value === 'boolean') return found(String(value), String(value));
  if (typeof value === 'number')
    // English keeps the number as typed; other languages write their own separators (1 234,5).
    return found('number', translator.locale === 'en' ? String(value) : translator.number(value));
  if (Array.isArray(value)) return found('list');
  return found('object');
}

/** The key a "missing" sentence may name (English does; the path field says where in any language). */
function keyName(path: readonly PathSegment[] | undefined): string {
  const last = path?.[path.length - 1];
  return typeof last === 'string' ? last : 'none';
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function list(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

/** The per-parse error map: a plain sentence for each built-in zod issue, in the translator's language. */
export function businessMessage(issue: RawIssue, translator: Translator = englishTranslator): string {
  const t = (key: string, values?: Record<string, string | number>) =>
    translator.t(`lint.schema.${key}` as Key, values as never);
  const found = (v: unknown) => describeValue(v, translator);
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return t('missing', { key: keyName(issue.path) });
      return t('expectedType', { expected: issue.expected, found: found(issue.input) });
    }
    case 'invalid_value':
      if (issue.input === undefined) return t('missing', { key: keyName(issue.path) });
      if (issue.values.length === 1)
        return t('expectedValue', { values: list(issue.values), found: found(issue.input) });
      // Long lists (robot and event types) would drown the sentence; a few examples are enough.
      if (issue.values.length > 8) {
        return t('notAllowed', {
          found: capitalize(found(issue.input)),
          examples: list(issue.values.slice(0, 3)),
          more: issue.values.length - 3,
        });
      }
      return t('oneOf', { values: list(issue.values), found: found(issue.input) });
    case 'too_small':
      if (issue.origin === 'array') return t('tooFewItems', { min: Number(issue.minimum) });
      if (issue.origin === 'string')
        return issue.minimum === 1 ? t('notEmpty') : t('tooShort', { min: Number(issue.minimum) });
      return t('tooSmall', { strict: String(issue.inclusive === false), min: String(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'array') return t('tooManyItems', { max: Number(issue.maximum) });
      if (issue.origin === 'string') return t('tooLong', { max: Number(issue.maximum) });
      return t('tooBig', { strict: String(issue.inclusive === false), max: String(issue.maximum) });
    case 'invalid_format':
      return t('format', { format: issue.format });
    case 'not_multiple_of':
      return t('multipleOf', { divisor: String(issue.divisor) });
    case 'unrecognized_keys':
      return t('unknownKeys', { keys: list(issue.keys) });
    case 'invalid_union': {
      // A discriminated union whose tag matched no option: zod reports the whole object as input.
      const { options, discriminator } = issue as { options?: unknown[]; discriminator?: string };
      if (options) {
        const tag = discriminator && isRecord(issue.input) ? issue.input[discriminator] : issue.input;
        if (tag === undefined) return t('missing', { key: discriminator ?? 'none' });
        return t('unknownKind', {
          discriminator: discriminator ?? 'kind',
          // A tag is the user's text: cut like any other found value, a megabyte must not reach a message.
          found: typeof tag === 'string' ? t('quoted', { text: clipped(tag) }) : found(tag),
          options: list(options),
        });
      }
      return t('noShape');
    }
    case 'invalid_key':
      return t('invalidKey');
    case 'invalid_element':
      return t('invalidElement');
    case 'custom':
      return t('custom');
  }
}

/** Issues with relative paths; a union issue is replaced by the issues of its most plausible branch. */
function flatten(
  issues: readonly Issue[],
  prefix: readonly PathSegment[],
): { path: PathSegment[]; issue: Issue }[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const branches = issue.errors.map((branch) => flatten(branch, path));
      return bestBranch(branches, path.length);
    }
    return [{ path, issue }];
  });
}

/**
 * The branch the input most likely meant: fewest keys missing right at the union's level (a
 * missing `field` means it was not a leaf), then fewest issues; ties go to the first branch.
 */
function bestBranch(branches: { path: PathSegment[]; issue: Issue }[][], depth: number) {
  const score = (branch: { path: PathSegment[]; issue: Issue }[]) =>
    branch.filter(
      (b) => b.issue.code === 'invalid_type' && b.issue.input === undefined && b.path.length === depth + 1,
    ).length;
  let best = branches[0] ?? [];
  for (const branch of branches.slice(1)) {
    const [a, b] = [score(branch), score(best)];
    if (a < b || (a === b && branch.length < best.length)) best = branch;
  }
  return best;
}

export interface ZodProblem {
  /** Relative to the validated value. */
  path: PathSegment[];
  message: string;
  /** A value missing or empty, in the generic words above (not a message the schema wrote itself). */
  empty?: true;
}

/** Is this issue "the value is missing or empty" (so a form may say "X is required" instead)? */
function isEmptyIssue(issue: Issue): boolean {
  const input = (issue as { input?: unknown }).input;
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && input === undefined) return true;
  return (
    issue.code === 'too_small' &&
    issue.minimum === 1 &&
    (issue.origin === 'string' || issue.origin === 'array')
  );
}

/**
 * Validates with a zod schema (shared by import and lint); on failure, the problems with their
 * paths and plain sentences, duplicates removed.
 */
export function checkWithSchema<S extends z.ZodType>(
  schema: S,
  value: unknown,
  translator: Translator = englishTranslator,
): { ok: true; value: z.infer<S> } | { ok: false; problems: ZodProblem[] } {
  // Without parse options zod takes its compiled fast path, ten times faster on a 5,000-robot flow;
  // the options only shape messages, so they are passed only to explain a failure.
  const quick = schema.safeParse(value);
  if (quick.success) return { ok: true, value: quick.data };
  // Messages this map wrote (a schema's own message wins over it, and is never "generic").
  const ours = new Set<string>();
  const error = (issue: RawIssue) => {
    const message = businessMessage(issue, translator);
    ours.add(message);
    return message;
  };
  const result = schema.safeParse(value, { error, reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const seen = new Set<string>();
  const problems: ZodProblem[] = [];
  for (const { path, issue } of flatten(result.error.issues, [])) {
    const key = `${JSON.stringify(path.map(String))} ${issue.message}`;
    if (!seen.has(key))
      problems.push({
        path,
        message: issue.message,
        ...(ours.has(issue.message) && isEmptyIssue(issue) ? { empty: true as const } : {}),
      });
    seen.add(key);
  }
  return { ok: false, problems };
}
