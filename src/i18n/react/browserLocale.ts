import { chooseLocale, PSEUDO_LOCALE } from '../locales';
import type { Locale } from '../locales';

/** Where this browser remembers the language a person chose (src/store/README.md). */
export const LOCALE_STORAGE_KEY = 'orderflow.locale.v1';

function storageOf(page: Window): Storage | undefined {
  try {
    return page.localStorage;
  } catch {
    return undefined;
  }
}

/** The language to open in: `?locale=`, else the remembered choice, else the browser's language. */
export function browserLocale(page: Window): Locale {
  let stored: string | null = null;
  try {
    stored = storageOf(page)?.getItem(LOCALE_STORAGE_KEY) ?? null;
  } catch {
    // A browser that refuses storage opens in its own language every time.
  }
  return chooseLocale({
    query: new URLSearchParams(page.location.search).get('locale'),
    stored,
    browserLanguage: page.navigator.language,
  });
}

/** Remembers a choice made in the switch; the pseudo-locale is for tests and never remembered. */
export function rememberLocale(page: Window, locale: Locale): void {
  if (locale === PSEUDO_LOCALE) return;
  try {
    storageOf(page)?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Full or refused storage: the choice holds for this page only.
  }
}
