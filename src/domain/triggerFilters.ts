/** Keys of a trigger's settings that are common settings or special filters, not "equals" filters. */
const NOT_EQUALITY_FILTERS: ReadonlySet<string> = new Set([
  'firstOnly',
  'shipmentCondition',
  'name',
  'allowBackward',
  'condition',
  'executeBy',
]);

/**
 * docs/semantics.md §3.2: the settings an event's data must equal for the trigger to fire — every type-specific
 * setting that is set. A setting that is absent, null or "" filters nothing. Shared by the engine
 * and the BPMN export, so both read a trigger's filters the same way.
 */
export function equalityFilters(settings: Readonly<Record<string, unknown>>): [string, unknown][] {
  return Object.entries(settings).filter(
    ([key, value]) => !NOT_EQUALITY_FILTERS.has(key) && value !== undefined && value !== null && value !== '',
  );
}
