import type { Zone } from 'luxon';
import { Info } from 'luxon';

/**
 * Fast calendar arithmetic in a time zone, giving exactly what luxon gives.
 *
 * luxon computes a zone's UTC offset with `Intl.DateTimeFormat#formatToParts` on every DateTime it
 * builds, which made time-zone work most of the cost of a simulated order. Here luxon's own zone
 * object is still the authority on offsets, and what it says is learned once per stretch of 32
 * days: probes 4 days apart find where the offset changes, and a binary search the exact second.
 * The calendar operations then follow luxon's algorithms (DateTime#plus, #set, #startOf and
 * fixOffset) with plain numbers, so results are identical, including in DST gaps and overlaps —
 * tests/unit/engine/zone.test.ts checks that against luxon on random instants and zones.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A stretch of time learned at once: `offsets[i]` holds from `starts[i]` (epoch ms, inclusive) to
 * the next start; `starts[0]` is the stretch's own start.
 */
interface Segment {
  readonly starts: readonly number[];
  readonly offsets: readonly number[];
}

/** Offsets are learned 32 days at a time, probed every 4 days. */
const SEGMENT = 32 * DAY;
const PROBE = 4 * DAY;
/** Segments cached per zone before the cache starts over (a bound for pathological callers). */
const MAX_SEGMENTS = 20_000;

class ZoneOffsets {
  private readonly segments = new Map<number, Segment>();
  /** A zone with one offset forever (UTC, fixed offsets) needs no cache. */
  private readonly fixed: number | undefined;

  constructor(private readonly zone: Zone) {
    this.fixed = zone.isUniversal ? zone.offset(0) : undefined;
  }

  /** The zone's offset in minutes at `ms`, as luxon's `zone.offset(ms)` gives it. */
  offset(ms: number): number {
    if (this.fixed !== undefined) return this.fixed;
    const index = Math.floor(ms / SEGMENT);
    let segment = this.segments.get(index);
    if (segment === undefined) {
      segment = this.learn(index * SEGMENT);
      if (this.segments.size >= MAX_SEGMENTS) this.segments.clear();
      this.segments.set(index, segment);
    }
    const { starts, offsets } = segment;
    let i = starts.length - 1;
    while (i > 0 && ms < starts[i]!) i--;
    return offsets[i]!;
  }

  /**
   * Finds the offsets of [start, start + SEGMENT): probes every 4 days, and where two probes differ,
   * the exact second of the change. Offsets change a few times a year at most, never twice within
   * 4 days in the time zone database, so equal probes mean no change in between.
   */
  private learn(start: number): Segment {
    const starts = [start];
    const offsets = [this.at(start)];
    for (let from = start; from < start + SEGMENT; from += PROBE) {
      const to = Math.min(from + PROBE, start + SEGMENT - 1000);
      const before = offsets[offsets.length - 1]!;
      const after = this.at(to);
      if (after === before) continue;
      // luxon reads offsets at whole seconds, so a change happens at a whole second: the first
      // second with the new offset (about 19 Intl calls per change).
      let lo = from / 1000; // has `before`
      let hi = to / 1000; // has `after`
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (this.at(mid * 1000) === before) lo = mid;
        else hi = mid;
      }
      starts.push(hi * 1000);
      offsets.push(after);
    }
    return { starts, offsets };
  }

  private at(ms: number): number {
    return this.zone.offset(ms);
  }
}

const zones = new Map<string, ZoneOffsets>();

function offsetsOf(zone: string): ZoneOffsets {
  let z = zones.get(zone);
  if (!z) {
    // luxon's own reading of the name ('UTC' is a fixed zone, IANA names use Intl).
    const normalized = Info.normalizeZone(zone);
    if (!normalized.isValid) throw new Error(`Unknown time zone "${zone}"`);
    z = new ZoneOffsets(normalized);
    zones.set(zone, z);
  }
  return z;
}

/** The UTC offset of `zone` at `ms`, in minutes (luxon's `zone.offset`). */
export function zoneOffset(ms: number, zone: string): number {
  return offsetsOf(zone).offset(ms);
}

/**
 * Wall-clock milliseconds: `ms` shifted by the zone's offset, read with UTC calendar functions.
 * Written as luxon's tsToObj computes it (offset × 60 × 1000, then a Date's truncation), so the
 * sub-minute offsets of old local mean times round the same way.
 */
export function localMillis(ms: number, zone: string): number {
  return Math.trunc(ms + offsetsOf(zone).offset(ms) * 60 * 1000);
}

/** The calendar date of a day number (days since 1970-01-01), proleptic Gregorian. */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  // Howard Hinnant's days_from_civil inverse: eras of 400 years starting on March 1st.
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days since 1970-01-01 of a calendar date, proleptic Gregorian (the inverse of civilFromDays). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** ISO weekday, Monday 1 … Sunday 7. */
  weekday: number;
  /** Days since 1970-01-01 of the local date. */
  dayNumber: number;
}

/** The calendar parts of `ms` in `zone` (luxon's DateTime#c and #weekday). */
export function localParts(ms: number, zone: string): LocalParts {
  const local = localMillis(ms, zone);
  const dayNumber = Math.floor(local / DAY);
  const inDay = local - dayNumber * DAY;
  const { year, month, day } = civilFromDays(dayNumber);
  return {
    year,
    month,
    day,
    hour: Math.floor(inDay / HOUR),
    minute: Math.floor((inDay % HOUR) / MINUTE),
    second: Math.floor((inDay % MINUTE) / 1000),
    millisecond: inDay % 1000,
    // 1970-01-01 was a Thursday (4).
    weekday: ((((dayNumber + 3) % 7) + 7) % 7) + 1,
    dayNumber,
  };
}

/**
 * luxon's fixOffset: the instant of wall-clock time `localTS` in `zone`, starting from the guess
 * `o` (the offset of the instant the wall time was derived from). A time in a DST gap moves forward
 * by the gap; a time in an overlap keeps the guess's side.
 */
function fixOffset(localTS: number, o: number, z: ZoneOffsets): number {
  // The same expressions as luxon, so floating-point results match too.
  let utcGuess = localTS - o * 60 * 1000;
  const o2 = z.offset(utcGuess);
  if (o === o2) return utcGuess;
  utcGuess -= (o2 - o) * 60 * 1000;
  const o3 = z.offset(utcGuess);
  if (o2 === o3) return utcGuess;
  return localTS - Math.min(o2, o3) * 60 * 1000;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** luxon's daysInMonth, months outside 1–12 rolling into other years. */
function daysInMonth(year: number, month: number): number {
  const m = (((month - 1) % 12) + 12) % 12;
  const y = year + (month - 1 - m) / 12;
  return m === 1 && isLeap(y) ? 29 : MONTH_DAYS[m]!;
}

/**
 * `DateTime.fromMillis(ms, { zone }).plus({ years, months, days })` for whole numbers (weeks are
 * 7 days): calendar arithmetic on the wall clock, then back to an instant.
 */
export function plusCalendar(ms: number, zone: string, years: number, months: number, days: number): number {
  const z = offsetsOf(zone);
  const o = z.offset(ms);
  const local = Math.trunc(ms + o * 60 * 1000);
  if (years === 0 && months === 0) return fixOffset(local + days * DAY, o, z);
  const dayNumber = Math.floor(local / DAY);
  const inDay = local - dayNumber * DAY;
  const c = civilFromDays(dayNumber);
  const year = c.year + years;
  const month = c.month + months;
  // A day past the end of the target month is clamped first (Jan 31 + 1 month = Feb 28/29).
  const day = Math.min(c.day, daysInMonth(year, month)) + days;
  return fixOffset(utcDate(year, month, day) + inDay, o, z);
}

/** Date.UTC for a date that may overflow its month, without the 0–99 → 19xx rule. */
function utcDate(year: number, month: number, day: number): number {
  const ms = Date.UTC(year, month - 1, day);
  if (year >= 0 && year < 100) {
    const d = new Date(ms);
    d.setUTCFullYear(year, month - 1, day);
    return d.getTime();
  }
  return ms;
}

/**
 * `DateTime.fromMillis(ms, { zone }).set({ hour, minute, second: 0, millisecond: 0 })`: the
 * instant of HH:MM on the local day of `ms` (a time skipped by DST moves forward).
 */
export function atLocalTime(ms: number, zone: string, hour: number, minute: number): number {
  const z = offsetsOf(zone);
  const o = z.offset(ms);
  const local = Math.trunc(ms + o * 60 * 1000);
  const dayStart = Math.floor(local / DAY) * DAY;
  return fixOffset(dayStart + hour * HOUR + minute * MINUTE, o, z);
}
