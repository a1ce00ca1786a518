import { parse } from '@formatjs/icu-messageformat-parser';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { isPlainText } from './compile';
import { laterMessagesPending, loadLaterMessages, NOT_YET } from './later';
import { formatElements } from './icu';
import { formatCurrency, formatDateTime, formatDuration, formatNumber, formatRelative } from './format';
import type { DateTimeStyle, DurationUnit } from './format';
import { intlLocaleOf } from './locales';
import type { Locale } from './locales';
import type { MessageKey, Messages, MessageValues } from './messageTypes';

/**
 * Everything a piece of code needs to write people text in one language. Pure and immutable: the
 * domain, the engine and the CLI receive one as a parameter (docs/i18n.md), never read a global
 * locale. The methods are closures, so `const { t } = translator` works.
 */
export interface Translator<K extends string = MessageKey> {
  readonly locale: Locale;
  /** Whether this language (or its fallback) has `key`: for texts with a source of their own. */
  has(key: string): boolean;
  /** The message `key` with its ICU arguments filled in. */
  t(key: K, values?: MessageValues): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  currency(amount: number, currency: string): string;
  /** An instant as read in `timeZone` (the flow's, whatever the language). */
  dateTime(instant: string | Date, timeZone: string, style?: DateTimeStyle): string;
  /** "2 дня" / "2 days". */
  duration(value: number, unit: DurationUnit): string;
  /** "через 2 дня" / "in 2 days". */
  relative(value: number, unit: DurationUnit): string;
}

/**
 * Builds a translator over `messages`; a key missing there is looked up in `fallback` (English),
 * then shown as the key itself, so a gap is visible but never breaks a screen. The completeness test
 * (tests/unit/i18n) keeps both from happening in a build. While the designer still waits for the
 * areas after its first screen (later.ts), a missing key reads "…" instead and hurries them.
 */
export function createTranslator<K extends string = MessageKey>(
  locale: Locale,
  messages: Messages,
  fallback?: Messages,
): Translator<K> {
  // Messages still written as ICU text (the CLI, unit tests: no build step) are parsed once each.
  const parsed = new Map<string, MessageFormatElement[]>();
  const intlLocale = intlLocaleOf(locale);
  const t = (key: K, values?: MessageValues): string => {
    const message = messages[key] ?? fallback?.[key];
    if (message === undefined) {
      if (!laterMessagesPending()) return key;
      loadLaterMessages().catch(() => {});
      return NOT_YET;
    }
    if (typeof message === 'string' && isPlainText(message)) return message;
    if (typeof message !== 'string') return formatElements(message, intlLocale, values);
    let elements = parsed.get(key);
    if (!elements) {
      elements = parse(message);
      parsed.set(key, elements);
    }
    return formatElements(elements, intlLocale, values);
  };
  return {
    locale,
    has: (key) => messages[key] !== undefined || fallback?.[key] !== undefined,
    t,
    number: (value, options) => formatNumber(locale, value, options),
    currency: (amount, currency) => formatCurrency(locale, amount, currency),
    dateTime: (instant, timeZone, style) => formatDateTime(locale, instant, timeZone, style),
    duration: (value, unit) => formatDuration(locale, value, unit),
    relative: (value, unit) => formatRelative(locale, value, unit),
  };
}
