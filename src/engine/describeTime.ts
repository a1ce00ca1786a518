import type { Translator } from '../i18n/translator';
import { formatOffset } from './format';
import { calendarParts } from './time';

/**
 * An instant for a person checking a run: relative to the start (`+1d 02:00`, as the log shows it)
 * and on the wall clock of the flow's time zone (`2024-03-30 20:30 in Europe/Berlin`). With a
 * translator, in its language: «+1 дн. 02:00 (30 марта 2024 г. в 20:30, Europe/Berlin)»; without one,
 * the CLI's fixed English notation.
 */
export function describeTime(ms: number, startMs: number, zone: string, translator?: Translator): string {
  const p = calendarParts(ms, zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  const iso = `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
  if (!translator) return `${formatOffset(startMs, ms)} (${iso} in ${zone})`;
  // English keeps the checkable `2024-03-30 20:30`; other languages write the date in words.
  const local = translator.locale === 'en' ? iso : translator.dateTime(new Date(ms), zone);
  return translator.t('engine.time', { offset: formatOffset(startMs, ms, translator), local, zone });
}
