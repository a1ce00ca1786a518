/*
 * Apart from format.ts because the canvas's run-state labels (first screen) need it alone: a module
 * the first load shares with the simulator's chunk is loaded whole.
 */

/** A duration in words for "time left": "2d 3h", "45 min", "now". */
export function formatDuration(ms: number): string {
  if (ms <= 0) return 'now';
  const minutes = Math.round(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const parts = [days ? `${days}d` : '', hours ? `${hours}h` : '', mins && !days ? `${mins} min` : ''];
  return parts.filter(Boolean).join(' ') || 'under a minute';
}

/** "2d 3h left", or "due now" for a run whose time has come (it runs at this instant, after the ones before it). */
export function formatTimeLeft(ms: number): string {
  return ms <= 0 ? 'due now' : `${formatDuration(ms)} left`;
}
