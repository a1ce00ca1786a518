import { DateTime, Duration } from 'luxon';
import { instantMillis } from '../domain/conditions';
import type { DelayUnit } from '../domain/delay';
import { atLocalTime, civilFromDays, localParts, plusCalendar } from './zone';

/**
 * Clock helpers. Inside the engine an instant is a number of epoch milliseconds. Calendar work (days
 * and months in the flow's time zone) goes through zone.ts, which gives luxon's results without
 * luxon's per-call cost; luxon itself stays the authority on zone offsets and parses the durations
 * the fast parser does not know.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Epoch milliseconds of an ISO 8601 instant with Z or an offset; undefined when it is not one. */
export const parseInstant = instantMillis;

/** Zero-padded numbers for the hand-written ISO form: `PAD2[7]` is "07", `PAD3[7]` is "007". */
const PAD2 = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
const PAD3 = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'));

let lastMs = Number.NaN;
let lastIso = '';
let lastDay = Number.NaN;
let lastDayPrefix = '';
/**
 * The timeline's form of an instant (`toISOString()`), written by hand: it is called for almost
 * every entry. Consecutive equal instants share one string, and the date part is kept for the last
 * day seen (an order's entries cluster on a few days). Instants toISOString writes differently
 * (years outside 0–9999, fractions of a millisecond) go through Date.
 */
export function formatInstant(ms: number): string {
  if (ms === lastMs) return lastIso;
  if (!(ms >= -62_167_219_200_000 && ms < 253_402_300_800_000) || !Number.isInteger(ms))
    return new Date(ms).toISOString();
  lastMs = ms;
  const dayNumber = Math.floor(ms / DAY);
  if (dayNumber !== lastDay) {
    const { year, month, day } = civilFromDays(dayNumber);
    lastDay = dayNumber;
    lastDayPrefix = `${year < 1000 ? `000${year}`.slice(-4) : year}-${PAD2[month]}-${PAD2[day]}T`;
  }
  const t = ms - dayNumber * DAY;
  lastIso =
    `${lastDayPrefix}${PAD2[Math.floor(t / HOUR)]}:${PAD2[Math.floor((t % HOUR) / MINUTE)]}:` +
    `${PAD2[Math.floor((t % MINUTE) / 1000)]}.${PAD3[t % 1000]}Z`;
  return lastIso;
}

const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

/** True for an ISO 8601 duration such as P1D or PT2H30M. */
export const isDuration = (s: string): boolean => ISO_DURATION.test(s);

/** A duration split into its calendar part (years, months, days with weeks) and elapsed milliseconds. */
interface DurationParts {
  years: number;
  months: number;
  days: number;
  elapsed: number;
}

const num = (g: string | undefined): number => (g === undefined ? 0 : Number.parseFloat(g));

/** Splits a duration; parsing is a regex match, cheaper than caching by string. */
function durationParts(iso: string): DurationParts {
  let parts: DurationParts;
  // luxon allows at most 20 digits per number; longer ones take its path (and its error).
  const m = /\d{21}/.test(iso) ? null : ISO_DURATION.exec(iso);
  if (m) {
    // Seconds as luxon reads them: whole seconds, and the fraction floored to milliseconds.
    const seconds = m[8] === undefined ? 0 : Number.parseFloat(m[8]);
    const fraction = m[9] === undefined ? 0 : Math.floor(Number.parseFloat(`0${m[9]}`) * 1000);
    parts = {
      years: num(m[1]),
      months: num(m[2]),
      days: num(m[4]) + 7 * num(m[3]),
      elapsed: num(m[6]) * HOUR + num(m[7]) * MINUTE + Math.trunc(seconds) * 1000 + fraction,
    };
  } else {
    // Forms the scenario schema does not allow (fractions, commas) are still read as luxon reads them.
    const d = Duration.fromISO(iso);
    if (!d.isValid) throw new Error(`Invalid ISO 8601 duration "${iso}"`);
    const o = d.toObject();
    parts = {
      years: o.years ?? 0,
      months: o.months ?? 0,
      days: (o.days ?? 0) + 7 * (o.weeks ?? 0),
      elapsed:
        (o.hours ?? 0) * HOUR + (o.minutes ?? 0) * MINUTE + (o.seconds ?? 0) * 1000 + (o.milliseconds ?? 0),
    };
    const whole =
      Number.isInteger(parts.years) && Number.isInteger(parts.months) && Number.isInteger(parts.days);
    if (!whole) {
      // Fractional calendar parts: luxon's own arithmetic does the adding (NaN marks that).
      return { ...parts, years: Number.NaN };
    }
  }
  return parts;
}

/**
 * instant + ISO 8601 duration (docs/semantics.md §4.1): the date part (years, months, weeks, days) is calendar
 * arithmetic in `zone`, the time part is elapsed time.
 */
export function addDuration(ms: number, iso: string, zone: string): number {
  const d = durationParts(iso);
  if (Number.isNaN(d.years)) return addDurationWithLuxon(ms, iso, zone);
  const shifted = d.years || d.months || d.days ? plusCalendar(ms, zone, d.years, d.months, d.days) : ms;
  return shifted + d.elapsed;
}

function addDurationWithLuxon(ms: number, iso: string, zone: string): number {
  const { years, months, weeks, days, hours, minutes, seconds, milliseconds } =
    Duration.fromISO(iso).toObject();
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
  const shifted = whole === 0 ? ms : plusCalendar(ms, zone, 0, 0, sign * whole);
  return shifted + sign * (value - whole) * DAY;
}

/** The instant of HH:MM on the calendar day of `ms` in `zone` (a time skipped by DST moves forward). */
export function atTimeOfDay(ms: number, hhmm: string, zone: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return atLocalTime(ms, zone, h, m);
}

/** Calendar parts of an instant in `zone`. */
export function calendarParts(ms: number, zone: string) {
  const { year, month, day, hour, minute } = localParts(ms, zone);
  return { year, month, day, hour, minute };
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
  const d = durationParts(iso);
  if (Number.isNaN(d.years) || d.years || d.months || d.days) return (ms, zone) => addDuration(ms, iso, zone);
  const elapsed = d.elapsed;
  return (ms) => ms + elapsed;
}
