/** The languages a person can choose in the designer; the CLI offers the same two. */
export const USER_LOCALES = ['en', 'ru'] as const;
export type UserLocale = (typeof USER_LOCALES)[number];

/**
 * `en-XA` is the pseudo-locale: English, accented and about 40 % longer, so that a browser test sees
 * a cut or overflowing control before a real translation does. Never offered in the switch.
 */
export const PSEUDO_LOCALE = 'en-XA';
export type Locale = UserLocale | typeof PSEUDO_LOCALE;

export const LOCALE_NAMES: Record<UserLocale, string> = { en: 'English', ru: 'Русский' };

export function isLocale(value: unknown): value is Locale {
  return value === PSEUDO_LOCALE || (USER_LOCALES as readonly unknown[]).includes(value);
}

/** A BCP 47 tag or a POSIX `LANG` value (`ru_RU.UTF-8`): Russian for any `ru*`, English otherwise. */
export function localeFromLanguageTag(tag: string | undefined): UserLocale {
  return tag && /^ru(?:[-_.@]|$)/i.test(tag.trim()) ? 'ru' : 'en';
}

/** The locale `Intl` formats in: the pseudo-locale formats as English. */
export function intlLocaleOf(locale: Locale): UserLocale {
  return locale === PSEUDO_LOCALE ? 'en' : locale;
}

/**
 * Which language the designer opens in: an explicit `?locale=` (tests and support links), else the
 * one chosen earlier in this browser, else the browser's own language.
 */
export function chooseLocale(from: {
  query?: string | null;
  stored?: string | null;
  browserLanguage?: string;
}): Locale {
  if (isLocale(from.query)) return from.query;
  if (isLocale(from.stored)) return from.stored;
  return localeFromLanguageTag(from.browserLanguage);
}
