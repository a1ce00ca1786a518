import type { ConditionOp } from '../domain/condition';
import { findField } from '../domain/fields';
import type { Flow } from '../domain/flow';
import { formatTemplateValue } from '../domain/templates';
import type { ClauseValue, Explanation } from './explain';
import { flowNames } from './names';
import type { FlowNames } from './names';

const OP_WORDS: Record<ConditionOp, string> = {
  eq: 'is',
  ne: 'is not',
  gt: 'is more than',
  gte: 'is at least',
  lt: 'is less than',
  lte: 'is at most',
  in: 'is one of',
  notIn: 'is not one of',
  contains: 'contains',
  notContains: 'does not contain',
  empty: 'is empty',
  notEmpty: 'is not empty',
};

const shown = (v: unknown): string =>
  v === undefined || v === null || v === ''
    ? 'empty'
    : typeof v === 'string'
      ? JSON.stringify(v)
      : formatTemplateValue(v) || JSON.stringify(v);

/** `order.paid is true — it was false` (the CLI) or `Paid is true — it was false` (the browser). */
export function formatClause(c: ClauseValue, ids: boolean): string {
  const field = ids ? c.field : (findField(c.field)?.label ?? c.field.replace(/^order\.custom\./, ''));
  const value =
    c.value === undefined
      ? ''
      : ` ${Array.isArray(c.value) ? c.value.map(shown).join(', ') : shown(c.value)}`;
  return `${field} ${OP_WORDS[c.op]}${value} — it was ${shown(c.actual)} (${c.holds ? 'holds' : 'false'})`;
}

const SETTING_WORDS: Record<string, string> = {
  firstOnly: 'only the first message',
  shipmentCondition: 'the shipment condition',
  url: 'the link',
  lineId: 'the line',
  formId: 'the form',
  channelId: 'the open channel',
  templateId: 'the document template',
  code: 'the webhook code',
};

/** One explanation as a sentence; `when` writes an instant. */
export function formatExplanation(e: Explanation, names: FlowNames, when: (at: string) => string): string {
  const clauses = (list: ClauseValue[]) =>
    list.length === 0
      ? ''
      : `: ${
          list
            .filter((c) => !c.holds)
            .map((c) => formatClause(c, names.ids))
            .join('; ') || list.map((c) => formatClause(c, names.ids)).join('; ')
        }`;
  switch (e.reason) {
    case 'status-not-entered':
      return `the order never entered ${names.status(e.status)}`;
    case 'chain-stopped':
      return `the chain stopped before it: ${names.robot(e.previous)}, which it runs after, never let it through`;
    case 'disabled':
      return 'it is disabled';
    case 'condition-false':
      return e.node === 'robot'
        ? `its condition was false at ${when(e.at)}${clauses(e.clauses)}`
        : `the event came at ${when(e.at)} but its condition was false${clauses(e.clauses)}`;
    case 'failed':
      return `it failed at ${when(e.at)}: ${e.error}`;
    case 'cancelled':
      return e.canceled
        ? `cancelled at ${when(e.at)} when the order was canceled and left ${names.status(e.status)}`
        : `cancelled at ${when(e.at)} when the order left ${names.status(e.status)}`;
    case 'waiting-at-end':
      return `still waiting when the run ended (due at ${when(e.runAt)})`;
    case 'event-never-came':
      return names.ids ? `its event (${e.event}) never came` : 'its event never came';
    case 'filter': {
      const what = names.ids ? e.setting : (SETTING_WORDS[e.setting] ?? 'a setting');
      const values =
        e.setting === 'shipmentCondition'
          ? ''
          : ` (wanted ${shown(e.expected)}, the event had ${shown(e.actual)})`;
      return `the event came at ${when(e.at)} but ${what} did not match${values}`;
    }
    case 'backward':
      return `the event came at ${when(e.at)} but the order was already past it, in ${names.status(e.status)}, and "allow moving back" is off`;
    case 'already-there':
      return `the event came at ${when(e.at)} while the order was already in ${names.status(e.status)}`;
    case 'other-trigger':
      return `the event came at ${when(e.at)} but ${names.trigger(e.fired)} came first in pipeline order and fired`;
  }
}

/** The explanations as a block of text (`simulate --format text --explain`). */
export function formatExplanations(
  list: readonly Explanation[],
  flow: Flow,
  ids: boolean,
  when: (at: string) => string,
): string {
  const names = flowNames(flow, ids);
  if (list.length === 0) return 'why: every robot was done and every trigger fired';
  return [
    'why:',
    ...list.map(
      (e) =>
        `  ${e.node} ${e.node === 'robot' ? names.robot(e.id) : names.trigger(e.id)}: ${formatExplanation(e, names, when)}`,
    ),
  ].join('\n');
}

/** The first clause that decided a false condition, in a few words: `Paid was false`. */
function decidingClause(list: readonly ClauseValue[], ids: boolean): string | undefined {
  const c = list.find((x) => !x.holds);
  if (!c) return undefined;
  const field = ids ? c.field : (findField(c.field)?.label ?? c.field.replace(/^order\.custom\./, ''));
  return `${field} was ${shown(c.actual)}`;
}

/**
 * One explanation in a few words, for a line on its card (the sentence of `formatExplanation` is
 * its full form, on hover, focus and for screen readers). The same fixed list of reasons.
 */
export function shortExplanation(e: Explanation, names: FlowNames): string {
  switch (e.reason) {
    case 'status-not-entered':
      return `Never entered ${names.status(e.status)}`;
    case 'chain-stopped':
      return `Chain stopped at ${names.robot(e.previous)}`;
    case 'disabled':
      return 'Disabled';
    case 'condition-false': {
      const clause = decidingClause(e.clauses, names.ids);
      return clause ? `Condition false: ${clause}` : 'Condition false';
    }
    case 'failed':
      return `Failed: ${e.error}`;
    case 'cancelled':
      return e.canceled ? 'Cancelled: the order was canceled' : `Cancelled: left ${names.status(e.status)}`;
    case 'waiting-at-end':
      return 'Still waiting at the end';
    case 'event-never-came':
      return 'Its event never came';
    case 'filter':
      return `Event came, ${names.ids ? e.setting : (SETTING_WORDS[e.setting] ?? 'a setting')} did not match`;
    case 'backward':
      return 'Would move back: not allowed';
    case 'already-there':
      return 'Order already there';
    case 'other-trigger':
      return `${names.trigger(e.fired)} fired first`;
  }
}
