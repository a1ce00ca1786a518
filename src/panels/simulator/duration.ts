/*
 * Apart from format.ts because the canvas's run-state labels (first screen) need it alone: a module
 * the first load shares with the simulator's chunk is loaded whole.
 */
import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';

/** A duration in short words for "time left": "2d 3h", "45 min", "now" ("2 дн. 3 ч", "45 мин", "сейчас"). */
export function formatDuration(ms: number, { t, number }: Translator = englishTranslator): string {
  if (ms <= 0) return t('simulator.duration.now');
  const minutes = Math.round(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  // A list of units (not a sentence): each unit is its own message, in the language's short form.
  const parts = [
    days ? t('simulator.duration.days', { count: number(days) }) : '',
    hours ? t('simulator.duration.hours', { count: number(hours) }) : '',
    mins && !days ? t('simulator.duration.minutes', { count: number(mins) }) : '',
  ];
  return parts.filter(Boolean).join(' ') || t('simulator.duration.underMinute');
}

/** "2d 3h left", or "due now" for a run whose time has come (it runs at this instant, after the ones before it). */
export function formatTimeLeft(ms: number, translator: Translator = englishTranslator): string {
  return ms <= 0
    ? translator.t('simulator.duration.dueNow')
    : translator.t('simulator.duration.left', { duration: formatDuration(ms, translator) });
}
