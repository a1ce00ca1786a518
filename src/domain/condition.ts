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
  field: z.string().min(1),
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
