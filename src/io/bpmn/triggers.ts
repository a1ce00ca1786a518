import { triggerTitle } from '../../domain/naming';
import { catalogTitle } from '../../i18n/catalogText';
import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';
import { conditionSchema } from '../../domain/condition';
import type { Flow, Status, Trigger } from '../../domain/flow';
import { conditionToFeel, feelLiteral, feelPath, feelString } from './feel';
import type { ScopeBuilder } from './graph';
import { newScope, xmlId } from './graph';
import { triggerMessage } from './names';
import { triggerFilters } from '../../domain/triggerFilters';

/**
 * Triggers in BPMN (docs/semantics.md §4 rule 7): per status and trigger type that could fire there, a
 * non-interrupting message event sub-process whose gateway walks the candidate triggers in pipeline
 * order; the first whose filters and condition hold sets `status` and leaves the status.
 */

/**
 * docs/semantics.md §3.2 as FEEL over the message's `event` variable (the event's data): a set type-specific
 * setting must equal the data field of the same name, a `first` filter wants `event.first = true`,
 * and a `shipment` filter is a condition over `event.shipment` (as the type's fields declare). `true` when the trigger filters nothing.
 */
export function triggerFilterFeel(trigger: Trigger): string {
  const parts: string[] = [];
  const filters = triggerFilters(trigger);
  if (filters.firstOnly) parts.push('(event.first = true) = true');
  for (const [key, value] of filters.equal) {
    parts.push(`(${feelPath(`event.${key}`)} = ${feelLiteral(value)}) = true`);
  }
  if (filters.shipmentCondition !== undefined) {
    const parsed = conditionSchema.safeParse(filters.shipmentCondition);
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
  translator: Translator = englishTranslator,
): void {
  const { t: tr } = translator;
  const title = catalogTitle(translator, 'trigger', candidates[0]!.type);
  const scope = newScope();
  b.node({
    id: xmlId(`On_${status.id}`, type),
    kind: 'subProcess',
    name: tr('io.bpmn.on', { trigger: title }),
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
    name: tr('io.bpmn.whichTrigger'),
  });
  e.flow(start, walk);
  for (const t of candidates) {
    const move = e.node({
      id: xmlId(`Fire_${status.id}`, t.id),
      kind: 'intermediateThrowEvent',
      name: tr('io.bpmn.moveTo', { status: statusLabel(t.status) }),
      outputs: [
        { source: `=${feelString(t.status)}`, target: 'status' },
        { source: `=${feelString(t.id)}`, target: 'movedBy' },
      ],
    });
    const condition = [triggerFilterFeel(t), conditionToFeel(t.condition)].filter((c) => c !== 'true');
    e.flow(walk, move, {
      name: triggerTitle(t, translator),
      condition: `=${condition.length === 0 ? 'true' : condition.map((c) => `(${c})`).join(' and ')}`,
    });
    e.flow(
      move,
      e.node({
        id: xmlId(`Leave_${status.id}`, t.id),
        kind: 'endEvent',
        name: tr('io.bpmn.leave', { status: statusLabel(status.id) }),
        escalation: status.id,
      }),
    );
  }
  const none = e.node({
    id: xmlId(`NoTrigger_${status.id}`, type),
    kind: 'endEvent',
    name: tr('io.bpmn.noTrigger'),
  });
  walk.defaultFlow = e.flow(walk, none, { name: tr('io.bpmn.noTrigger') }).id;
}
