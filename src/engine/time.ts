import { DateTime, Duration } from 'luxon';
import { instantMillis } from '../domain/conditions';
import type { DelayUnit } from '../domain/delay';

/**
 * Clock helpers. Inside the engine an instant is a number of epoch milliseconds; luxon is used only
 * where calendars matter (calendar days and months in the flow's time zone), never for elapsed time.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Epoch milliseconds of an ISO 8601 instant with Z or an offset; undefined when it is not one. */
export const parseInstant = instantMillis;

let lastMs = Number.NaN;
let lastIso = '';
/** The timeline's form of an instant (`toISOString()`); consecutive equal instants share one string. */
export function formatInstant(ms: number): string {
  if (ms !== lastMs) {
    lastMs = ms;
    lastIso = new Date(ms).toISOString();
  }
  return lastIso;
}

const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

/** True for an ISO 8601 duration such as P1D or PT2H30M. */
export const isDuration = (s: string): boolean => ISO_DURATION.test(s);

/**
 * instant + ISO 8601 duration (SPEC §4.1): the date part (years, months, weeks, days) is calendar
 * arithmetic in `zone`, the time part is elapsed time.
 */
export function addDuration(ms: number, iso: string, zone: string): number {
  const d = Duration.fromISO(iso);
  if (!d.isValid) throw new Error(`Invalid ISO 8601 duration "${iso}"`);
  const { years, months, weeks, days, hours, minutes, seconds, milliseconds } = d.toObject();
  let out = ms;
  if (years || months || weeks || days) {
    out = DateTime.fromMillis(ms, { zone })
      .plus({ years: years ?? 0, months: months ?? 0, weeks: weeks ?? 0, days: days ?? 0 })
      .toMillis();
  }
  return out + (hours ?? 0) * HOUR + (minutes ?? 0) * MINUTE + (seconds ?? 0) * 1000 + (milliseconds ?? 0);
}

/**
 * instant ± N units (delays and intervals): `days` are calendar days in `zone` (a fractional rest
 * is elapsed time: 1.5 days = one calendar day + 12 hours), hours and minutes are elapsed time.
 */
export function addUnits(ms: number, value: number, unit: DelayUnit, zone: string, sign: 1 | -1 = 1): number {
  if (unit === 'minutes') return ms + sign * value * MINUTE;
  if (unit === 'hours') return ms + sign * value * HOUR;
  const whole = Math.trunc(value);
  const shifted =
    whole === 0
      ? ms
      : DateTime.fromMillis(ms, { zone })
          .plus({ days: sign * whole })
          .toMillis();
  return shifted + sign * (value - whole) * DAY;
}

/** The instant of HH:MM on the calendar day of `ms` in `zone` (a time skipped by DST moves forward). */
export function atTimeOfDay(ms: number, hhmm: string, zone: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return DateTime.fromMillis(ms, { zone }).set({ hour: h, minute: m, second: 0, millisecond: 0 }).toMillis();
}

/** Calendar parts of an instant in `zone`. */
export function calendarParts(ms: number, zone: string) {
  const dt = DateTime.fromMillis(ms, { zone });
  return { year: dt.year, month: dt.month, day: dt.day, hour: dt.hour, minute: dt.minute };
}

/** An instant, or a duration counted from `base` (scenario `until`, event `at`). */
export function resolveInstantOrDuration(value: string, base: number, zone: string): number {
  const ms = parseInstant(value);
  if (ms !== undefined) return ms;
  return addDuration(base, value, zone);
}

/**
 * A duration prepared once (reactions fire many times): a duration without a date part is a plain
 * number of milliseconds and needs no calendar.
 */
export function durationAdder(iso: string): (ms: number, zone: string) => number {
  const d = Duration.fromISO(iso);
  if (!d.isValid) throw new Error(`Invalid ISO 8601 duration "${iso}"`);
  const { years, months, weeks, days } = d.toObject();
  if (years || months || weeks || days) return (ms, zone) => addDuration(ms, iso, zone);
  const elapsed = addDuration(0, iso, 'UTC');
  return (ms) => ms + elapsed;
}
