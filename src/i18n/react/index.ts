export { I18nProvider, useLocale, useTranslator } from './I18nProvider';
export { browserLocale, LOCALE_STORAGE_KEY, rememberLocale } from './browserLocale';
