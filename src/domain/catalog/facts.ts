import type { Robot, Trigger } from '../flow';
import type { RobotDefinition, SettingField } from './types';
import { ROBOT_DEFINITIONS } from './robots';
import { TRIGGER_DEFINITIONS } from './triggers';

/*
 * Questions every consumer (lint, the BPMN export, the status editor, the canvas) asks of a robot or
 * trigger, answered from its type's declaration only, so a new type is covered by declaring its facts.
 * Lookups tolerate a type the catalog does not know (a document from a newer version): no facts.
 */

function definitionOf(type: string): RobotDefinition | undefined {
  return (ROBOT_DEFINITIONS as Record<string, RobotDefinition | undefined>)[type];
}

type RobotLike = Pick<Robot, 'type' | 'settings'>;

/** The status a robot moves the order to, when its type moves orders and the setting names one. */
export function moveTargetOf(robot: RobotLike): string | undefined {
  const moves = definitionOf(robot.type)?.moves;
  if (!moves) return undefined;
  const target = robot.settings[moves.statusSetting];
  return typeof target === 'string' && target !== '' ? target : undefined;
}

/** Does the robot's type move the order (whatever its settings say)? */
export const movesOrder = (robot: Pick<Robot, 'type'>): boolean => Boolean(definitionOf(robot.type)?.moves);

/** Does the robot's move cancel the order (so its target must be a failure status)? */
export const cancelsOrder = (robot: Pick<Robot, 'type'>): boolean =>
  definitionOf(robot.type)?.moves?.cancelsOrder === true;

/** The fields a robot writes when it succeeds, as full paths. */
export function fieldsWrittenBy(robot: RobotLike): readonly string[] {
  const def = definitionOf(robot.type);
  return def ? def.writes(robot.settings) : [];
}

/** The trigger settings that filter events other than by equality (docs/semantics.md §3.2), by kind. */
export function specialFilterFields(trigger: Pick<Trigger, 'type'>): readonly SettingField[] {
  return (triggerFields(trigger.type) ?? []).filter((f) => f.eventFilter !== undefined);
}

function triggerFields(type: string): readonly SettingField[] | undefined {
  return (TRIGGER_DEFINITIONS as Record<string, { fields: readonly SettingField[] } | undefined>)[type]
    ?.fields;
}

/** The setting holding a trigger's generated webhook code (its public address), if its type has one. */
export function webhookCodeSetting(type: string): string | undefined {
  return triggerFields(type)?.find((f) => f.widget === 'webhookCode')?.key;
}
