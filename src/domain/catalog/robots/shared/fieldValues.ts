import { z } from 'zod';
import { findField, type FieldType } from '../../../fields';
import { emailSchema, phoneSchema } from '../../../scenario';
import type { EffectContext } from '../../types';

/** A field a robot may write: its full path and its type (`any` for undeclared custom fields). */
export interface WritableField {
  path: string;
  type: FieldType | 'any';
}

const CUSTOM = /^order\.custom\.[A-Za-z0-9_]+$/;

/**
 * The fields robots may write: the order's and the contact's (not company, responsible.* which is
 * derived, or shipment.* which exists only in trigger events). Custom fields take their declared
 * type; an undeclared one is still writable as `any`, since scenarios carry custom values that the
 * reference data need not list (conformance example ex3 writes `order.custom.note`).
 */
export function writableField(ctx: EffectContext, path: string): WritableField | undefined {
  // docs/semantics.md §4.2: a custom field declared `any` takes a value of any JSON type (findField reads it as
  // text for conditions and pickers, which would turn a number or a yes/no into a failure here).
  const custom = CUSTOM.test(path)
    ? ctx.env.customFields.find((c) => `order.custom.${c.name}` === path)
    : undefined;
  if (custom?.type === 'any') return { path, type: 'any' };
  const info = findField(path, ctx.env.customFields);
  if (info)
    return info.group === 'order' || info.group === 'contact' || info.group === 'custom' ? info : undefined;
  return CUSTOM.test(path) ? { path, type: 'any' } : undefined;
}

const instant = z.iso.datetime({ offset: true });
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

type Coerced = { ok: true; value: unknown } | { ok: false };

function toList(value: unknown, entry: z.ZodType, fallbackType: string): unknown[] | undefined {
  if (typeof value === 'string') return value.trim() === '' ? [] : [{ type: fallbackType, value }];
  const items = Array.isArray(value) ? value : [value];
  return items.every((item) => entry.safeParse(item).success) ? items : undefined;
}

/**
 * Converts a value (a rendered template, or a literal from the settings) to the field's type, the
 * way a user typing into a form expects: "1005" into a number field is the number 1005. List fields
 * take entries ({type, value}) or a plain string, which becomes one entry of type OTHER.
 */
export function coerceFieldValue(
  field: WritableField,
  value: unknown,
  current: unknown,
  append: boolean,
): Coerced {
  const ok = (v: unknown): Coerced => ({ ok: true, value: v });
  switch (field.type) {
    case 'any':
      return ok(value);
    case 'string':
      return typeof value === 'string' ? ok(value) : { ok: false };
    case 'number':
      if (typeof value === 'number' && Number.isFinite(value)) return ok(value);
      return typeof value === 'string' && NUMBER.test(value.trim())
        ? ok(Number(value.trim()))
        : { ok: false };
    case 'boolean':
      if (typeof value === 'boolean') return ok(value);
      return value === 'true' || value === 'false' ? ok(value === 'true') : { ok: false };
    case 'datetime':
      return typeof value === 'string' && instant.safeParse(value).success ? ok(value) : { ok: false };
    case 'enum': {
      const allowed = findField(field.path)?.enumValues ?? [];
      return typeof value === 'string' && allowed.includes(value) ? ok(value) : { ok: false };
    }
    case 'phones':
    case 'emails': {
      const entries = toList(value, field.type === 'phones' ? phoneSchema : emailSchema, 'OTHER');
      if (!entries) return { ok: false };
      // `append` adds to the list instead of replacing it (docs/semantics.md §3.1 order.update).
      return ok(append && Array.isArray(current) ? [...current, ...entries] : entries);
    }
  }
}

/** docs/semantics.md §4.1 failure messages for field writes. */
export const unknownField = (path: string) => `Unknown field "${path}"`;
export const wrongType = (path: string, type: string) => `Value of "${path}" is not a ${type}`;
