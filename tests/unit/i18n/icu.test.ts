import { describe, expect, it } from 'vitest';
import { parse } from '@formatjs/icu-messageformat-parser';
import { formatElements } from '../../../src/i18n/icu';
import { compileMessages } from '../../../src/i18n/compile';

const format = (message: string, locale: string, values?: Record<string, string | number>) =>
  formatElements(parse(message), locale, values);

describe('formatting ICU messages', () => {
  it('fills arguments and picks plural forms, exact values first', () => {
    const warnings = '{n, plural, =0 {no warnings} one {# warning} other {# warnings}} in {name}';
    expect(format(warnings, 'en', { n: 0, name: 'Paid' })).toBe('no warnings in Paid');
    expect(format(warnings, 'en', { n: 1, name: 'Paid' })).toBe('1 warning in Paid');
    expect(format(warnings, 'en', { n: 1200, name: 'Paid' })).toBe('1,200 warnings in Paid');
  });

  it('uses the Russian one / few / many forms', () => {
    const days = '{n, plural, one {# день} few {# дня} many {# дней} other {# дня}}';
    expect([1, 2, 5, 22, 1.5].map((n) => format(days, 'ru', { n }))).toEqual([
      '1 день',
      '2 дня',
      '5 дней',
      '22 дня',
      '1,5 дня',
    ]);
  });

  it('chooses by select and formats numbers in the language', () => {
    const role = '{role, select, admin {administrator} other {user}} with {n, number} items';
    expect(format(role, 'en', { role: 'admin', n: 1234.5 })).toBe('administrator with 1,234.5 items');
    expect(format(role, 'ru', { role: 'viewer', n: 1234.5 }).replace(/\u00a0/g, ' ')).toBe(
      'user with 1 234,5 items',
    );
  });

  it('refuses markup and skeletons when messages are checked, naming the message', () => {
    expect(() => compileMessages({ 'a.tag': 'Hello <b>you</b>' })).toThrow(/a\.tag.*tag <b>/);
    expect(() => compileMessages({ 'a.skeleton': '{n, number, ::currency/RUB}' })).toThrow(/a\.skeleton/);
  });
});
