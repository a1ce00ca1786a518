import { formatOffset } from './format';
import { calendarParts } from './time';

/**
 * An instant for a person checking a run: relative to the start (`+1d 02:00`, as the log shows it)
 * and on the wall clock of the flow's time zone (`2024-03-30 20:30 in Europe/Berlin`).
 */
export function describeTime(ms: number, startMs: number, zone: string): string {
  const p = calendarParts(ms, zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  const local = `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
  return `${formatOffset(startMs, ms)} (${local} in ${zone})`;
}
