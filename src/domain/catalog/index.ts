import type { PaletteGroup, RobotDefinition, TriggerDefinition } from './types';
import { ROBOT_DEFINITIONS } from './robots';
import { TRIGGER_DEFINITIONS } from './triggers';
import type { RobotType, TriggerType } from '../types';
import { ROBOT_TYPES, TRIGGER_TYPES } from '../types';

export * from './types';
export { ROBOT_DEFINITIONS, TRIGGER_DEFINITIONS };

/** The declaration of a robot type. */
export function robotDefinition(type: RobotType): RobotDefinition {
  return ROBOT_DEFINITIONS[type] as unknown as RobotDefinition;
}

/** The declaration of a trigger type. */
export function triggerDefinition(type: TriggerType): TriggerDefinition {
  return TRIGGER_DEFINITIONS[type] as unknown as TriggerDefinition;
}

export type PaletteItem =
  { kind: 'robot'; def: RobotDefinition } | { kind: 'trigger'; def: TriggerDefinition };

/** The palette's groups in display order, each with its items in docs/semantics.md §3.1 order. */
export function paletteGroups(): { group: PaletteGroup; items: PaletteItem[] }[] {
  const robots = ROBOT_TYPES.map((t) => robotDefinition(t));
  const byGroup = (g: PaletteGroup): PaletteItem[] =>
    robots.filter((d) => d.group === g).map((def) => ({ kind: 'robot', def }));
  return [
    { group: 'employees', items: byGroup('employees') },
    { group: 'communications', items: byGroup('communications') },
    { group: 'order', items: byGroup('order') },
    { group: 'triggers', items: TRIGGER_TYPES.map((t) => ({ kind: 'trigger', def: triggerDefinition(t) })) },
  ];
}
