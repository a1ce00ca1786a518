import type { WorkTime } from '../../domain/flow';

/** Why these working hours cannot be saved, in a sentence; null when they can. */
export function workTimeProblem(workTime: WorkTime): string | null {
  if (workTime.days.length === 0) return 'Choose at least one working day.';
  if (!/^\d{2}:\d{2}$/.test(workTime.start) || !/^\d{2}:\d{2}$/.test(workTime.end))
    return 'Enter the start and end of the working day as hours and minutes.';
  if (workTime.start >= workTime.end)
    return `The working day must end after it starts (${workTime.start} to ${workTime.end} is not a working day).`;
  return null;
}

/** Why a holiday date cannot be added, or null. */
export function holidayProblem(date: string, holidays: readonly string[]): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'Choose a date for the holiday.';
  if (holidays.includes(date)) return `${date} is already a holiday.`;
  return null;
}
