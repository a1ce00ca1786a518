import { robotDefinition, triggerDefinition } from '../../catalog';
import type { Robot, Trigger } from '../../flow';
import type { LintContext } from '../types';

/*
 * How hazard messages name things: as the user sees them on the canvas — a card's name, else its
 * type's title; a status's name. Never ids: the people reading these work with names.
 */

export const robotName = (robot: Robot): string =>
  `"${robot.name?.trim() || robotDefinition(robot.type)?.title || robot.type}"`;

export const triggerName = (trigger: Trigger): string =>
  `"${trigger.name?.trim() || triggerDefinition(trigger.type)?.title || trigger.type}"`;

export const statusName = (ctx: LintContext, id: string): string => `"${ctx.statusById.get(id)?.name || id}"`;

export { listing } from '../../catalog/summary';
