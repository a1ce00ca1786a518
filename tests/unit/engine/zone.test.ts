import fc from 'fast-check';
import { DateTime, Duration } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { DelayUnit } from '../../../src/domain/delay';
import type { WorkTime } from '../../../src/domain/flow';
import { nextWorkingTime } from '../../../src/engine';
import { addDuration, addUnits, atTimeOfDay, calendarParts, formatInstant } from '../../../src/engine/time';
import { localParts, zoneOffset } from '../../../src/engine/zone';

/*
 * The engine's fast calendar arithmetic (src/engine/zone.ts, time.ts, workTime.ts) against luxon,
 * which stays the reference: the functions below are the engine's former luxon implementations,
 * kept verbatim. Random instants over 1970–2100, and instants packed around DST changes, in zones
 * with DST (Berlin, New York), a half-hour offset without DST (Kolkata), a half-hour DST step (Lord
 * Howe) and UTC.
 */

const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC'] as const;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const luxon = {
  addUnits(ms: number, value: number, unit: DelayUnit, zone: string, sign: 1 | -1 = 1): number {
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
  },
  addDuration(ms: number, iso: string, zone: string): number {
    const d = Duration.fromISO(iso);
    const { years, months, weeks, days, hours, minutes, seconds, milliseconds } = d.toObject();
    let out = ms;
    if (years || months || weeks || days) {
      out = DateTime.fromMillis(ms, { zone })
        .plus({ years: years ?? 0, months: months ?? 0, weeks: weeks ?? 0, days: days ?? 0 })
        .toMillis();
    }
    return out + (hours ?? 0) * HOUR + (minutes ?? 0) * MINUTE + (seconds ?? 0) * 1000 + (milliseconds ?? 0);
  },
  atTimeOfDay(ms: number, hhmm: string, zone: string): number {
    const [h, m] = hhmm.split(':').map(Number) as [number, number];
    return DateTime.fromMillis(ms, { zone })
      .set({ hour: h, minute: m, second: 0, millisecond: 0 })
      .toMillis();
  },
  calendarParts(ms: number, zone: string) {
    const dt = DateTime.fromMillis(ms, { zone });
    return { year: dt.year, month: dt.month, day: dt.day, hour: dt.hour, minute: dt.minute };
  },
  nextWorkingTime(ms: number, workTime: WorkTime, zone: string): number {
    const minutesOf = (hhmm: string) => {
      const [h, m] = hhmm.split(':').map(Number) as [number, number];
      return h * 60 + m;
    };
    const start = minutesOf(workTime.start);
    const end = minutesOf(workTime.end);
    if (start === end || workTime.days.length === 0) return ms;
    const days = new Set(workTime.days);
    const holidays = new Set(workTime.holidays ?? []);
    const local = DateTime.fromMillis(ms, { zone });
    const isWorkDay = (dt: DateTime) => days.has(dt.weekday) && !holidays.has(dt.toISODate() ?? '');
    const minute = local.hour * 60 + local.minute + (local.second * 1000 + local.millisecond) / 60_000;
    const startOf = (day: DateTime, minutes: number) =>
      day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0, millisecond: 0 }).toMillis();
    if (isWorkDay(local)) {
      const inside = start < end ? minute >= start && minute < end : minute >= start || minute < end;
      if (inside) return ms;
      if (minute < start && (start < end || minute >= end)) return startOf(local, start);
    }
    let day = local.startOf('day');
    for (let i = 0; i < 366 * 2; i++) {
      day = day.plus({ days: 1 });
      if (isWorkDay(day)) return start > end && end > 0 ? day.toMillis() : startOf(day, start);
    }
    return ms;
  },
};

/** DST changes of the zones above, 1970–2100, found with luxon (offset differs a day apart). */
const TRANSITIONS: number[] = [];
for (const zone of ZONES) {
  for (let year = 1975; year <= 2095; year += 4) {
    let prev = DateTime.fromMillis(Date.UTC(year, 0, 1), { zone }).offset;
    for (let d = 1; d <= 366; d++) {
      const ms = Date.UTC(year, 0, 1) + d * DAY;
      const o = DateTime.fromMillis(ms, { zone }).offset;
      if (o !== prev) TRANSITIONS.push(ms);
      prev = o;
    }
  }
}

const zoneArb = fc.constantFrom(...ZONES);
/** Any instant 1970–2100 (ms precision), or one within two days of a DST change. */
const instantArb = fc.oneof(
  fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }),
  fc
    .tuple(fc.constantFrom(...TRANSITIONS), fc.integer({ min: -2 * DAY, max: 2 * DAY }))
    .map(([t, d]) => t + d),
  // Whole minutes near a change: wall times exactly at, in and around a gap or an overlap.
  fc
    .tuple(fc.constantFrom(...TRANSITIONS), fc.integer({ min: -48 * 60, max: 48 * 60 }))
    .map(([t, m]) => Math.floor(t / MINUTE) * MINUTE + m * MINUTE),
);
const RUNS = { numRuns: 3000 };

// Thousands of luxon calls per property: generous time on a busy machine.
describe('fast calendar arithmetic equals luxon', { timeout: 60_000 }, () => {
  it('found DST changes to test around', () => {
    expect(TRANSITIONS.length).toBeGreaterThan(150);
  });

  it('zone offsets and local parts', () => {
    fc.assert(
      fc.property(instantArb, zoneArb, (ms, zone) => {
        const dt = DateTime.fromMillis(ms, { zone });
        expect(zoneOffset(ms, zone)).toBe(dt.offset);
        const p = localParts(ms, zone);
        expect([p.year, p.month, p.day, p.hour, p.minute, p.second, p.millisecond, p.weekday]).toEqual([
          dt.year,
          dt.month,
          dt.day,
          dt.hour,
          dt.minute,
          dt.second,
          dt.millisecond,
          dt.weekday,
        ]);
        expect(calendarParts(ms, zone)).toEqual(luxon.calendarParts(ms, zone));
      }),
      RUNS,
    );
  });

  it('calendar days forward and back (delays), with fractions', () => {
    fc.assert(
      fc.property(
        instantArb,
        zoneArb,
        fc.oneof(fc.integer({ min: 0, max: 400 }), fc.double({ min: 0, max: 40, noNaN: true })),
        fc.constantFrom(1 as const, -1 as const),
        (ms, zone, days, sign) => {
          expect(addUnits(ms, days, 'days', zone, sign)).toBe(luxon.addUnits(ms, days, 'days', zone, sign));
        },
      ),
      RUNS,
    );
  });

  it('ISO 8601 durations: calendar date part, elapsed time part', () => {
    const durationArb = fc
      .record({
        y: fc.integer({ min: 0, max: 3 }),
        mo: fc.integer({ min: 0, max: 14 }),
        w: fc.integer({ min: 0, max: 5 }),
        d: fc.integer({ min: 0, max: 45 }),
        h: fc.integer({ min: 0, max: 50 }),
        mi: fc.integer({ min: 0, max: 90 }),
        s: fc.oneof(
          fc.constant(''),
          fc.integer({ min: 0, max: 90 }).map(String),
          fc.constant('1.0005'),
          fc.constant('2.5'),
        ),
      })
      .map(({ y, mo, w, d, h, mi, s }) => {
        const date = `${y ? `${y}Y` : ''}${mo ? `${mo}M` : ''}${w ? `${w}W` : ''}${d ? `${d}D` : ''}`;
        const time = `${h ? `${h}H` : ''}${mi ? `${mi}M` : ''}${s ? `${s}S` : ''}`;
        return `P${date}${time ? `T${time}` : ''}`;
      })
      .filter((iso) => iso !== 'P');
    fc.assert(
      fc.property(instantArb, zoneArb, durationArb, (ms, zone, iso) => {
        expect(addDuration(ms, iso, zone)).toBe(luxon.addDuration(ms, iso, zone));
      }),
      RUNS,
    );
    // Forms outside the scenario schema still read as luxon reads them.
    for (const iso of ['P1.5D', 'PT1,5S', 'P0.5M', 'PT0.5H'])
      expect(addDuration(Date.UTC(2024, 2, 30, 12), iso, 'Europe/Berlin')).toBe(
        luxon.addDuration(Date.UTC(2024, 2, 30, 12), iso, 'Europe/Berlin'),
      );
  });

  it('a time of day on the local date (gaps move forward)', () => {
    const hhmm = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(instantArb, zoneArb, hhmm, (ms, zone, time) => {
        expect(atTimeOfDay(ms, time, zone)).toBe(luxon.atTimeOfDay(ms, time, zone));
      }),
      RUNS,
    );
  });

  it('working hours: day starts, weekends, holidays, night shifts', () => {
    const hhmm = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    const workArb = fc.record({
      days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 7 }),
      start: hhmm,
      end: hhmm,
      holidays: fc.array(
        fc
          .integer({ min: 0, max: Date.UTC(2100, 0, 1) / DAY })
          .map((d) => new Date(d * DAY).toISOString().slice(0, 10)),
        { maxLength: 3 },
      ),
    });
    fc.assert(
      fc.property(instantArb, zoneArb, workArb, (ms, zone, work) => {
        // Holidays near the instant too, so they matter.
        const near = new Date(ms + DAY).toISOString().slice(0, 10);
        const workTime = { ...work, holidays: [...work.holidays, near] };
        expect(nextWorkingTime(ms, workTime, zone)).toBe(luxon.nextWorkingTime(ms, workTime, zone));
      }),
      RUNS,
    );
  });

  it('formats instants as toISOString does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_198_755_200_000, max: 253_402_300_799_999 }), (ms) => {
        expect(formatInstant(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 5000 },
    );
    for (const ms of [0, -1, 253_402_300_800_000, -62_198_755_200_001, 1.5])
      expect(formatInstant(ms)).toBe(new Date(ms).toISOString());
  });
});
