import { specialFilterFields } from './catalog/facts';
import type { Trigger } from './flow';

/** Common trigger settings that a document may carry inside `settings`; they never filter events. */
const COMMON_SETTINGS: ReadonlySet<string> = new Set(['name', 'allowBackward', 'condition', 'executeBy']);

/** How a trigger filters events (docs/semantics.md §3.2), read from its type's declaration. */
export interface TriggerFilters {
  /** Settings the event's data field of the same name must equal. */
  equal: [string, unknown][];
  /** Only events whose `data.first` is true. */
  firstOnly: boolean;
  /** A condition over the event's `data.shipment`, as stored (the caller parses it). */
  shipmentCondition: unknown;
}

/**
 * docs/semantics.md §3.2: every type-specific setting that is set filters events by equality, except those the
 * type declares as special filters (`eventFilter`). A setting that is absent, null or "" filters
 * nothing. Shared by the engine and the BPMN export, so both read a trigger's filters the same way.
 */
export function triggerFilters(trigger: Pick<Trigger, 'type' | 'settings'>): TriggerFilters {
  const special = new Map(specialFilterFields(trigger).map((f) => [f.key, f.eventFilter]));
  const result: TriggerFilters = { equal: [], firstOnly: false, shipmentCondition: undefined };
  for (const [key, value] of Object.entries(trigger.settings)) {
    const kind = special.get(key);
    if (kind === 'first') result.firstOnly ||= value === true;
    else if (kind === 'shipment') result.shipmentCondition = value;
    else if (!COMMON_SETTINGS.has(key) && value !== undefined && value !== null && value !== '')
      result.equal.push([key, value]);
  }
  return result;
}
