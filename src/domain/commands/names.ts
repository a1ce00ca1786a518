import { robotDefinition, triggerDefinition } from '../catalog';
import type { Flow, Robot, Trigger } from '../flow';

/*
 * How history descriptions name the parts of a design for people. A small local reader of the
 * document's names; the app-wide naming function can take its place once there is one.
 */

/** A robot's own name, else its type's title ("Send SMS"). */
export const robotLabel = (robot: Pick<Robot, 'name' | 'type'>): string =>
  robot.name ?? robotDefinition(robot.type).title;

/** A trigger's own name, else its type's title ("Payment received"). */
export const triggerLabel = (trigger: Pick<Trigger, 'name' | 'type'>): string =>
  trigger.name ?? triggerDefinition(trigger.type).title;

/** The robot with this id by name, or "a robot" when it is not in the flow. */
export function robotNamed(flow: Flow, id: string): string {
  const robot = flow.robots.find((r) => r.id === id);
  return robot ? robotLabel(robot) : 'a robot';
}

export function triggerNamed(flow: Flow, id: string): string {
  const trigger = flow.triggers.find((t) => t.id === id);
  return trigger ? `trigger ${triggerLabel(trigger)}` : 'a trigger';
}

export function statusNamed(flow: Flow, id: string): string {
  return flow.statuses.find((s) => s.id === id)?.name ?? 'a status';
}

/** Whatever a layout position belongs to, by name. */
export function nodeNamed(flow: Flow, id: string): string {
  if (flow.robots.some((r) => r.id === id)) return robotNamed(flow, id);
  if (flow.triggers.some((t) => t.id === id)) return triggerNamed(flow, id);
  return `status ${statusNamed(flow, id)}`;
}
