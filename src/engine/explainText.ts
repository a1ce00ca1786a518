import { findField } from '../domain/fields';
import type { Flow } from '../domain/flow';
import { formatTemplateValue } from '../domain/templates';
import { englishTranslator } from '../i18n/english';
import type { MessageKey } from '../i18n/messageTypes';
import type { Translator } from '../i18n/translator';
import type { ClauseValue, Explanation } from './explain';
import { flowNames } from './names';
import type { FlowNames } from './names';

/** A value as the sentence shows it: strings quoted, other values as a template would print them. */
const shown = (v: unknown, { t }: Translator): string =>
  v === undefined || v === null || v === ''
    ? t('simulator.explain.empty')
    : typeof v === 'string'
      ? JSON.stringify(v)
      : formatTemplateValue(v) || JSON.stringify(v);

/** `order.paid is true — it was false` (the CLI) or `Paid is true — it was false` (the browser). */
export function formatClause(
  c: ClauseValue,
  ids: boolean,
  translator: Translator = englishTranslator,
): string {
  const field = ids ? c.field : (findField(c.field)?.label ?? c.field.replace(/^order\.custom\./, ''));
  const value =
    c.value === undefined
      ? ''
      : ` ${Array.isArray(c.value) ? c.value.map((v) => shown(v, translator)).join(', ') : shown(c.value, translator)}`;
  return translator.t('simulator.explain.clause', {
    field,
    op: c.op,
    value,
    actual: shown(c.actual, translator),
    holds: c.holds ? 'yes' : 'no',
  });
}

/** The setting a trigger's filter compares, in words (`the shipment condition`). */
const settingWords = (setting: string, { t, has }: Translator): string => {
  const key = `simulator.explain.setting.${setting}`;
  return has(key) ? t(key as MessageKey) : t('simulator.explain.setting.other');
};

/** One explanation as a sentence; `when` writes an instant. */
export function formatExplanation(
  e: Explanation,
  names: FlowNames,
  when: (at: string) => string,
  translator: Translator = englishTranslator,
): string {
  const { t } = translator;
  const clauses = (list: ClauseValue[]) =>
    list
      .filter((c) => !c.holds)
      .map((c) => formatClause(c, names.ids, translator))
      .join('; ') || list.map((c) => formatClause(c, names.ids, translator)).join('; ');
  switch (e.reason) {
    case 'status-not-entered':
      return t('simulator.explain.statusNotEntered', { status: names.status(e.status) });
    case 'chain-stopped':
      return t('simulator.explain.chainStopped', { previous: names.robot(e.previous) });
    case 'disabled':
      return t('simulator.explain.disabled');
    case 'condition-false': {
      const list = clauses(e.clauses);
      if (e.node === 'robot')
        return list
          ? t('simulator.explain.conditionFalse.robot.clauses', { at: when(e.at), clauses: list })
          : t('simulator.explain.conditionFalse.robot', { at: when(e.at) });
      return list
        ? t('simulator.explain.conditionFalse.trigger.clauses', { at: when(e.at), clauses: list })
        : t('simulator.explain.conditionFalse.trigger', { at: when(e.at) });
    }
    case 'failed':
      return t('simulator.explain.failed', { at: when(e.at), error: e.error });
    case 'cancelled':
      return e.canceled
        ? t('simulator.explain.cancelled.canceled', { at: when(e.at), status: names.status(e.status) })
        : t('simulator.explain.cancelled', { at: when(e.at), status: names.status(e.status) });
    case 'waiting-at-end':
      return t('simulator.explain.waitingAtEnd', { due: when(e.runAt) });
    case 'event-never-came':
      return names.ids
        ? t('simulator.explain.eventNeverCame.id', { event: e.event })
        : t('simulator.explain.eventNeverCame');
    case 'filter': {
      const what = names.ids ? e.setting : settingWords(e.setting, translator);
      return e.setting === 'shipmentCondition'
        ? t('simulator.explain.filter', { at: when(e.at), what })
        : t('simulator.explain.filter.values', {
            at: when(e.at),
            what,
            expected: shown(e.expected, translator),
            actual: shown(e.actual, translator),
          });
    }
    case 'backward':
      return t('simulator.explain.backward', { at: when(e.at), status: names.status(e.status) });
    case 'already-there':
      return t('simulator.explain.alreadyThere', { at: when(e.at), status: names.status(e.status) });
    case 'other-trigger':
      return t('simulator.explain.otherTrigger', { at: when(e.at), trigger: names.trigger(e.fired) });
  }
}

/** The explanations as a block of text (`simulate --format text --explain`). */
export function formatExplanations(
  list: readonly Explanation[],
  flow: Flow,
  ids: boolean,
  when: (at: string) => string,
  translator: Translator = englishTranslator,
): string {
  const { t } = translator;
  const names = flowNames(flow, ids);
  if (list.length === 0) return t('simulator.explain.cli.none');
  return [
    t('simulator.explain.cli.title'),
    ...list.map(
      (e) =>
        `  ${t('simulator.explain.cli.line', {
          node: e.node,
          name: e.node === 'robot' ? names.robot(e.id) : names.trigger(e.id),
          sentence: formatExplanation(e, names, when, translator),
        })}`,
    ),
  ].join('\n');
}

/** The first clause that decided a false condition, in a few words: `Paid was false`. */
function decidingClause(
  list: readonly ClauseValue[],
  ids: boolean,
  translator: Translator,
): string | undefined {
  const c = list.find((x) => !x.holds);
  if (!c) return undefined;
  const field = ids ? c.field : (findField(c.field)?.label ?? c.field.replace(/^order\.custom\./, ''));
  return translator.t('simulator.explain.short.clause', { field, actual: shown(c.actual, translator) });
}

/**
 * One explanation in a few words, for a line on its card (the sentence of `formatExplanation` is
 * its full form, on hover, focus and for screen readers). The same fixed list of reasons.
 */
export function shortExplanation(
  e: Explanation,
  names: FlowNames,
  translator: Translator = englishTranslator,
): string {
  const { t } = translator;
  switch (e.reason) {
    case 'status-not-entered':
      return t('simulator.explain.short.statusNotEntered', { status: names.status(e.status) });
    case 'chain-stopped':
      return t('simulator.explain.short.chainStopped', { previous: names.robot(e.previous) });
    case 'disabled':
      return t('simulator.explain.short.disabled');
    case 'condition-false': {
      const clause = decidingClause(e.clauses, names.ids, translator);
      return clause
        ? t('simulator.explain.short.conditionFalse.clause', { clause })
        : t('simulator.explain.short.conditionFalse');
    }
    case 'failed':
      return t('simulator.explain.short.failed', { error: e.error });
    case 'cancelled':
      return e.canceled
        ? t('simulator.explain.short.cancelled.canceled')
        : t('simulator.explain.short.cancelled', { status: names.status(e.status) });
    case 'waiting-at-end':
      return t('simulator.explain.short.waitingAtEnd');
    case 'event-never-came':
      return t('simulator.explain.short.eventNeverCame');
    case 'filter':
      return t('simulator.explain.short.filter', {
        what: names.ids ? e.setting : settingWords(e.setting, translator),
      });
    case 'backward':
      return t('simulator.explain.short.backward');
    case 'already-there':
      return t('simulator.explain.short.alreadyThere');
    case 'other-trigger':
      return t('simulator.explain.short.otherTrigger', { trigger: names.trigger(e.fired) });
  }
}
