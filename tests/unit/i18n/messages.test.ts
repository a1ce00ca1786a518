import { describe, expect, it } from 'vitest';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import en from '../../../src/i18n/messages/en.json';
import ru from '../../../src/i18n/messages/ru.json';
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
