import { loadSamples } from '../../domain/samples/byLocale';
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { englishTranslator } from '../english';
import { laterArrivals, loadLaterMessages, onLaterMessages } from '../later';
import { loadTranslator } from '../load';
import type { Locale } from '../locales';
import type { Translator } from '../translator';

interface I18nValue {
  translator: Translator;
  /** Loads the language's messages, then switches every screen to it. */
  setLocale: (locale: Locale) => Promise<void>;
}

// Without a provider (most component tests) the designer reads English and cannot switch.
const I18nContext = createContext<I18nValue>({
  translator: englishTranslator,
  setLocale: async () => {},
});

/**
 * Holds the designer's language. `initial` is loaded before the first render (main.tsx), so a
 * Russian browser never flashes English; `onChosen` remembers a person's choice (browserLocale.ts).
 */
export function I18nProvider({
  initial = englishTranslator,
  onChosen,
  children,
}: {
  initial?: Translator;
  onChosen?: (locale: Locale) => void;
  children: ReactNode;
}) {
  const [translator, setTranslator] = useState(initial);
  useEffect(() => {
    // Screen readers pick their voice from <html lang>; the pseudo-locale reads as English.
    document.documentElement.lang = translator.locale === 'en-XA' ? 'en' : translator.locale;
  }, [translator.locale]);
  // The areas after the first screen (later.ts) arrive in the same message objects: a fresh
  // translator makes the screens that showed "…" for them, and the lint cache, read them again.
  const [arrivalsAtStart] = useState(laterArrivals);
  useEffect(() => {
    const refresh = () => setTranslator((current) => ({ ...current }));
    if (laterArrivals() !== arrivalsAtStart) refresh();
    return onLaterMessages(refresh);
  }, [arrivalsAtStart]);
  const setLocale = useCallback(
    async (locale: Locale) => {
      // "New flow" and the samples then speak the new language too (domain/samples/byLocale.ts).
      const [next] = await Promise.all([loadTranslator(locale), loadSamples(locale)]);
      // A switch happens after the first screen: the new language comes with every area.
      await loadLaterMessages();
      setTranslator(next);
      onChosen?.(locale);
    },
    [onChosen],
  );
  const value = useMemo(() => ({ translator, setLocale }), [translator, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The translator of the designer's current language: `const { t } = useTranslator()`. */
export function useTranslator(): Translator {
  return useContext(I18nContext).translator;
}

/** The current language and the way to change it (the top bar's switch). */
export function useLocale(): { locale: Locale; setLocale: (locale: Locale) => Promise<void> } {
  const { translator, setLocale } = useContext(I18nContext);
  return { locale: translator.locale, setLocale };
}
