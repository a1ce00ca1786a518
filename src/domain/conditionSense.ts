import type { Condition, ConditionLeaf } from './condition';
import { isLeaf } from './condition';
import type { FieldType } from './fields';
import { fieldLabel } from './fields';
import { findField } from './fields';
import { englishTranslator } from '../i18n/english';
import type { Translator } from '../i18n/translator';

/*
 * Whether a condition can hold at all, judged from the condition alone (docs/semantics.md §4 rule 9 and §4.1):
 * `never` when its clauses contradict each other on one field, `always` when they cover every
 * value, `maybe` otherwise. Sound rather than complete: `never` and `always` are claimed only when
 * every order agrees (a field of another type, a list field or a custom field is left as `maybe`).
 */

export type Verdict = 'never' | 'always' | 'maybe';
export interface Judgement {
  verdict: Verdict;
  /** Why, in words, for `never` and `always`. */
  reason?: string;
}

const MAYBE: Judgement = { verdict: 'maybe' };

/** Yes/no fields that are false when absent (docs/semantics.md §4.1), so "true or false" covers every order. */
const DEFAULTED_BOOLEANS = new Set(['order.paid', 'order.canceled', 'order.allowDelivery', 'order.shipped']);

/** Judges a condition; a missing condition is true, which is no finding, so callers pass one that exists. */
export function judgeCondition(c: Condition, tr: Translator = englishTranslator): Judgement {
  if (isLeaf(c)) return judgeLeaf(c, tr);
  if ('not' in c) {
    const inner = judgeCondition(c.not, tr);
    if (inner.verdict === 'maybe') return MAYBE;
    return {
      verdict: inner.verdict === 'never' ? 'always' : 'never',
      reason: tr.t('lint.sense.negation', { reason: inner.reason ?? '' }),
    };
  }
  if ('all' in c) {
    if (c.all.length === 0) return { verdict: 'always', reason: tr.t('lint.sense.emptyAll') };
    const parts = c.all.map((part) => judgeCondition(part, tr));
    const never = parts.find((p) => p.verdict === 'never');
    if (never) return never;
    if (parts.every((p) => p.verdict === 'always')) return parts[0]!;
    const clash = contradiction(flattenAll(c.all), tr);
    return clash ? { verdict: 'never', reason: clash } : MAYBE;
  }
  if (c.any.length === 0) return { verdict: 'never', reason: tr.t('lint.sense.emptyAny') };
  const parts = c.any.map((part) => judgeCondition(part, tr));
  const always = parts.find((p) => p.verdict === 'always');
  if (always) return always;
  if (parts.every((p) => p.verdict === 'never')) return { verdict: 'never', reason: listReasons(parts) };
  const cover = coverage(c.any.filter(isLeaf), tr);
  return cover ? { verdict: 'always', reason: cover } : MAYBE;
}

const listReasons = (parts: Judgement[]) => parts.map((p) => p.reason).join('; ');

function judgeLeaf(leaf: ConditionLeaf, tr: Translator): Judgement {
  const list = Array.isArray(leaf.value) ? leaf.value : undefined;
  if (leaf.op === 'in' && list?.length === 0)
    return { verdict: 'never', reason: tr.t('lint.sense.emptyList', { field: fieldName(leaf.field, tr) }) };
  if (leaf.op === 'notIn' && list?.length === 0)
    return { verdict: 'always', reason: tr.t('lint.sense.emptyList', { field: fieldName(leaf.field, tr) }) };
  return MAYBE;
}

/** The leaves of an `all` group, nested `all` groups flattened and negated leaves turned round. */
function flattenAll(items: readonly Condition[]): ConditionLeaf[] {
  return items.flatMap((c): ConditionLeaf[] => {
    if (isLeaf(c)) return [c];
    if ('all' in c) return flattenAll(c.all);
    if ('not' in c && isLeaf(c.not)) {
      const op = NEGATION[c.not.op];
      return op ? [{ ...c.not, op }] : [];
    }
    return [];
  });
}

/** Exact negations only: `not (x > 5)` also holds for an absent x, which `x <= 5` does not. */
const NEGATION: Partial<Record<ConditionLeaf['op'], ConditionLeaf['op']>> = {
  eq: 'ne',
  ne: 'eq',
  in: 'notIn',
  notIn: 'in',
  empty: 'notEmpty',
  notEmpty: 'empty',
};

/** The field's catalog type when it is one the judgement handles (scalars), else undefined. */
function scalarType(path: string): FieldType | undefined {
  const type = findField(path)?.type;
  return type === 'phones' || type === 'emails' ? undefined : type;
}

// People read a field by its label (in their language); the path belongs to the JSON view.
const fieldName = (path: string, tr: Translator) => fieldLabel(path, tr);

/** A compared value: a text in quotes, a number in the language's digits. */
const show = (v: unknown, tr: Translator) =>
  typeof v === 'string'
    ? tr.t('lint.value.quoted', { text: v })
    : typeof v === 'number' && tr.locale !== 'en'
      ? tr.number(v)
      : typeof v === 'boolean'
        ? tr.t('lint.value.found', { kind: String(v), text: String(v) })
        : JSON.stringify(v);

/** A value as the field compares it: numbers as numbers, datetimes as instants; undefined when it cannot. */
function comparable(type: FieldType, v: unknown): number | string | boolean | undefined {
  if (type === 'number') return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
  if (type === 'datetime') {
    const ms = typeof v === 'string' ? Date.parse(v) : NaN;
    return Number.isNaN(ms) ? undefined : ms;
  }
  if (type === 'boolean') return typeof v === 'boolean' ? v : undefined;
  return typeof v === 'string' ? v : undefined;
}

interface Bound {
  at: number;
  strict: boolean;
  raw: unknown;
}

/** The first contradiction between the clauses on one field, in words; undefined when they can agree. */
function contradiction(leaves: readonly ConditionLeaf[], tr: Translator): string | undefined {
  const byField = new Map<string, ConditionLeaf[]>();
  for (const leaf of leaves) byField.set(leaf.field, [...(byField.get(leaf.field) ?? []), leaf]);
  for (const [path, clauses] of byField) {
    const type = scalarType(path);
    if (!type) continue;
    const clash = fieldContradiction(type, fieldName(path, tr), clauses, tr);
    if (clash) return clash;
  }
  return undefined;
}

function fieldContradiction(
  type: FieldType,
  name: string,
  clauses: readonly ConditionLeaf[],
  tr: Translator,
): string | undefined {
  const field = name;
  const value = (leaf: ConditionLeaf) => comparable(type, leaf.value);
  const eq = clauses.filter((l) => l.op === 'eq' && value(l) !== undefined);
  const ne = clauses.filter((l) => l.op === 'ne' && value(l) !== undefined);
  const lists = (op: 'in' | 'notIn') =>
    clauses
      .filter((l) => l.op === op && Array.isArray(l.value))
      .map((l) => (l.value as unknown[]).map((v) => comparable(type, v)));
  const inLists = lists('in');
  const excluded = new Set(lists('notIn').flat());
  for (const l of ne) excluded.add(value(l));

  const first = eq[0];
  if (first) {
    const v = value(first);
    const other = eq.find((l) => value(l) !== v);
    if (other)
      return tr.t('lint.sense.twoValues', { field, a: show(first.value, tr), b: show(other.value, tr) });
    if (excluded.has(v)) return tr.t('lint.sense.equalAndNot', { field, value: show(first.value, tr) });
    if (inLists.some((list) => !list.includes(v)))
      return tr.t('lint.sense.notInList', { field, value: show(first.value, tr) });
  }
  if (inLists.length > 0) {
    const common = inLists.reduce((a, b) => a.filter((v) => b.includes(v)));
    if (common.every((v) => excluded.has(v))) return tr.t('lint.sense.noCommon', { field });
  }
  if (clauses.some((l) => l.op === 'empty')) {
    if (clauses.some((l) => l.op === 'notEmpty')) return tr.t('lint.sense.emptyAndNot', { field });
    // An empty text is both empty and equal to "" (or in a list holding "").
    const allowsEmpty = (l: ConditionLeaf) =>
      l.value === '' || (Array.isArray(l.value) && l.value.includes(''));
    const needsValue = clauses.find(
      (l) => ['eq', 'gt', 'gte', 'lt', 'lte', 'in'].includes(l.op) && !allowsEmpty(l),
    );
    if (needsValue) return tr.t('lint.sense.emptyAndValue', { field });
  }
  if (type !== 'number' && type !== 'datetime') return undefined;
  let lower: Bound | undefined;
  let upper: Bound | undefined;
  for (const l of clauses) {
    const at = value(l);
    if (typeof at !== 'number') continue;
    const bound = { at, strict: l.op === 'gt' || l.op === 'lt', raw: l.value };
    if ((l.op === 'gt' || l.op === 'gte') && (!lower || at > lower.at || (at === lower.at && bound.strict)))
      lower = bound;
    if ((l.op === 'lt' || l.op === 'lte') && (!upper || at < upper.at || (at === upper.at && bound.strict)))
      upper = bound;
  }
  if (lower && upper && (lower.at > upper.at || (lower.at === upper.at && (lower.strict || upper.strict))))
    return tr.t('lint.sense.range', {
      field,
      lower: String(lower.strict),
      low: show(lower.raw, tr),
      upper: String(upper.strict),
      high: show(upper.raw, tr),
    });
  const fixed = first ? value(first) : undefined;
  if (typeof fixed === 'number') {
    const outside =
      (lower && (fixed < lower.at || (fixed === lower.at && lower.strict))) ||
      (upper && (fixed > upper.at || (fixed === upper.at && upper.strict)));
    if (outside) return tr.t('lint.sense.outsideRange', { field, value: show(first!.value, tr) });
  }
  return undefined;
}

/** Clauses of an `any` group on one field that together hold for every order, in words. */
function coverage(leaves: readonly ConditionLeaf[], tr: Translator): string | undefined {
  for (const leaf of leaves) {
    const type = scalarType(leaf.field);
    if (!type) continue;
    const same = leaves.filter((l) => l.field === leaf.field);
    const v = comparable(type, leaf.value);
    const field = fieldName(leaf.field, tr);
    if (
      leaf.op === 'eq' &&
      v !== undefined &&
      same.some((l) => l.op === 'ne' && comparable(type, l.value) === v)
    )
      return tr.t('lint.sense.eitherEqual', { field, value: show(leaf.value, tr) });
    if (leaf.op === 'empty' && same.some((l) => l.op === 'notEmpty'))
      return tr.t('lint.sense.eitherEmpty', { field });
    if (DEFAULTED_BOOLEANS.has(leaf.field) && leaf.op === 'eq' && v === true)
      if (same.some((l) => l.op === 'eq' && l.value === false))
        return tr.t('lint.sense.eitherBoolean', { field });
    if (leaf.op === 'in' && Array.isArray(leaf.value)) {
      const key = JSON.stringify([...leaf.value].map(String).sort());
      const complement = same.some(
        (l) =>
          l.op === 'notIn' &&
          Array.isArray(l.value) &&
          JSON.stringify([...l.value].map(String).sort()) === key,
      );
      if (complement) return tr.t('lint.sense.eitherInList', { field });
    }
  }
  return undefined;
}
