import type { Employee } from '../domain/scenario';

/**
 * Reading and writing the order's fields by path (conditions, delays, templates, effects).
 * docs/semantics.md §4.1: paid/canceled/allowDelivery/shipped read as false and deliveryStatus as `none` when
 * absent — on reads only; the defaults are never written into the order (the final order shows
 * only what the scenario gave and what the run set).
 */

export type Json = Record<string, unknown>;

/** What a path is read from: the run's current order, contact, company, staff and robot outputs. */
export interface FieldSource {
  order: Json;
  contact: Json;
  company: Json | null;
  employees: readonly Employee[];
  outputs: ReadonlyMap<string, Json>;
}

const ORDER_DEFAULTS: Readonly<Record<string, unknown>> = {
  paid: false,
  canceled: false,
  allowDelivery: false,
  shipped: false,
  deliveryStatus: 'none',
};

type Reader = (src: FieldSource) => unknown;

const readers = new Map<string, Reader>();
const MAX_CACHED = 10_000;

/** Reads a path; an absent field is undefined. */
export function readField(src: FieldSource, path: string): unknown {
  let reader = readers.get(path);
  if (!reader) {
    // Paths come from documents, so the set is small; the cap only guards a pathological caller.
    if (readers.size >= MAX_CACHED) readers.clear();
    reader = compileReader(path);
    readers.set(path, reader);
  }
  return reader(src);
}

function compileReader(path: string): Reader {
  const [head, ...rest] = path.split('.');
  switch (head) {
    case 'order': {
      if (rest.length === 1) {
        const key = rest[0]!;
        const fallback = ORDER_DEFAULTS[key];
        return fallback === undefined ? (s) => s.order[key] : (s) => s.order[key] ?? fallback;
      }
      return (s) => dig(s.order, rest);
    }
    case 'contact':
      return (s) => dig(s.contact, rest);
    case 'company':
      return (s) => dig(s.company, rest);
    case 'responsible': {
      // responsible.* is derived from order.responsibleId and the employees list (docs/semantics.md §2).
      return (s) => {
        const id = s.order.responsibleId;
        const employee = id === undefined ? undefined : s.employees.find((e) => e.id === id);
        return dig(employee, rest);
      };
    }
    case 'robots': {
      const [id, ...keys] = rest;
      if (id === undefined || keys.length === 0) return () => undefined;
      return (s) => dig(s.outputs.get(id), keys);
    }
    default:
      return () => undefined;
  }
}

function dig(value: unknown, keys: readonly string[]): unknown {
  let v = value;
  for (const k of keys) {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
    v = (v as Json)[k];
  }
  return v;
}

/**
 * Writes a field by full path (an effect's `set`): order.KEY, order.custom.NAME, contact.KEY and,
 * when the order has a company, company.KEY. Anything else is ignored (effects validate paths).
 */
export function writeField(src: FieldSource, path: string, value: unknown): void {
  const parts = path.split('.');
  const head = parts[0];
  if (head === 'order') {
    if (parts.length === 2) src.order[parts[1]!] = value;
    else if (parts.length === 3 && parts[1] === 'custom') {
      const custom = src.order.custom;
      // The custom object is the run's own copy (cloned at the start), so it may be written in place.
      if (custom !== null && typeof custom === 'object' && !Array.isArray(custom))
        (custom as Json)[parts[2]!] = value;
      else src.order.custom = { [parts[2]!]: value };
    }
  } else if (head === 'contact' && parts.length === 2) src.contact[parts[1]!] = value;
  else if (head === 'company' && parts.length === 2 && src.company) src.company[parts[1]!] = value;
}

/**
 * Merges an event's data.order and data.contact (docs/semantics.md §4 rule 7). `order.custom` merges one level
 * deeper, so an event can set one custom field without erasing the others.
 */
export function mergeEventData(src: FieldSource, data: Json | undefined): void {
  if (!data) return;
  const order = data.order;
  if (isObject(order)) {
    for (const key of Object.keys(order)) {
      const v = order[key];
      if (key === 'custom' && isObject(v) && isObject(src.order.custom))
        src.order.custom = { ...src.order.custom, ...v };
      else src.order[key] = isObject(v) ? { ...v } : v;
    }
  }
  const contact = data.contact;
  if (isObject(contact)) for (const key of Object.keys(contact)) src.contact[key] = contact[key];
}

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * A deep copy of plain JSON data (the scenario's order, contact and company). structuredClone does
 * the same for these values but costs several microseconds per call, a large share of a simulated
 * order. Anything that is not a plain array or object is shared, as JSON values are immutable.
 */
export function cloneJson<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = cloneJson(value[i] as unknown);
    return out as T;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return structuredClone(value);
  const out: Json = {};
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) out[keys[i]!] = cloneJson((value as Json)[keys[i]!]);
  return out as T;
}
