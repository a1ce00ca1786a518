import { literalMessage } from './compile';
import { englishMessages } from './english';
import { loadLaterMessages } from './later';
import type { Locale } from './locales';
import { createTranslator } from './translator';
import type { Translator } from './translator';

/**
 * The translator for `locale`. Russian and the pseudo-locale are imported on demand, so a person
 * reading English downloads no other language (the first-load budget, README "Performance"). In the
 * designer's build English and Russian start with the first screen's areas; the others follow
 * (later.ts, `loadLaterMessages`). Elsewhere (workers, CLI, tests) every area is there at once.
 */
export async function loadTranslator(locale: Locale): Promise<Translator> {
  switch (locale) {
    case 'en':
      return createTranslator('en', englishMessages);
    case 'ru': {
      const { default: ru } = await import('./messages/all.ru');
      return createTranslator('ru', ru, englishMessages);
    }
    case 'en-XA': {
      const [{ pseudoMessages }, { catalogEnglishTexts }] = await Promise.all([
        import('./pseudo'),
        import('./catalogEnglish'),
        // Made from every English message at once, not only the first screen's (later.ts).
        loadLaterMessages(),
      ]);
      // The catalog's own English is plain text, not ICU ("client's"): taken literally.
      const catalog = Object.entries(catalogEnglishTexts()).map(([key, text]) => [key, literalMessage(text)]);
      return createTranslator(
        'en-XA',
        pseudoMessages({ ...englishMessages, ...Object.fromEntries(catalog) }),
      );
    }
  }
}
