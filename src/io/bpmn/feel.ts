import type { Condition, ConditionLeaf } from '../../domain/condition';
import type { Delay, DelayUnit } from '../../domain/delay';
import type { FieldType } from '../../domain/fields';
import { FIELD_CATALOG } from '../../domain/fields';

/**
 * FEEL for the BPMN export: conditions (docs/semantics.md §4 rule 9 / §4.1) and delay dates (rule 8) written
 * over the process variables `order`, `contact`, `company`, `responsible` and, in a trigger's
 * gateway, `event` (the message's data). Every leaf is written so that it yields true or false,
 * never null: Zeebe raises an incident when a gateway condition is not a boolean, and docs/semantics.md §4.1
 * wants a value of another type to "never match" (`eq` false, `ne` true).
 */

const FIELD_TYPES = new Map<string, FieldType>(FIELD_CATALOG.map((f) => [f.path, f.type]));
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A FEEL string literal. */
export function feelString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/** A JSON value as a FEEL literal (strings, numbers, booleans, null, lists, contexts). */
export function feelLiteral(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return feelString(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(feelLiteral).join(', ')}]`;
  const entries = Object.entries(v as Record<string, unknown>).map(
    ([k, x]) => `${feelString(k)}: ${feelLiteral(x)}`,
  );
  return `{${entries.join(', ')}}`;
}

/**
 * A field path as a FEEL path. Segments that are not FEEL names (custom fields such as
 * `order.custom.gift-wrap`) are read with `get value`, which yields null when absent.
 * `shipment.*` (a shipmentCondition) reads the message's `event.shipment`.
 */
export function feelPath(path: string): string {
  const segments = path.split('.');
  if (segments[0] === 'shipment') segments.splice(0, 1, 'event', 'shipment');
  let out = segments[0]!;
  for (const seg of segments.slice(1))
    out = NAME.test(seg) ? `${out}.${seg}` : `get value(${out}, ${feelString(seg)})`;
  return out;
}

const isTrue = (e: string): string => `(${e}) = true`;
const notTrue = (e: string): string => `(${e}) != true`;

/** A condition as a FEEL boolean expression; a missing condition is `true`. */
export function conditionToFeel(c: Condition | undefined): string {
  if (!c) return 'true';
  if ('field' in c) return leafToFeel(c);
  if ('all' in c)
    return c.all.length === 0 ? 'true' : c.all.map((x) => `(${conditionToFeel(x)})`).join(' and ');
  if ('any' in c)
    return c.any.length === 0 ? 'false' : c.any.map((x) => `(${conditionToFeel(x)})`).join(' or ');
  return `not(${conditionToFeel(c.not)})`;
}

function leafToFeel(leaf: ConditionLeaf): string {
  const type = FIELD_TYPES.get(leaf.field);
  const f = feelPath(leaf.field);
  const v = leaf.value;
  switch (leaf.op) {
    case 'eq':
      return isTrue(equality(f, v, type));
    case 'ne':
      return notTrue(equality(f, v, type));
    case 'in':
      return Array.isArray(v) ? isTrue(membership(f, v, type)) : 'false';
    case 'notIn':
      return Array.isArray(v) ? notTrue(membership(f, v, type)) : 'true';
    case 'gt':
      return ordering(f, '>', v, type);
    case 'gte':
      return ordering(f, '>=', v, type);
    case 'lt':
      return ordering(f, '<', v, type);
    case 'lte':
      return ordering(f, '<=', v, type);
    case 'contains':
      return isTrue(containment(f, v, type));
    case 'notContains':
      return notTrue(containment(f, v, type));
    case 'empty':
      return isTrue(emptiness(f));
    case 'notEmpty':
      return notTrue(emptiness(f));
  }
}

function equality(f: string, v: unknown, type: FieldType | undefined): string {
  if (type === 'datetime')
    return typeof v === 'string' ? `date and time(${f}) = date and time(${feelString(v)})` : 'false';
  return `${f} = ${feelLiteral(v)}`;
}

function membership(f: string, list: unknown[], type: FieldType | undefined): string {
  if (type === 'datetime') {
    const dates = list
      .filter((x): x is string => typeof x === 'string')
      .map((x) => `date and time(${feelString(x)})`);
    return `some d in [${dates.join(', ')}] satisfies d = date and time(${f})`;
  }
  return `list contains(${feelLiteral(list)}, ${f})`;
}

/** docs/semantics.md §4.1: only numbers and datetimes can be ordered; anything else is false. */
function ordering(f: string, op: string, v: unknown, type: FieldType | undefined): string {
  if (type === 'datetime')
    return typeof v === 'string'
      ? isTrue(`date and time(${f}) ${op} date and time(${feelString(v)})`)
      : 'false';
  if (typeof v !== 'number' || (type !== undefined && type !== 'number')) return 'false';
  return isTrue(`${f} ${op} ${v}`);
}

function containment(f: string, v: unknown, type: FieldType | undefined): string {
  if (type === 'phones' || type === 'emails') {
    // A contact list holds {type, value} entries: a string matches an entry's value.
    return typeof v === 'string'
      ? `some e in ${f} satisfies e.value = ${feelString(v)}`
      : `list contains(${f}, ${feelLiteral(v)})`;
  }
  if (type !== undefined || typeof v !== 'string')
    return type === undefined
      ? `list contains(${f}, ${feelLiteral(v)})`
      : typeof v === 'string'
        ? `contains(${f}, ${feelString(v)})`
        : 'false';
  // A field of unknown type: a substring of a string, or a member of a list.
  return `contains(${f}, ${feelString(v)}) or list contains(${f}, ${feelString(v)})`;
}

function emptiness(f: string): string {
  return `${f} = null or ${f} = "" or ${f} = []`;
}

/** An interval as an ISO 8601 duration; fractions are written in seconds. */
export function isoDuration(value: number, unit: DelayUnit): string {
  if (Number.isInteger(value))
    return unit === 'days' ? `P${value}D` : `PT${value}${unit === 'hours' ? 'H' : 'M'}`;
  const seconds = Math.round(value * (unit === 'days' ? 86400 : unit === 'hours' ? 3600 : 60));
  return `PT${seconds}S`;
}

/** The basis field as a FEEL date and time, or null when it is empty or not an instant. */
export const basisInstant = (basis: string): string => `date and time(${feelPath(basis)})`;

/**
 * An instant seen in the flow's time zone, so that adding days is calendar arithmetic there (docs/semantics.md
 * §4.1: `P1D` across a daylight-saving change is 23 or 25 hours). Camunda's FEEL converts with
 * `date and time(instant, zone)`.
 */
const inZone = (instant: string, zone: string): string => `date and time(${instant}, ${feelString(zone)})`;

/** instant ± N units: days as calendar days in the zone, hours and minutes as elapsed time. */
function shifted(instant: string, sign: '+' | '-', value: number, unit: DelayUnit, zone: string): string {
  const calendar = unit === 'days' && zone !== 'UTC' && Number.isInteger(value);
  return `${calendar ? inZone(instant, zone) : instant} ${sign} duration(${feelString(isoDuration(value, unit))})`;
}

export interface DelayTimer {
  /** `duration`: an ISO 8601 duration from when the robot is reached; `date`: a FEEL date. */
  kind: 'duration' | 'date';
  expression: string;
}

/**
 * The timer of a delay without working hours (docs/semantics.md §4 rule 8), undefined when the robot runs as
 * soon as it is reached. A date in the past fires at once, as rule 8 raises it to the reach time.
 */
export function delayTimer(delay: Delay, zone: string): DelayTimer | undefined {
  switch (delay.type) {
    case 'immediate':
      return undefined;
    case 'after':
      if (delay.basis !== undefined)
        return {
          kind: 'date',
          expression: `=${shifted(basisInstant(delay.basis), '+', delay.value, delay.unit, zone)}`,
        };
      if (delay.value === 0) return undefined;
      if (delay.unit === 'days' && zone !== 'UTC' && Number.isInteger(delay.value))
        return { kind: 'date', expression: `=${shifted('now()', '+', delay.value, delay.unit, zone)}` };
      return { kind: 'duration', expression: isoDuration(delay.value, delay.unit) };
    case 'before':
      return {
        kind: 'date',
        expression: `=${shifted(basisInstant(delay.basis), '-', delay.value, delay.unit, zone)}`,
      };
    case 'at':
      return { kind: 'date', expression: `=${atExpression(delay.basis, delay.time, zone)}` };
  }
}

/**
 * docs/semantics.md §4 rule 8 `at`: the basis instant, or the basis's day in the flow's time zone at HH:MM there.
 * (Written with `for` because FEEL parsers disagree on `date(...)` around a converted date-time.)
 */
function atExpression(basis: string, time: string | undefined, zone: string): string {
  if (!time) return basisInstant(basis);
  const clock = zone === 'UTC' ? `${time}:00Z` : `${time}:00@${zone}`;
  const day = inZone(basisInstant(basis), zone);
  return `(for d in [${day}] return date and time(date(d.year, d.month, d.day), time(${feelString(clock)})))[1]`;
}
