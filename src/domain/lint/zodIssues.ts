import type { z } from 'zod';
import type { PathSegment } from './jsonPath';

/*
 * zod's default messages ("Invalid input: expected string, received undefined") are for programmers.
 * A per-parse error map turns the built-in issues into sentences a business user understands; a
 * message written on the schema itself (e.g. "Expected a time as HH:MM") still wins, as zod gives
 * schema-level messages precedence. Unions are flattened to the branch the input most likely meant.
 */

type RawIssue = z.core.$ZodRawIssue;
type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

/** A short description of a JSON value, for "found …" clauses. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string')
    return value.length > 40 ? `the text "${value.slice(0, 39)}…"` : `the text "${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'an object';
}

function keyName(path: readonly PathSegment[] | undefined): string {
  const last = path?.[path.length - 1];
  return typeof last === 'string' ? `"${last}"` : 'This value';
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function list(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

/** The per-parse error map: a plain sentence for each built-in zod issue. */
export function businessMessage(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return `${keyName(issue.path)} is missing.`;
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return `Expected ${expected}, found ${describeValue(issue.input)}.`;
    }
    case 'invalid_value':
      if (issue.input === undefined) return `${keyName(issue.path)} is missing.`;
      if (issue.values.length === 1)
        return `Expected ${list(issue.values)}, found ${describeValue(issue.input)}.`;
      // Long lists (robot and event types) would drown the sentence; a few examples are enough.
      if (issue.values.length > 8) {
        return `${capitalize(describeValue(issue.input))} is not allowed here (allowed are ${list(issue.values.slice(0, 3))} and ${issue.values.length - 3} more).`;
      }
      return `Expected one of ${list(issue.values)}, found ${describeValue(issue.input)}.`;
    case 'too_small':
      if (issue.origin === 'array') return `Needs at least ${String(issue.minimum)} item(s).`;
      if (issue.origin === 'string')
        return issue.minimum === 1
          ? 'Must not be empty.'
          : `Needs at least ${String(issue.minimum)} characters.`;
      return `Must be ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}.`;
    case 'too_big':
      if (issue.origin === 'array') return `Has more than ${String(issue.maximum)} items.`;
      if (issue.origin === 'string') return `Is longer than ${String(issue.maximum)} characters.`;
      return `Must be ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}.`;
    case 'invalid_format':
      return `Has the wrong format (expected ${issue.format}).`;
    case 'not_multiple_of':
      return `Must be a multiple of ${String(issue.divisor)}.`;
    case 'unrecognized_keys':
      return `Unknown key(s): ${list(issue.keys)}.`;
    case 'invalid_union': {
      // A discriminated union whose tag matched no option: zod reports the whole object as input.
      const { options, discriminator } = issue as { options?: unknown[]; discriminator?: string };
      if (options) {
        const tag = discriminator && isRecord(issue.input) ? issue.input[discriminator] : issue.input;
        if (tag === undefined) return `${discriminator ? `"${discriminator}"` : 'This value'} is missing.`;
        return `Unknown ${discriminator ?? 'kind'} ${describeValue(tag).replace(/^the text /, '')}; expected one of ${list(options)}.`;
      }
      return 'This value matches none of the allowed shapes.';
    }
    case 'invalid_key':
      return 'A key of this object is not allowed.';
    case 'invalid_element':
      return 'An item of this list is not allowed.';
    case 'custom':
      return 'This value is not allowed here.';
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
}

/**
 * Validates with a zod schema (shared by import and lint); on failure, the problems with their
 * paths and plain sentences, duplicates removed.
 */
export function checkWithSchema<S extends z.ZodType>(
  schema: S,
  value: unknown,
): { ok: true; value: z.infer<S> } | { ok: false; problems: ZodProblem[] } {
  // Without parse options zod takes its compiled fast path, ten times faster on a 5,000-robot flow;
  // the options only shape messages, so they are passed only to explain a failure.
  const quick = schema.safeParse(value);
  if (quick.success) return { ok: true, value: quick.data };
  const result = schema.safeParse(value, { error: businessMessage, reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const seen = new Set<string>();
  const problems: ZodProblem[] = [];
  for (const { path, issue } of flatten(result.error.issues, [])) {
    const key = `${JSON.stringify(path.map(String))} ${issue.message}`;
    if (!seen.has(key)) problems.push({ path, message: issue.message });
    seen.add(key);
  }
  return { ok: false, problems };
}
