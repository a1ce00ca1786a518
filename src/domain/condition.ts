import { z } from 'zod';

/** docs/semantics.md §4 rule 9: the operators a condition leaf may use. */
export const CONDITION_OPS = [
  'eq',
  'ne',
  'gt',
  'gte',
  'lt',
  'lte',
  'in',
  'notIn',
  'contains',
  'notContains',
  'empty',
  'notEmpty',
] as const;
export type ConditionOp = (typeof CONDITION_OPS)[number];

/** Operators that take no value. */
export const UNARY_OPS: ReadonlySet<ConditionOp> = new Set(['empty', 'notEmpty']);

export type ConditionLeaf = { field: string; op: ConditionOp; value?: unknown };
export type Condition = ConditionLeaf | { all: Condition[] } | { any: Condition[] } | { not: Condition };

export const conditionLeafSchema = z.object({
  // Empty while the user has not chosen a field yet: the design keeps the half-filled row and lint
  // reports it as incomplete (OF504) instead of the document failing to load.
  field: z.string(),
  op: z.enum(CONDITION_OPS),
  value: z.unknown().optional(),
});

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    conditionLeafSchema,
    z.object({ all: z.array(conditionSchema) }),
    z.object({ any: z.array(conditionSchema) }),
    z.object({ not: conditionSchema }),
  ]),
);

export const isLeaf = (c: Condition): c is ConditionLeaf => 'field' in c;

/** Every leaf of a condition with its JSON path relative to the condition, depth first. */
export function conditionLeaves(
  c: Condition,
  path: (string | number)[] = [],
): { leaf: ConditionLeaf; path: (string | number)[] }[] {
  if (isLeaf(c)) return [{ leaf: c, path }];
  if ('all' in c) return c.all.flatMap((child, i) => conditionLeaves(child, [...path, 'all', i]));
  if ('any' in c) return c.any.flatMap((child, i) => conditionLeaves(child, [...path, 'any', i]));
  return conditionLeaves(c.not, [...path, 'not']);
}

/**
 * What a condition row still lacks before it can be checked as meant: a field, or the value its
 * operator compares with (an empty text or an empty list counts as none — "is empty" says that).
 */
export function leafGap(leaf: ConditionLeaf): 'field' | 'value' | undefined {
  if (!leaf.field.trim()) return 'field';
  if (UNARY_OPS.has(leaf.op)) return undefined;
  const v = leaf.value;
  if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) return 'value';
  return undefined;
}
