import { robotDefinition, triggerDefinition } from '../domain/catalog';
import type { Flow } from '../domain/flow';

/** How messages name the parts of a flow: `"Create a task" (task)` in the CLI, `"Create a task"` for users. */
export interface FlowNames {
  readonly ids: boolean;
  robot(id: string): string;
  status(id: string): string;
  trigger(id: string): string;
  hasRobot(id: string): boolean;
  hasStatus(id: string): boolean;
}

const title = (def: unknown): string | undefined => (def as { title?: string } | undefined)?.title;

/** Names for messages about a run; an unnamed robot or trigger goes by its type's title. */
export function flowNames(flow: Flow, ids: boolean): FlowNames {
  const robots = new Map(
    flow.robots.map((r) => [r.id as string, r.name ?? title(robotDefinition(r.type)) ?? r.type]),
  );
  const triggers = new Map(
    flow.triggers.map((t) => [t.id as string, t.name ?? title(triggerDefinition(t.type)) ?? t.type]),
  );
  const statuses = new Map(flow.statuses.map((s) => [s.id as string, s.name]));
  const name = (map: Map<string, string>, id: string) => {
    const known = map.get(id);
    if (known === undefined) return ids ? `"${id}"` : 'an unknown one';
    return ids ? `"${known}" (${id})` : `"${known}"`;
  };
  return {
    ids,
    robot: (id) => name(robots, id),
    status: (id) => name(statuses, id),
    trigger: (id) => name(triggers, id),
    hasRobot: (id) => robots.has(id),
    hasStatus: (id) => statuses.has(id),
  };
}
