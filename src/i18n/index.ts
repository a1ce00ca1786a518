export {
  chooseLocale,
  isLocale,
  localeFromLanguageTag,
  LOCALE_NAMES,
  PSEUDO_LOCALE,
  USER_LOCALES,
} from './locales';
export type { Locale, UserLocale } from './locales';
export type { DurationUnit, DateTimeStyle } from './format';
export { createTranslator } from './translator';
export type { Translator } from './translator';
export type { MessageKey, Messages, MessageValues } from './messageTypes';
export { englishTranslator } from './english';
export { loadTranslator } from './load';
