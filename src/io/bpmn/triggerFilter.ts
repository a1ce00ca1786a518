import { conditionSchema } from '../../domain/condition';
import type { Trigger } from '../../domain/flow';
import { conditionToFeel, feelLiteral, feelPath } from './feel';

/** Keys of a trigger's settings that are common settings or special filters, not "equals" filters. */
const NOT_EQUALS_FILTERS = new Set([
  'firstOnly',
  'shipmentCondition',
  'name',
  'allowBackward',
  'condition',
  'executeBy',
]);

/**
 * SPEC §3.2 as FEEL over the message's `event` variable (the event's data): a set type-specific
 * setting must equal the data field of the same name, `firstOnly` wants `event.first = true`, and a
 * shipmentCondition is a condition over `event.shipment`. `true` when the trigger filters nothing.
 */
export function triggerFilterFeel(trigger: Trigger): string {
  const parts: string[] = [];
  const s = trigger.settings;
  if (s.firstOnly === true) parts.push('(event.first = true) = true');
  for (const [key, value] of Object.entries(s)) {
    if (NOT_EQUALS_FILTERS.has(key) || value === undefined || value === null || value === '') continue;
    parts.push(`(${feelPath(`event.${key}`)} = ${feelLiteral(value)}) = true`);
  }
  if (s.shipmentCondition !== undefined) {
    const parsed = conditionSchema.safeParse(s.shipmentCondition);
    // An unreadable shipment condition never holds, as in the simulator (lint reports it).
    parts.push(parsed.success ? `(${conditionToFeel(parsed.data)})` : 'false');
  }
  return parts.length === 0 ? 'true' : parts.join(' and ');
}
