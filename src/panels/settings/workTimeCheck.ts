import type { WorkTime } from '../../domain/flow';
import { englishTranslator } from '../../i18n';
import type { Translator } from '../../i18n';

/** Why these working hours cannot be saved, in a sentence; null when they can. */
export function workTimeProblem(workTime: WorkTime, { t }: Translator = englishTranslator): string | null {
  if (workTime.days.length === 0) return t('inspector.workTime.noDays');
  if (!/^\d{2}:\d{2}$/.test(workTime.start) || !/^\d{2}:\d{2}$/.test(workTime.end))
    return t('inspector.workTime.badHours');
  if (workTime.start >= workTime.end)
    return t('inspector.workTime.endBeforeStart', { start: workTime.start, end: workTime.end });
  return null;
}

/** Why a holiday date cannot be added, or null. */
export function holidayProblem(
  date: string,
  holidays: readonly string[],
  { t }: Translator = englishTranslator,
): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return t('inspector.workTime.noDate');
  if (holidays.includes(date)) return t('inspector.workTime.duplicate', { date });
  return null;
}
