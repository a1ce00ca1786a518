import { triggerDefinition } from '../../domain/catalog';
import { conditionSchema } from '../../domain/condition';
import type { Flow, Status, Trigger } from '../../domain/flow';
import { conditionToFeel, feelLiteral, feelPath, feelString } from './feel';
import type { ScopeBuilder } from './graph';
import { newScope, xmlId } from './graph';
import { triggerMessage } from './names';
import { equalityFilters } from '../../domain/triggerFilters';

/**
 * Triggers in BPMN (docs/semantics.md §4 rule 7): per status and trigger type that could fire there, a
 * non-interrupting message event sub-process whose gateway walks the candidate triggers in pipeline
 * order; the first whose filters and condition hold sets `status` and leaves the status.
 */

const triggerLabel = (t: Trigger): string => t.name?.trim() || triggerDefinition(t.type).title;

/**
 * docs/semantics.md §3.2 as FEEL over the message's `event` variable (the event's data): a set type-specific
 * setting must equal the data field of the same name, `firstOnly` wants `event.first = true`, and a
 * shipmentCondition is a condition over `event.shipment`. `true` when the trigger filters nothing.
 */
export function triggerFilterFeel(trigger: Trigger): string {
  const parts: string[] = [];
  const s = trigger.settings;
  if (s.firstOnly === true) parts.push('(event.first = true) = true');
  for (const [key, value] of equalityFilters(s)) {
    parts.push(`(${feelPath(`event.${key}`)} = ${feelLiteral(value)}) = true`);
  }
  if (s.shipmentCondition !== undefined) {
    const parsed = conditionSchema.safeParse(s.shipmentCondition);
    // An unreadable shipment condition never holds, as in the simulator (lint reports it).
    parts.push(parsed.success ? `(${conditionToFeel(parsed.data)})` : 'false');
  }
  return parts.length === 0 ? 'true' : parts.join(' and ');
}

/**
 * Rule 7 seen from one status: per event type, the triggers that could fire while the order is
 * there — the later statuses', and the earlier statuses' that allow moving back — in pipeline
 * order, then document order. A trigger on the status itself never fires.
 */
export function triggerCandidates(flow: Flow, status: Status): Map<string, Trigger[]> {
  const index = new Map(flow.statuses.map((s, i) => [s.id as string, i]));
  const here = index.get(status.id)!;
  const placed = flow.triggers
    .map((t, doc) => ({ t, doc, at: index.get(t.status) }))
    .filter((x): x is { t: Trigger; doc: number; at: number } => x.at !== undefined)
    .filter(({ t, at }) => at > here || (at < here && t.allowBackward))
    .sort((a, c) => a.at - c.at || a.doc - c.doc);
  const byType = new Map<string, Trigger[]>();
  for (const { t } of placed) byType.set(t.type, [...(byType.get(t.type) ?? []), t]);
  return byType;
}

export function compileTriggerType(
  b: ScopeBuilder,
  status: Status,
  type: string,
  candidates: Trigger[],
  statusLabel: (id: string) => string,
): void {
  const title = triggerDefinition(candidates[0]!.type).title;
  const scope = newScope();
  b.node({
    id: xmlId(`On_${status.id}`, type),
    kind: 'subProcess',
    name: `On "${title}"`,
    triggeredByEvent: true,
    scope,
  });
  const e = b.child(scope);
  const start = e.node({
    id: xmlId(`Event_${status.id}`, type),
    kind: 'startEvent',
    name: title,
    message: triggerMessage(type),
    interrupting: false,
  });
  const walk = e.node({
    id: xmlId(`Which_${status.id}`, type),
    kind: 'exclusiveGateway',
    name: 'Which trigger fires?',
  });
  e.flow(start, walk);
  for (const t of candidates) {
    const move = e.node({
      id: xmlId(`Fire_${status.id}`, t.id),
      kind: 'intermediateThrowEvent',
      name: `Move to ${statusLabel(t.status)}`,
      outputs: [
        { source: `=${feelString(t.status)}`, target: 'status' },
        { source: `=${feelString(t.id)}`, target: 'movedBy' },
      ],
    });
    const condition = [triggerFilterFeel(t), conditionToFeel(t.condition)].filter((c) => c !== 'true');
    e.flow(walk, move, {
      name: triggerLabel(t),
      condition: `=${condition.length === 0 ? 'true' : condition.map((c) => `(${c})`).join(' and ')}`,
    });
    e.flow(
      move,
      e.node({
        id: xmlId(`Leave_${status.id}`, t.id),
        kind: 'endEvent',
        name: `Leave ${status.name || status.id}`,
        escalation: status.id,
      }),
    );
  }
  const none = e.node({
    id: xmlId(`NoTrigger_${status.id}`, type),
    kind: 'endEvent',
    name: 'No trigger fires',
  });
  walk.defaultFlow = e.flow(walk, none, { name: 'No trigger fires' }).id;
}
