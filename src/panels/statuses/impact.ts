import { moveTargetOf, robotDefinition, triggerDefinition } from '../../domain/catalog';
import type { Flow, Robot, Trigger } from '../../domain/flow';
import { englishTranslator } from '../../i18n';
import type { Translator } from '../../i18n';
import { catalogTitle } from '../../i18n/catalogText';

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
function label(node: Robot | Trigger, title: string, { t }: Translator): string {
  return node.name && node.name !== title
    ? t('inspector.status.impactLabel', { name: node.name, title })
    : title;
}

/** Lists what goes with the status (the delete command removes it) and what will point at nothing. */
export function statusDeletionImpact(
  flow: Flow,
  statusId: string,
  translator: Translator = englishTranslator,
): StatusImpact {
  const robotLabel = (r: Robot) =>
    label(r, robotDefinition(r.type) ? catalogTitle(translator, 'robot', r.type) : r.type, translator);
  const triggerLabel = (t: Trigger) =>
    label(t, triggerDefinition(t.type) ? catalogTitle(translator, 'trigger', t.type) : t.type, translator);

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
