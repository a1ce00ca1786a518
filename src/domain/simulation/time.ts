/** Instant arithmetic the simulation views need (pure: instants are always given, never read). */

/** Epoch milliseconds of an ISO instant, or undefined when it is not one. */
export function instantMs(iso: string): number | undefined {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
}

/** The ISO instant (UTC, milliseconds) of epoch milliseconds, as timelines write them. */
export function msInstant(ms: number): string {
  return new Date(ms).toISOString();
}
