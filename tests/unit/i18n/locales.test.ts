import { describe, expect, it } from 'vitest';
import { chooseLocale, localeFromLanguageTag } from '../../../src/i18n';
import { pseudoMessages, pseudoText } from '../../../src/i18n/pseudo';
import { createTranslator } from '../../../src/i18n';
import { compileMessages } from '../../../src/i18n/compile';

describe('choosing the language', () => {
  it('opens in Russian for any Russian browser, in English otherwise', () => {
    expect(chooseLocale({ browserLanguage: 'ru-RU' })).toBe('ru');
    expect(chooseLocale({ browserLanguage: 'ru' })).toBe('ru');
    expect(chooseLocale({ browserLanguage: 'en-GB' })).toBe('en');
    expect(chooseLocale({ browserLanguage: 'de-DE' })).toBe('en');
    expect(chooseLocale({ browserLanguage: 'rue' })).toBe('en');
    expect(chooseLocale({})).toBe('en');
  });

  it('keeps the choice made in the switch over the browser’s language', () => {
    expect(chooseLocale({ stored: 'en', browserLanguage: 'ru-RU' })).toBe('en');
    expect(chooseLocale({ stored: 'ru', browserLanguage: 'en-US' })).toBe('ru');
    expect(chooseLocale({ stored: 'klingon', browserLanguage: 'ru-RU' })).toBe('ru');
  });

  it('lets a test ask for a language, the pseudo-locale included, in the address', () => {
    expect(chooseLocale({ query: 'en-XA', stored: 'ru', browserLanguage: 'ru-RU' })).toBe('en-XA');
    expect(chooseLocale({ query: 'fr', stored: 'ru' })).toBe('ru');
  });

  it('reads the CLI’s LANG as well as a BCP 47 tag', () => {
    expect(localeFromLanguageTag('ru_RU.UTF-8')).toBe('ru');
    expect(localeFromLanguageTag('C.UTF-8')).toBe('en');
    expect(localeFromLanguageTag(undefined)).toBe('en');
  });
});

describe('the pseudo-locale', () => {
  it('accents and lengthens the text by about 40 %', () => {
    const text = pseudoText('Save to the server');
    expect(text).toMatch(/^Šávé tö thé šérvér~+$/);
    expect(text.length).toBeGreaterThanOrEqual(Math.round('Save to the server'.length * 1.3));
  });

  it('keeps arguments and plural forms working', () => {
    const messages = pseudoMessages(
      compileMessages({ found: '{count, plural, one {# item} other {# items}} in {where}' }),
    );
    const pseudo = createTranslator('en-XA', messages);
    // The argument ("Paid", a status name) is the user's own text: never accented.
    expect(pseudo.t('found' as never, { count: 3, where: 'Paid' })).toBe('3 ítémš~~ íñ ~Paid');
    expect(pseudo.t('found' as never, { count: 1, where: 'Paid' })).toBe('1 ítém~~ íñ ~Paid');
  });
});

describe('the pseudo-locale as the designer loads it', () => {
  it('pads the catalog’s own English, apostrophes and all', async () => {
    const { loadTranslator } = await import('../../../src/i18n');
    const { catalogTitle } = await import('../../../src/i18n/catalogText');
    const pseudo = await loadTranslator('en-XA');
    expect(catalogTitle(pseudo, 'robot', 'chat.send')).toMatch(/^Šéñd méššágé tö thé çlíéñt'š çhát~+$/);
    expect(pseudo.t('topBar.publish')).toMatch(/^Püblíšh~+$/);
  });
});
