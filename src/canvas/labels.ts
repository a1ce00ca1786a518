import { robotDefinition, triggerDefinition } from '../domain/catalog';
import type { IconName, RobotGroup } from '../domain/catalog';
import type { Robot, Status, Trigger } from '../domain/flow';
import type { Namer } from '../domain/naming';
import { englishTranslator } from '../i18n/english';
import { catalogTitle } from '../i18n/catalogText';
import type { Translator } from '../i18n/translator';

export { conditionLabel, delayLabel } from '../domain/phrases';

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

/** "Payment reminder — Send email, after 3 days"; "Send SMS, immediately, not set up". */
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
