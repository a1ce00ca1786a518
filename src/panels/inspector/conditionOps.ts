import { CONDITION_OPS } from '../../domain/condition';
import type { ConditionLeaf, ConditionOp } from '../../domain/condition';
import type { FieldInfo, FieldType } from '../../domain/fields';
import { englishTranslator } from '../../i18n';
import type { Translator } from '../../i18n';

/**
 * The operators that make sense for each field type (docs/semantics.md §4 rule 9 and §4.1): ordering only on
 * numbers and datetimes, `contains` on texts and lists, `in`/`notIn` on texts, enums and numbers,
 * empty/notEmpty on everything.
 */
export const OPS_BY_TYPE: Record<FieldType, readonly ConditionOp[]> = {
  string: ['eq', 'ne', 'contains', 'notContains', 'in', 'notIn', 'empty', 'notEmpty'],
  number: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'notIn', 'empty', 'notEmpty'],
  boolean: ['eq', 'ne', 'empty', 'notEmpty'],
  datetime: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'empty', 'notEmpty'],
  enum: ['eq', 'ne', 'in', 'notIn', 'empty', 'notEmpty'],
  phones: ['contains', 'notContains', 'empty', 'notEmpty'],
  emails: ['contains', 'notContains', 'empty', 'notEmpty'],
};

const DATE_OPS = new Set<ConditionOp>(['gt', 'gte', 'lt', 'lte']);

/** "is at least" / «не меньше»; on dates the ordering operators read "is on or after" / «не раньше». */
export const opLabel = (
  op: ConditionOp,
  type: FieldType | undefined,
  { t }: Translator = englishTranslator,
): string =>
  type === 'datetime' && DATE_OPS.has(op)
    ? t(`inspector.op.date.${op as 'gt' | 'gte' | 'lt' | 'lte'}`)
    : t(`inspector.op.${op}`);

/** Operators offered for a field; an unknown field (imported) gets them all so nothing is hidden. */
export const opsFor = (field: FieldInfo | undefined): readonly ConditionOp[] =>
  field ? OPS_BY_TYPE[field.type] : CONDITION_OPS;

/**
 * A fresh value for a leaf: none, so the row asks for one ("needs a value") instead of silently
 * comparing with "" or false; list operators start with an empty list.
 */
export function defaultValue(_field: FieldInfo | undefined, op: ConditionOp): unknown {
  if (op === 'in' || op === 'notIn') return [];
  return undefined;
}

/** A new row: no field yet, so it is flagged "needs a field" until one is chosen (lint OF504). */
export function newLeaf(): ConditionLeaf {
  return { field: '', op: 'eq' };
}

/** Sets or removes `value` (unary operators carry none). */
export function withValue(leaf: ConditionLeaf, value: unknown): ConditionLeaf {
  const { value: _old, ...rest } = leaf;
  return value === undefined ? rest : { ...rest, value };
}

/** Changing the field keeps the operator when it still fits and resets the value to the new type. */
export function changeField(leaf: ConditionLeaf, field: FieldInfo): ConditionLeaf {
  const ops = OPS_BY_TYPE[field.type];
  const op = ops.includes(leaf.op) ? leaf.op : ops[0]!;
  return withValue({ field: field.path, op }, defaultValue(field, op));
}

/** Changing the operator keeps a value that still fits (a single value stays single, a list a list). */
export function changeOp(leaf: ConditionLeaf, field: FieldInfo | undefined, op: ConditionOp): ConditionLeaf {
  const wantsList = op === 'in' || op === 'notIn';
  const unary = op === 'empty' || op === 'notEmpty';
  const fits = !unary && leaf.value !== undefined && Array.isArray(leaf.value) === wantsList;
  return withValue({ ...leaf, op }, fits ? leaf.value : defaultValue(field, op));
}
