import { robotDefinition, triggerDefinition } from '../domain/catalog';
import type { IconName, RobotGroup } from '../domain/catalog';
import type { Condition, ConditionLeaf } from '../domain/condition';
import { isLeaf, leafGap } from '../domain/condition';
import type { Delay } from '../domain/delay';
import { fieldLabel } from '../domain/fields';
import type { Robot, Status, Trigger } from '../domain/flow';
import type { Namer } from '../domain/naming';
import { englishTranslator } from '../i18n/english';
import { catalogTitle } from '../i18n/catalogText';
import type { Translator } from '../i18n/translator';

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

/** What a card needs from the catalog, tolerant of a type whose module is missing. */
export interface RobotLook {
  title: string;
  icon: IconName;
  group: RobotGroup;
}

export function robotLook(robot: Robot, tr: Translator = englishTranslator): RobotLook {
  const def = robotDefinition(robot.type) as ReturnType<typeof robotDefinition> | undefined;
  if (!def) return { title: robot.type, icon: 'log', group: 'employees' };
  return { title: catalogTitle(tr, 'robot', robot.type), icon: def.icon, group: def.group };
}

export function triggerLook(
  trigger: Trigger,
  tr: Translator = englishTranslator,
): { title: string; icon: IconName } {
  const def = triggerDefinition(trigger.type) as ReturnType<typeof triggerDefinition> | undefined;
  if (!def) return { title: trigger.type, icon: 'bell' };
  return { title: catalogTitle(tr, 'trigger', trigger.type), icon: def.icon };
}

/*
 * Summaries name statuses, employees and other cards, so they are read with the design's names
 * when a card renders rather than cached with the card's data: renaming a status rewrites every
 * "Move to …" that points at it.
 */

/** A robot's one-line summary with names ("Cancel → Canceled: …"); empty when it cannot be read. */
export function robotSummary(robot: Robot, names: Namer, t: Translator = englishTranslator): string {
  const def = robotDefinition(robot.type) as ReturnType<typeof robotDefinition> | undefined;
  try {
    return def ? def.summary(robot.settings, { names, t }) : '';
  } catch {
    // A draft with settings the summary cannot read still shows its card; lint explains the problem.
    return '';
  }
}

/** A trigger's one-line summary with names; empty when it cannot be read. */
export function triggerSummary(trigger: Trigger, names: Namer, t: Translator = englishTranslator): string {
  const def = triggerDefinition(trigger.type) as ReturnType<typeof triggerDefinition> | undefined;
  try {
    return def ? def.summary(trigger.settings, { names, t }) : '';
  } catch {
    // As for robots: a half-filled trigger keeps its chip.
    return '';
  }
}

/*
 * Accessible names, also what the browser tests find the canvas by. A node's name starts with what
 * the user called it (its name, else its catalog title), so screen-reader users hear the word they
 * see first and can jump by typing it.
 */
export const statusName = (status: Status) => status.name;

const named = (name: string | undefined, title: string) => (name && name !== title ? name : undefined);

/** "Payment reminder — Send email, after 3 days"; "Send SMS, immediately, needs settings". */
export function robotName(
  robot: Robot,
  title: string,
  delay: string,
  unconfigured = false,
  { t }: Translator = englishTranslator,
): string {
  const name = named(robot.name, title);
  return t('canvas.robot.name', {
    named: name !== undefined,
    name: name ?? '',
    title,
    delay,
    unconfigured,
    disabled: robot.disabled === true,
  });
}

/** "Payment — Trigger"; a named one: "Paid online — Payment trigger". */
export function triggerName(
  trigger: Trigger,
  title: string,
  unconfigured = false,
  { t }: Translator = englishTranslator,
): string {
  const name = named(trigger.name, title);
  return t('canvas.trigger.name', { named: name !== undefined, name: name ?? '', title, unconfigured });
}
