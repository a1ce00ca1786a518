import type { Condition, ConditionLeaf } from './condition';
import { isLeaf, leafGap } from './condition';
import type { Delay } from './delay';
import { fieldLabel } from './fields';
import { englishTranslator } from '../i18n/english';
import type { Translator } from '../i18n/translator';

/*
 * Delays and conditions in words, for every place a person reads them: the chips on the cards, the
 * lists of changes before publishing, after a conflict or an import.
 */

/** A field's label for running text: "delivery date", keeping acronyms such as "order ID". */
function fieldText(path: string, tr: Translator): string {
  const label = fieldLabel(path, tr);
  // Russian quotes the label as it is («Дата доставки»); English reads it in lower case.
  return tr.locale === 'ru' ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** "3 days", "1 minute" — «3 дня», «1 минуту» (the form that follows «через» and «за»). */
function amount(value: number, unit: string, tr: Translator): string {
  return tr.t('canvas.delay.amount', { value, unit });
}

/** The delay chip: "immediately", "after 3 days", "1 day before delivery date", "at payment due date, 09:00". */
export function delayLabel(delay: Delay, tr: Translator = englishTranslator): string {
  const { t } = tr;
  const base = (() => {
    switch (delay.type) {
      case 'immediate':
        return t('canvas.delay.immediately');
      case 'after':
        return delay.basis
          ? t('canvas.delay.afterField', {
              amount: amount(delay.value, delay.unit, tr),
              field: fieldText(delay.basis, tr),
            })
          : t('canvas.delay.after', { amount: amount(delay.value, delay.unit, tr) });
      case 'before':
        return t('canvas.delay.before', {
          amount: amount(delay.value, delay.unit, tr),
          field: fieldText(delay.basis, tr),
        });
      case 'at':
        return delay.time
          ? t('canvas.delay.atTime', { field: fieldText(delay.basis, tr), time: delay.time })
          : t('canvas.delay.at', { field: fieldText(delay.basis, tr) });
    }
  })();
  return delay.workTime ? t('canvas.delay.workTime', { delay: base }) : base;
}

function valueText(value: unknown, tr: Translator): string {
  if (Array.isArray(value)) return value.map((v) => valueText(v, tr)).join(', ');
  if (typeof value === 'string') return tr.t('canvas.condition.quoted', { value });
  // English keeps the number as typed; other languages write their own separators (1 234,5).
  if (typeof value === 'number' && tr.locale !== 'en') return tr.number(value);
  return String(value);
}

function leafLabel(leaf: ConditionLeaf, tr: Translator): string {
  const { t } = tr;
  // A half-filled row says so on the card instead of "is undefined" (lint reports it too).
  const gap = leafGap(leaf);
  if (gap === 'field') return t('canvas.condition.needsField');
  const field = fieldLabel(leaf.field, tr);
  if (gap === 'value') return t('canvas.condition.needsValue', { field, op: leaf.op });
  // Booleans read as plain words on a card: "not Paid" rather than "Paid is false".
  if (leaf.op === 'eq' && typeof leaf.value === 'boolean')
    return leaf.value ? field : t('canvas.condition.not', { field });
  if (leaf.op === 'empty' || leaf.op === 'notEmpty')
    return t('canvas.condition.unary', { field, op: leaf.op });
  return t('canvas.condition.compare', { field, op: leaf.op, value: valueText(leaf.value, tr) });
}

/** The condition chip: one readable line, shortened for groups ("all of 3 conditions"). */
export function conditionLabel(condition: Condition, tr: Translator = englishTranslator): string {
  if (isLeaf(condition)) return leafLabel(condition, tr);
  if ('not' in condition)
    return tr.t('canvas.condition.notGroup', { condition: conditionLabel(condition.not, tr) });
  const [list, word] = 'all' in condition ? [condition.all, 'all'] : [condition.any, 'any'];
  if (list.length === 1) return conditionLabel(list[0]!, tr);
  return tr.t('canvas.condition.group', { mode: word, count: list.length });
}

/**
 * A condition in full on one line, for a list of changes: every row, joined by "and" / "or",
 * groups in brackets ("Paid and (Price > 100 or Delivery is empty)").
 */
export function conditionSentence(condition: Condition, tr: Translator = englishTranslator): string {
  if (isLeaf(condition)) return leafLabel(condition, tr);
  if ('not' in condition)
    return tr.t('canvas.condition.notGroup', { condition: conditionSentence(condition.not, tr) });
  const [list, mode] = 'all' in condition ? [condition.all, 'all'] : [condition.any, 'any'];
  const part = (c: Condition) => {
    const text = conditionSentence(c, tr);
    return isLeaf(c) || list.length === 1 ? text : tr.t('canvas.condition.bracketed', { condition: text });
  };
  return list.map(part).reduce((joined, text) => tr.t('canvas.condition.joined', { joined, text, mode }));
}
