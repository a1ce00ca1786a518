import { intlLocaleOf } from './locales';
import type { Locale } from './locales';

/** Units of the design's delays and deadlines (docs/semantics.md §4.1). */
export type DurationUnit = 'minute' | 'hour' | 'day' | 'week' | 'month';

export type DateTimeStyle = 'date' | 'time' | 'dateTime';

/**
 * Locale-aware formatting through `Intl`. The language decides the words and separators only: the
 * time zone is always the flow's (docs/semantics.md §4), passed in by the caller.
 */
export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocaleOf(locale), options).format(value);
}

/** "129,90 ₽" in Russian, "RUB 129.90" in English: the currency is the order's, not the language's. */
export function formatCurrency(locale: Locale, amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(intlLocaleOf(locale), { style: 'currency', currency }).format(amount);
  } catch {
    // A code Intl does not know (a typo in an order's data) still shows its amount.
    return `${formatNumber(locale, amount)} ${currency}`;
  }
}

/** "3 марта 2025 г., 11:00" / "March 3, 2025 at 11:00 AM", read in the given IANA time zone. */
export function formatDateTime(
  locale: Locale,
  instant: string | Date,
  timeZone: string,
  style: DateTimeStyle = 'dateTime',
): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return String(instant);
  const options: Intl.DateTimeFormatOptions =
    style === 'date'
      ? { dateStyle: 'long' }
      : style === 'time'
        ? { timeStyle: 'short' }
        : { dateStyle: 'long', timeStyle: 'short' };
  return new Intl.DateTimeFormat(intlLocaleOf(locale), { ...options, timeZone }).format(date);
}

/** "2 дня" / "2 days": an amount of time, with the language's plural form. */
export function formatDuration(locale: Locale, value: number, unit: DurationUnit): string {
  return new Intl.NumberFormat(intlLocaleOf(locale), { style: 'unit', unit, unitDisplay: 'long' }).format(
    value,
  );
}

/** "через 2 дня" / "in 2 days"; a negative value reads as the past ("2 дня назад"). */
export function formatRelative(locale: Locale, value: number, unit: DurationUnit): string {
  return new Intl.RelativeTimeFormat(intlLocaleOf(locale), { numeric: 'always' }).format(value, unit);
}
