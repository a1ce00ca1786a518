import { robotDefinition, triggerDefinition } from '../domain/catalog';
import type { IconName, RobotGroup } from '../domain/catalog';
import { plural } from '../domain/catalog/summary';
import type { Condition, ConditionLeaf } from '../domain/condition';
import { isLeaf, leafGap } from '../domain/condition';
import type { Delay } from '../domain/delay';
import { findField } from '../domain/fields';
import type { Robot, Status, Trigger } from '../domain/flow';
import type { Namer } from '../domain/naming';
import { englishTranslator } from '../i18n/english';
import type { Translator } from '../i18n/translator';

/** A field's label for running text: "delivery date", keeping acronyms such as "order ID". */
function fieldText(path: string): string {
  const label = findField(path)?.label ?? path;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** The delay chip: "immediately", "after 3 days", "1 day before delivery date", "at payment due date, 09:00". */
export function delayLabel(delay: Delay): string {
  const base = (() => {
    switch (delay.type) {
      case 'immediate':
        return 'immediately';
      case 'after':
        return delay.basis
          ? `${plural(delay.value, delay.unit)} after ${fieldText(delay.basis)}`
          : `after ${plural(delay.value, delay.unit)}`;
      case 'before':
        return `${plural(delay.value, delay.unit)} before ${fieldText(delay.basis)}`;
      case 'at':
        return `at ${fieldText(delay.basis)}${delay.time ? `, ${delay.time}` : ''}`;
    }
  })();
  return delay.workTime ? `${base} · working hours` : base;
}

const OP_TEXT: Record<ConditionLeaf['op'], string> = {
  eq: 'is',
  ne: 'is not',
  gt: '>',
  gte: '≥',
  lt: '<',
  lte: '≤',
  in: 'is one of',
  notIn: 'is not one of',
  contains: 'contains',
  notContains: 'does not contain',
  empty: 'is empty',
  notEmpty: 'is not empty',
};

function valueText(value: unknown): string {
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  if (typeof value === 'string') return `“${value}”`;
  return String(value);
}

function leafLabel(leaf: ConditionLeaf): string {
  // A half-filled row says so on the card instead of "is undefined" (lint reports it too).
  const gap = leafGap(leaf);
  if (gap === 'field') return 'a condition that needs a field';
  const label = findField(leaf.field)?.label ?? leaf.field;
  if (gap === 'value') return `${label} ${OP_TEXT[leaf.op]} … (needs a value)`;
  // Booleans read as plain words on a card: "not Paid" rather than "Paid is false".
  if (leaf.op === 'eq' && typeof leaf.value === 'boolean') return leaf.value ? label : `not ${label}`;
  if (leaf.op === 'empty' || leaf.op === 'notEmpty') return `${label} ${OP_TEXT[leaf.op]}`;
  return `${label} ${OP_TEXT[leaf.op]} ${valueText(leaf.value)}`;
}

/** The condition chip: one readable line, shortened for groups ("all of 3 conditions"). */
export function conditionLabel(condition: Condition): string {
  if (isLeaf(condition)) return leafLabel(condition);
  if ('not' in condition) return `not (${conditionLabel(condition.not)})`;
  const [list, word] = 'all' in condition ? [condition.all, 'all'] : [condition.any, 'any'];
  if (list.length === 1) return conditionLabel(list[0]!);
  return `${word} of ${list.length} conditions`;
}

/** What a card needs from the catalog, tolerant of a type whose module is missing. */
export interface RobotLook {
  title: string;
  icon: IconName;
  group: RobotGroup;
}

export function robotLook(robot: Robot): RobotLook {
  const def = robotDefinition(robot.type) as ReturnType<typeof robotDefinition> | undefined;
  if (!def) return { title: robot.type, icon: 'log', group: 'employees' };
  return { title: def.title, icon: def.icon, group: def.group };
}

export function triggerLook(trigger: Trigger): { title: string; icon: IconName } {
  const def = triggerDefinition(trigger.type) as ReturnType<typeof triggerDefinition> | undefined;
  if (!def) return { title: trigger.type, icon: 'bell' };
  return { title: def.title, icon: def.icon };
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
export function robotName(robot: Robot, title: string, delay: string, unconfigured = false): string {
  const name = named(robot.name, title);
  const head = name ? `${name} — ${title}` : title;
  return `${head}, ${delay}${unconfigured ? ', needs settings' : ''}${robot.disabled ? ', disabled' : ''}`;
}

/** "Payment — Trigger"; a named one: "Paid online — Payment trigger". */
export function triggerName(trigger: Trigger, title: string, unconfigured = false): string {
  const name = named(trigger.name, title);
  return `${name ? `${name} — ${title} trigger` : `${title} — Trigger`}${unconfigured ? ', needs settings' : ''}`;
}
