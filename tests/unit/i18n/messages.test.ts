import { describe, expect, it } from 'vitest';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import en, { areas as englishAreas } from '../../../src/i18n/messages/all.en';
import ru, { areas as russianAreas } from '../../../src/i18n/messages/all.ru';
import { catalogEnglishTexts } from '../../../src/i18n/catalogEnglish';
import { compileMessages } from '../../../src/i18n/compile';

/** The argument names a message uses, so a translation cannot drop or rename `{name}`. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
  return into;
}

// English is en.json plus the catalog's own texts (docs/i18n.md, "Catalog texts").
const english: Record<string, string> = { ...en, ...catalogEnglishTexts() };
const languages: Record<string, Record<string, string>> = { en: english, ru };

describe('the designer’s messages', () => {
  it('has every key in both languages', () => {
    const englishKeys = Object.keys(english).sort();
    expect(Object.keys(ru).sort()).toEqual(englishKeys);
  });

  it('keeps each key in one area file, the same area in both languages', () => {
    const owners = new Map<string, string>();
    for (const [area, messages] of Object.entries(englishAreas))
      for (const key of Object.keys(messages)) {
        expect(owners.get(key), `${key} is in ${owners.get(key)} and ${area}`).toBeUndefined();
        owners.set(key, area);
      }
    expect(owners.size).toBeGreaterThan(0);
    // Russian's shared file also carries the catalog's titles, which English reads from the catalog.
    const catalogKeys = new Set(Object.keys(catalogEnglishTexts()));
    for (const [area, messages] of Object.entries(russianAreas))
      expect(
        Object.keys(messages)
          .filter((key) => !catalogKeys.has(key))
          .sort(),
        area,
      ).toEqual(Object.keys(englishAreas[area as keyof typeof englishAreas]).sort());
  });

  it('has a Russian title and description for every robot and trigger of the catalog', () => {
    expect(ru).toHaveProperty(['robot.sms.send.title'], 'Отправить SMS');
    expect(ru).toHaveProperty(['trigger.payment.received.title'], 'Оплата');
    for (const key of Object.keys(catalogEnglishTexts()))
      expect(ru[key as keyof typeof ru], key).toBeTruthy();
  });

  it.each(Object.keys(languages))('parses every %s message as ICU', (language) => {
    for (const [key, text] of Object.entries(languages[language]!))
      expect(() => parse(text), `${language} ${key}`).not.toThrow();
  });

  it('uses the same arguments in Russian as in English', () => {
    for (const [key, text] of Object.entries(en)) {
      const russian = ru[key as keyof typeof ru];
      expect([...argumentsOf(parse(russian))].sort(), key).toEqual([...argumentsOf(parse(text))].sort());
    }
  });

  it('names the message that does not parse when the build compiles them', () => {
    expect(() => compileMessages({ 'topBar.broken': 'Hello {name' })).toThrow(/topBar\.broken/);
  });

  it('keeps plain texts as strings and compiles the others for a build without a parser', () => {
    const compiled = compileMessages({
      plain: 'Flows',
      counted: '{count, plural, one {# item} other {# items}}',
    });
    expect(compiled.plain).toBe('Flows');
    expect(Array.isArray(compiled.counted)).toBe(true);
  });
});
