import { moveTargetOf, robotDefinition, triggerDefinition } from '../../domain/catalog';
import type { Flow, Robot, Trigger } from '../../domain/flow';

export interface ImpactItem {
  id: string;
  label: string;
}

/** What deleting a status takes with it, and what it leaves pointing at nothing. */
export interface StatusImpact {
  robots: ImpactItem[];
  triggers: ImpactItem[];
  /** Robots of other statuses that move orders to this one (Change status, Cancel order). */
  incoming: (ImpactItem & { statusName: string })[];
}

/** A card's label as the user knows it: its name, else its catalog title. */
function label(node: Robot | Trigger, title: string): string {
  return node.name && node.name !== title ? `${node.name} (${title})` : title;
}

const robotLabel = (r: Robot) => label(r, robotDefinition(r.type)?.title ?? r.type);
const triggerLabel = (t: Trigger) => label(t, triggerDefinition(t.type)?.title ?? t.type);

/** Lists what goes with the status (the delete command removes it) and what will point at nothing. */
export function statusDeletionImpact(flow: Flow, statusId: string): StatusImpact {
  const names = new Map(flow.statuses.map((s) => [s.id as string, s.name]));
  return {
    robots: flow.robots.filter((r) => r.status === statusId).map((r) => ({ id: r.id, label: robotLabel(r) })),
    triggers: flow.triggers
      .filter((t) => t.status === statusId)
      .map((t) => ({ id: t.id, label: triggerLabel(t) })),
    incoming: flow.robots
      .filter((r) => r.status !== statusId && moveTargetOf(r) === statusId)
      .map((r) => ({ id: r.id, label: robotLabel(r), statusName: names.get(r.status) ?? r.status })),
  };
}
