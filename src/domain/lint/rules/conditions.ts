import { specialFilterFields } from '../../catalog/facts';
import type { Condition, ConditionOp } from '../../condition';
import { UNARY_OPS, conditionLeaves, conditionSchema, leafGap } from '../../condition';
import type { FieldInfo } from '../../fields';
import { didYouMean, lookupField } from '../fieldLookup';
import type { LintNode } from '../nodes';
import { describeNode, lintNodes } from '../nodes';
import type { PathSegment } from '../jsonPath';
import { problem } from '../problem';
import type { LintContext, LintProblem, LintRule } from '../types';
import { describeValue } from '../zodIssues';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const ORDERING: ReadonlySet<ConditionOp> = new Set(['gt', 'gte', 'lt', 'lte']);
const LISTS: ReadonlySet<ConditionOp> = new Set(['in', 'notIn']);
const MEMBERSHIP: ReadonlySet<ConditionOp> = new Set(['contains', 'notContains']);

/** What a value of the field looks like, in words. */
function expected(info: FieldInfo): string {
  switch (info.type) {
    case 'string':
      return 'a text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'datetime':
      return 'a date and time such as 2025-03-01T09:00:00Z';
    case 'enum':
      return `one of ${(info.enumValues ?? []).map((v) => `"${v}"`).join(', ')}`;
    case 'phones':
    case 'emails':
      return 'a list entry';
  }
}

/** Does one value fit the field's type? Lists of phones or emails accept any entry. */
function fits(info: FieldInfo, value: unknown): boolean {
  switch (info.type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'datetime':
      return typeof value === 'string' && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value));
    case 'enum':
      return typeof value === 'string' && (info.enumValues ?? []).includes(value);
    case 'phones':
    case 'emails':
      return true;
  }
}

/** Why a leaf's value cannot work with its field and operator, or undefined. */
function valueProblem(info: FieldInfo, op: ConditionOp, value: unknown): string | undefined {
  if (UNARY_OPS.has(op)) return undefined;
  // A missing value is an incomplete row (OF504), reported before this is asked.
  if (ORDERING.has(op) && info.type !== 'number' && info.type !== 'datetime') {
    return `"${op}" orders numbers and dates, but “${info.label}” is a ${info.type} field`;
  }
  if (LISTS.has(op)) {
    if (!Array.isArray(value)) return `"${op}" takes a list of values, found ${describeValue(value)}`;
    const bad = value.find((v) => !fits(info, v));
    return bad === undefined
      ? undefined
      : `“${info.label}” expects ${expected(info)}, but the list holds ${describeValue(bad)}`;
  }
  if (MEMBERSHIP.has(op)) {
    if (info.type === 'string')
      return typeof value === 'string'
        ? undefined
        : `"${op}" on “${info.label}” looks for a text, found ${describeValue(value)}`;
    if (info.type === 'phones' || info.type === 'emails') return undefined;
    return `"${op}" works on texts and lists, but “${info.label}” is a ${info.type} field`;
  }
  return fits(info, value)
    ? undefined
    : `“${info.label}” expects ${expected(info)}, found ${describeValue(value)}`;
}

function checkCondition(
  ctx: LintContext,
  n: LintNode,
  condition: Condition,
  at: PathSegment[],
  where: 'order' | 'shipment',
): LintProblem[] {
  const out: LintProblem[] = [];
  for (const { leaf, path } of conditionLeaves(condition)) {
    const fieldAt = [...at, ...path, 'field'];
    const gap = leafGap(leaf);
    if (gap === 'field') {
      out.push(
        problem('OF504', fieldAt, `The condition of ${describeNode(n)} has a row with no field chosen yet.`),
      );
      continue;
    }
    const found = lookupField(leaf.field, ctx.env, where);
    if (gap === 'value' && found.kind !== 'unknown') {
      const name = found.kind === 'known' ? `“${found.info.label}”` : `“${leaf.field}”`;
      out.push(
        problem(
          'OF504',
          [...at, ...path, 'value'],
          `The condition of ${describeNode(n)} checks ${name} but has no value to compare it with; fill it in, or choose “is empty”.`,
        ),
      );
      continue;
    }
    if (found.kind === 'undeclaredCustom') {
      out.push(
        problem(
          'OF205',
          fieldAt,
          `The condition of ${describeNode(n)} checks the custom field "${found.name}", which is not declared in the reference data.`,
        ),
      );
    } else if (found.kind === 'unknown') {
      const scope = where === 'shipment' ? 'a shipment field (shipment.*)' : 'a field of the order';
      out.push(
        problem(
          'OF502',
          fieldAt,
          `The condition of ${describeNode(n)} checks "${leaf.field}", which is not ${scope}.${didYouMean(found)}`,
        ),
      );
    } else if (!found.anyType) {
      const why = valueProblem(found.info, leaf.op, leaf.value);
      if (why)
        out.push(
          problem(
            'OF503',
            [...at, ...path, 'value'],
            `The condition of ${describeNode(n)} can never work as meant: ${why}.`,
          ),
        );
    }
  }
  return out;
}

/** OF504 complete rows; OF502/OF503 (and OF205): conditions check known fields with values of their type. */
export const conditionsRule: LintRule = {
  name: 'conditions',
  codes: ['OF502', 'OF503', 'OF504', 'OF205'],
  check(ctx) {
    const out: LintProblem[] = [];
    for (const n of lintNodes(ctx)) {
      if (n.node.condition)
        out.push(...checkCondition(ctx, n, n.node.condition, [...n.path, 'condition'], 'order'));
      if (n.kind !== 'trigger') continue;
      for (const field of specialFilterFields(n.node)) {
        if (field.eventFilter !== 'shipment') continue;
        // A malformed shipment condition is reported by the settings rule (OF102).
        const parsed = conditionSchema.safeParse(n.node.settings[field.key]);
        if (parsed.success)
          out.push(...checkCondition(ctx, n, parsed.data, [...n.path, 'settings', field.key], 'shipment'));
      }
    }
    return out;
  },
};
