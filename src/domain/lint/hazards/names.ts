import type { Robot, Trigger } from '../../flow';
import type { LintContext } from '../types';

/*
 * How hazard messages name things: as the user sees them on the canvas, through the design's one
 * namer (a card's name, else its type's title; a status's name). Never ids: the people reading
 * these work with names.
 */

export const robotName = (ctx: LintContext, robot: Robot): string => ctx.names.robot(robot.id);

export const triggerName = (ctx: LintContext, trigger: Trigger): string => ctx.names.trigger(trigger.id);

export const statusName = (ctx: LintContext, id: string): string => ctx.names.status(id, true);

export { listing } from '../../catalog/summary';
