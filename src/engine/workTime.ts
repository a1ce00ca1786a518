import { DateTime } from 'luxon';
import type { WorkTime } from '../domain/flow';

/**
 * Working hours (SPEC §4 rule 8): a time outside them moves to the next start of working time.
 * Working time on a working day (an ISO weekday in `days`, not a holiday, in the flow's time zone)
 * is [start, end). Readings chosen where the SPEC is silent:
 * - end earlier than start is a night shift: [start, 24:00) and [00:00, end) of each working day;
 * - start equal to end, or no working day within two years, leaves the time as it is (there is no
 *   working time to move to, and a user would rather see the robot run than never).
 */

const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

const SEARCH_DAYS = 366 * 2;

/** The first instant ≥ ms inside working time. */
export function nextWorkingTime(ms: number, workTime: WorkTime, zone: string): number {
  const start = minutesOf(workTime.start);
  const end = minutesOf(workTime.end);
  if (start === end || workTime.days.length === 0) return ms;
  const days = new Set(workTime.days);
  const holidays = new Set(workTime.holidays ?? []);
  const local = DateTime.fromMillis(ms, { zone });
  const isWorkDay = (dt: DateTime) => days.has(dt.weekday) && !holidays.has(dt.toISODate() ?? '');
  const minute = local.hour * 60 + local.minute + (local.second * 1000 + local.millisecond) / 60_000;

  if (isWorkDay(local)) {
    const inside = start < end ? minute >= start && minute < end : minute >= start || minute < end;
    if (inside) return ms;
    // Before today's start: today's start.
    if (minute < start && (start < end || minute >= end)) return startOf(local, start);
  }
  let day = local.startOf('day');
  for (let i = 0; i < SEARCH_DAYS; i++) {
    day = day.plus({ days: 1 });
    if (isWorkDay(day)) {
      // A night shift's first working minute of a day is midnight, when [00:00, end) is not empty.
      return start > end && end > 0 ? day.toMillis() : startOf(day, start);
    }
  }
  return ms;
}

function startOf(day: DateTime, minutes: number): number {
  return day
    .set({ hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0, millisecond: 0 })
    .toMillis();
}
