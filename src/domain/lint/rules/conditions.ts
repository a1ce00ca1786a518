import { specialFilterFields } from '../../catalog/facts';
import type { Condition, ConditionOp } from '../../condition';
import { UNARY_OPS, conditionLeaves, conditionSchema, leafGap } from '../../condition';
import type { FieldInfo } from '../../fields';
import { didYouMeanField, lookupField } from '../fieldLookup';
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

type Key = Parameters<LintContext['t']>[0];

/** An operator as the condition editor names it ("is greater than"), never its id. */
const opLabel = (ctx: LintContext, op: ConditionOp): string => {
  const key = `inspector.op.${op}`;
  return ctx.translator.has(key) ? ctx.t(key as Key) : op;
};

/** What a value of the field looks like, in words. */
function expected(ctx: LintContext, info: FieldInfo): string {
  return ctx.t('lint.value.expected', {
    type: info.type,
    values: (info.enumValues ?? []).map((v) => `"${v}"`).join(', '),
  });
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

/** Why a leaf's value cannot work with its field and operator (the whole sentence), or undefined. */
function valueProblem(
  ctx: LintContext,
  node: string,
  info: FieldInfo,
  op: ConditionOp,
  value: unknown,
): string | undefined {
  if (UNARY_OPS.has(op)) return undefined;
  const field = ctx.names.field(info.path);
  const found = (v: unknown) => describeValue(v, ctx.translator);
  // A missing value is an incomplete row (OF504), reported before this is asked.
  if (ORDERING.has(op) && info.type !== 'number' && info.type !== 'datetime') {
    return ctx.t('lint.msg.OF503.ordering', { node, op: opLabel(ctx, op), field, type: info.type });
  }
  if (LISTS.has(op)) {
    if (!Array.isArray(value))
      return ctx.t('lint.msg.OF503.list', { node, op: opLabel(ctx, op), found: found(value) });
    const bad = value.find((v) => !fits(info, v));
    return bad === undefined
      ? undefined
      : ctx.t('lint.msg.OF503.listItem', { node, field, expected: expected(ctx, info), found: found(bad) });
  }
  if (MEMBERSHIP.has(op)) {
    if (info.type === 'string')
      return typeof value === 'string'
        ? undefined
        : ctx.t('lint.msg.OF503.membershipText', { node, op: opLabel(ctx, op), field, found: found(value) });
    if (info.type === 'phones' || info.type === 'emails') return undefined;
    return ctx.t('lint.msg.OF503.membership', { node, op: opLabel(ctx, op), field, type: info.type });
  }
  return fits(info, value)
    ? undefined
    : ctx.t('lint.msg.OF503.value', { node, field, expected: expected(ctx, info), found: found(value) });
}

function checkCondition(
  ctx: LintContext,
  n: LintNode,
  condition: Condition,
  at: PathSegment[],
  where: 'order' | 'shipment',
): LintProblem[] {
  const out: LintProblem[] = [];
  const node = describeNode(n, ctx);
  for (const { leaf, path } of conditionLeaves(condition)) {
    const fieldAt = [...at, ...path, 'field'];
    const gap = leafGap(leaf);
    if (gap === 'field') {
      out.push(problem('OF504', fieldAt, ctx.t('lint.msg.OF504.field', { node })));
      continue;
    }
    const found = lookupField(leaf.field, ctx.env, where);
    if (gap === 'value' && found.kind !== 'unknown') {
      const field = found.kind === 'known' ? ctx.names.field(found.info.path) : found.name;
      out.push(problem('OF504', [...at, ...path, 'value'], ctx.t('lint.msg.OF504.value', { node, field })));
      continue;
    }
    if (found.kind === 'undeclaredCustom') {
      out.push(problem('OF205', fieldAt, ctx.t('lint.msg.OF205.condition', { node, field: found.name })));
    } else if (found.kind === 'unknown') {
      out.push(
        problem(
          'OF502',
          fieldAt,
          ctx.t('lint.msg.OF502', { node, field: leaf.field, scope: where }) +
            didYouMeanField(found, ctx.env, ctx),
        ),
      );
    } else if (!found.anyType) {
      const why = valueProblem(ctx, node, found.info, leaf.op, leaf.value);
      if (why) out.push(problem('OF503', [...at, ...path, 'value'], why));
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
