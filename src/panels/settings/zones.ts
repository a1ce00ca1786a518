/** One time zone as the picker lists it: "Europe/Berlin (UTC+01:00)". */
export interface ZoneOption {
  zone: string;
  offset: string;
  label: string;
}

/** The zone's current offset from UTC as "UTC+01:00" (at `at`, so summer time shows as it is now). */
export function utcOffset(zone: string, at: Date): string {
  // An unreadable instant still gets the zone's usual offset rather than an exception.
  if (Number.isNaN(at.getTime())) at = new Date(0);
  const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  // "GMT" alone is UTC itself; otherwise "GMT+01:00".
  return !part || part === 'GMT' ? 'UTC+00:00' : part.replace('GMT', 'UTC');
}

/** Every IANA zone the browser knows, plus UTC, each with its current offset. */
export function zoneOptions(at: Date): ZoneOption[] {
  const zones = ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')];
  return zones.map((zone) => {
    const offset = utcOffset(zone, at);
    return { zone, offset, label: `${zone.replace(/_/g, ' ')} (${offset})` };
  });
}

/** Zones whose name or offset holds every word typed ("berlin", "new york", "+03"). */
export function searchZones(options: readonly ZoneOption[], query: string): ZoneOption[] {
  const words = query.toLowerCase().replace(/_/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...options];
  return options.filter((o) => words.every((w) => o.label.toLowerCase().includes(w)));
}
