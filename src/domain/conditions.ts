import type { Condition, ConditionLeaf } from './condition';
import type { CustomFieldDecl, FieldType } from './fields';
import { FIELD_CATALOG } from './fields';

/**
 * The condition evaluator of docs/semantics.md §4 rule 9 and §4.1. Fields are read through a resolver, so the
 * engine (order, contact, company, responsible) and a `shipment.changed` trigger's shipmentCondition
 * (over the event's data.shipment) share one implementation.
 *
 * Readings chosen here (docs/semantics.md §4.1 and §4.2):
 * - A leaf compares by the field's catalog type. A field outside the catalog, or a custom field
 *   declared `any`, is typed by its current value ("dynamic"): the condition value must then have
 *   the same JSON type.
 * - Both sides must conform to the type; otherwise the leaf does not match (`eq`, `in`, `contains`,
 *   ordering are false) and the negations (`ne`, `notIn`, `notContains`) are true.
 * - Only numbers and datetimes can be ordered; `gt`/`gte`/`lt`/`lte` on anything else are false.
 * - A datetime is an ISO 8601 instant with `Z` or an offset; two datetimes are equal when they are
 *   the same instant, whatever their offsets.
 * - `contains` on phones/emails lists takes either a string (matches an entry's value) or an entry
 *   `{type, value}`; on a dynamic list it tests membership by equality.
 */

/** Reads a field path (e.g. `order.paid`, `shipment.deliveryStatus`); absent fields are undefined. */
export type FieldResolver = (path: string) => unknown;
/** The declared type of a path; `undefined` or `any` means "typed by its value". */
export type FieldTypeOf = (path: string) => FieldType | 'any' | undefined;

const catalogTypes = new Map<string, FieldType>(FIELD_CATALOG.map((f) => [f.path, f.type]));

/** Field types from the catalog of docs/semantics.md §2, plus the declared custom fields. */
export function catalogTypeOf(customFields: readonly CustomFieldDecl[] = []): FieldTypeOf {
  const custom = new Map<string, FieldType | 'any'>(
    customFields.map((c) => [`order.custom.${c.name}`, c.type]),
  );
  return (path) => catalogTypes.get(path) ?? custom.get(path);
}

const defaultTypeOf = catalogTypeOf();

/** A condition compiled to a predicate; compile once, evaluate many times. */
export type CompiledCondition = (read: FieldResolver, typeOf: FieldTypeOf) => boolean;

const compiledCache = new WeakMap<object, CompiledCondition>();

/** True when the condition holds (a missing condition is true). */
export function evaluateCondition(
  condition: Condition | undefined,
  read: FieldResolver,
  typeOf: FieldTypeOf = defaultTypeOf,
): boolean {
  if (!condition) return true;
  return compileCondition(condition)(read, typeOf);
}

/** Compiles a condition tree into a predicate (cached per condition object). */
export function compileCondition(condition: Condition): CompiledCondition {
  const cached = compiledCache.get(condition);
  if (cached) return cached;
  const compiled = build(condition);
  compiledCache.set(condition, compiled);
  return compiled;
}

function build(c: Condition): CompiledCondition {
  if ('field' in c) return buildLeaf(c);
  if ('all' in c) {
    const parts = c.all.map(build);
    return (read, typeOf) => {
      for (const p of parts) if (!p(read, typeOf)) return false;
      return true;
    };
  }
  if ('any' in c) {
    const parts = c.any.map(build);
    return (read, typeOf) => {
      for (const p of parts) if (p(read, typeOf)) return true;
      return false;
    };
  }
  const inner = build(c.not);
  return (read, typeOf) => !inner(read, typeOf);
}

function buildLeaf(leaf: ConditionLeaf): CompiledCondition {
  const { field, op, value } = leaf;
  switch (op) {
    case 'empty':
      return (read) => isEmpty(read(field));
    case 'notEmpty':
      return (read) => !isEmpty(read(field));
    case 'eq':
      return (read, typeOf) => equalsTyped(read(field), value, typeOf(field));
    case 'ne':
      return (read, typeOf) => !equalsTyped(read(field), value, typeOf(field));
    case 'in':
      return (read, typeOf) => isIn(read(field), value, typeOf(field));
    case 'notIn':
      return (read, typeOf) => !isIn(read(field), value, typeOf(field));
    case 'contains':
      return (read, typeOf) => containsTyped(read(field), value, typeOf(field));
    case 'notContains':
      return (read, typeOf) => !containsTyped(read(field), value, typeOf(field));
    case 'gt':
      return (read, typeOf) => ordered(read(field), value, typeOf(field), (d) => d > 0);
    case 'gte':
      return (read, typeOf) => ordered(read(field), value, typeOf(field), (d) => d >= 0);
    case 'lt':
      return (read, typeOf) => ordered(read(field), value, typeOf(field), (d) => d < 0);
    case 'lte':
      return (read, typeOf) => ordered(read(field), value, typeOf(field), (d) => d <= 0);
  }
}

/** docs/semantics.md §4 rule 9: `empty` holds for null, absent, "" and []. */
export function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** The epoch milliseconds of an ISO 8601 instant with Z or an offset, else undefined. */
export function instantMillis(v: unknown): number | undefined {
  if (typeof v !== 'string' || !ISO_INSTANT.test(v)) return undefined;
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? undefined : ms;
}

type Kind = 'string' | 'number' | 'boolean' | 'datetime' | 'list' | 'object';

/** The comparison kind of a declared type, or of the value when the field is dynamic. */
function kindOf(type: FieldType | 'any' | undefined, fieldValue: unknown): Kind | undefined {
  switch (type) {
    case 'string':
    case 'enum':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'datetime':
      return 'datetime';
    case 'phones':
    case 'emails':
      return 'list';
    default:
      return dynamicKind(fieldValue);
  }
}

function dynamicKind(v: unknown): Kind | undefined {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'boolean';
  if (Array.isArray(v)) return 'list';
  if (v !== null && typeof v === 'object') return 'object';
  return undefined;
}

function conforms(kind: Kind, v: unknown): boolean {
  switch (kind) {
    case 'string':
      return typeof v === 'string';
    case 'number':
      return typeof v === 'number' && !Number.isNaN(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'datetime':
      return instantMillis(v) !== undefined;
    case 'list':
      return Array.isArray(v);
    case 'object':
      return v !== null && typeof v === 'object' && !Array.isArray(v);
  }
}

function equalsTyped(fieldValue: unknown, expected: unknown, type: FieldType | 'any' | undefined): boolean {
  if (fieldValue === undefined || fieldValue === null) return false;
  const kind = kindOf(type, fieldValue);
  if (!kind || !conforms(kind, fieldValue) || !conforms(kind, expected)) return false;
  return sameValue(kind, fieldValue, expected);
}

function sameValue(kind: Kind, a: unknown, b: unknown): boolean {
  if (kind === 'datetime') return instantMillis(a) === instantMillis(b);
  if (kind === 'list' || kind === 'object') return deepEqual(a, b);
  return a === b;
}

function isIn(fieldValue: unknown, list: unknown, type: FieldType | 'any' | undefined): boolean {
  if (!Array.isArray(list)) return false;
  for (const item of list) if (equalsTyped(fieldValue, item, type)) return true;
  return false;
}

function containsTyped(fieldValue: unknown, needle: unknown, type: FieldType | 'any' | undefined): boolean {
  if (fieldValue === undefined || fieldValue === null) return false;
  const kind = kindOf(type, fieldValue);
  if (kind === 'string')
    return typeof fieldValue === 'string' && typeof needle === 'string' && fieldValue.includes(needle);
  if (kind !== 'list' || !Array.isArray(fieldValue)) return false;
  if (type === 'phones' || type === 'emails') {
    // A contact list holds {type, value} entries: a string matches a value, an entry matches whole.
    return fieldValue.some((entry) =>
      typeof needle === 'string' ? isEntryWithValue(entry, needle) : deepEqual(entry, needle),
    );
  }
  return fieldValue.some((item) => deepEqual(item, needle));
}

function isEntryWithValue(entry: unknown, value: string): boolean {
  return entry !== null && typeof entry === 'object' && (entry as { value?: unknown }).value === value;
}

function ordered(
  fieldValue: unknown,
  bound: unknown,
  type: FieldType | 'any' | undefined,
  test: (diff: number) => boolean,
): boolean {
  if (fieldValue === undefined || fieldValue === null) return false;
  const kind = kindOf(type, fieldValue);
  if (kind === 'number') {
    if (!conforms('number', fieldValue) || !conforms('number', bound)) return false;
    return test((fieldValue as number) - (bound as number));
  }
  if (kind === 'datetime') {
    const a = instantMillis(fieldValue);
    const b = instantMillis(bound);
    if (a === undefined || b === undefined) return false;
    return test(a - b);
  }
  return false;
}

/** Structural equality of JSON values (key order free). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], bb[i])) return false;
    return true;
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/** A resolver over a `shipment.changed` event's data.shipment (paths `shipment.*`). */
export function shipmentResolver(shipment: unknown): FieldResolver {
  return (path) => {
    if (!path.startsWith('shipment.') || shipment === null || typeof shipment !== 'object') return undefined;
    return (shipment as Record<string, unknown>)[path.slice('shipment.'.length)];
  };
}
