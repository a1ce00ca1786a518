import type { WorkTime } from '../domain/flow';
import { atLocalTime, civilFromDays, daysFromCivil, localParts, plusCalendar } from './zone';

/**
 * Working hours (docs/semantics.md §4 rule 8): a time outside them moves to the next start of working time.
 * Working time on a working day (an ISO weekday in `days`, not a holiday, in the flow's time zone)
 * is [start, end). Readings docs/semantics.md §4.2 and §4.3 settle:
 * - end earlier than start is a night shift: [start, 24:00) and [00:00, end) of each working day;
 * - start equal to end, or no working day within two years, leaves the time as it is (there is no
 *   working time to move to, and a user would rather see the robot run than never).
 * Calendar work goes through zone.ts, which follows luxon's day starts and DST handling exactly.
 */

const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

const SEARCH_DAYS = 366 * 2;

/** Working hours prepared once per settings object: minutes, weekdays, holidays as day numbers. */
interface Prepared {
  start: number;
  end: number;
  days: ReadonlySet<number>;
  holidays: ReadonlySet<number>;
}

const prepared = new WeakMap<WorkTime, Prepared>();

function prepare(workTime: WorkTime): Prepared {
  let p = prepared.get(workTime);
  if (!p) {
    const holidays = new Set<number>();
    for (const date of workTime.holidays ?? []) {
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      const dayNumber = daysFromCivil(y, m, d);
      const back = civilFromDays(dayNumber);
      // Only a real calendar date can match a day (2024-02-30 never does).
      if (/^\d{4}-\d{2}-\d{2}$/.test(date) && back.year === y && back.month === m && back.day === d)
        holidays.add(dayNumber);
    }
    p = {
      start: minutesOf(workTime.start),
      end: minutesOf(workTime.end),
      days: new Set(workTime.days),
      holidays,
    };
    prepared.set(workTime, p);
  }
  return p;
}

/** The first instant ≥ ms inside working time. */
export function nextWorkingTime(ms: number, workTime: WorkTime, zone: string): number {
  const { start, end, days, holidays } = prepare(workTime);
  if (start === end || days.size === 0) return ms;
  const isWorkDay = (weekday: number, dayNumber: number) => days.has(weekday) && !holidays.has(dayNumber);
  const local = localParts(ms, zone);
  const minute = local.hour * 60 + local.minute + (local.second * 1000 + local.millisecond) / 60_000;

  if (isWorkDay(local.weekday, local.dayNumber)) {
    const inside = start < end ? minute >= start && minute < end : minute >= start || minute < end;
    if (inside) return ms;
    // Before today's start: today's start.
    if (minute < start && (start < end || minute >= end))
      return atLocalTime(ms, zone, Math.floor(start / 60), start % 60);
  }
  // The start of the local day, then one calendar day at a time (luxon's startOf('day') and plus).
  let day = atLocalTime(ms, zone, 0, 0);
  for (let i = 0; i < SEARCH_DAYS; i++) {
    day = plusCalendar(day, zone, 0, 0, 1);
    const parts = localParts(day, zone);
    if (isWorkDay(parts.weekday, parts.dayNumber)) {
      // A night shift's first working minute of a day is midnight, when [00:00, end) is not empty.
      return start > end && end > 0 ? day : atLocalTime(day, zone, Math.floor(start / 60), start % 60);
    }
  }
  return ms;
}
