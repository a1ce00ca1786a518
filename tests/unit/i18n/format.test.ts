import { describe, expect, it } from 'vitest';
import ru from '../../../src/i18n/messages/all.ru';
import { createTranslator, englishTranslator } from '../../../src/i18n';

const russian = createTranslator('ru', ru);
// Intl separates thousands and currency with no-break spaces; compare them as plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('Russian plurals (one / few / many)', () => {
  it('counts days as 1 день, 2 дня, 5 дней, 21 день', () => {
    expect([1, 2, 5, 21, 11].map((n) => russian.duration(n, 'day'))).toEqual([
      '1 день',
      '2 дня',
      '5 дней',
      '21 день',
      '11 дней',
    ]);
  });

  it('chooses the form in messages too', () => {
    expect([1, 3, 5].map((count) => russian.t('palette.items', { count }))).toEqual([
      '1 элемент',
      '3 элемента',
      '5 элементов',
    ]);
    expect(russian.t('topBar.counts', { statuses: 5, robots: 21, triggers: 2 })).toBe(
      '5 статусов · 21 робот · 2 триггера',
    );
    expect(englishTranslator.t('topBar.counts', { statuses: 1, robots: 2, triggers: 0 })).toBe(
      '1 status · 2 robots · 0 triggers',
    );
  });

  it('says when: "через 2 дня" and "in 2 days"', () => {
    expect(russian.relative(2, 'day')).toBe('через 2 дня');
    expect(russian.relative(5, 'hour')).toBe('через 5 часов');
    expect(englishTranslator.relative(2, 'day')).toBe('in 2 days');
    expect(englishTranslator.duration(1, 'hour')).toBe('1 hour');
  });
});

describe('numbers, prices and dates', () => {
  it('writes numbers with each language’s separators', () => {
    expect(plain(russian.number(1234567.5))).toBe('1 234 567,5');
    expect(englishTranslator.number(1234567.5)).toBe('1,234,567.5');
  });

  it('writes prices in the order’s currency: 129,90 ₽', () => {
    expect(plain(russian.currency(129.9, 'RUB'))).toBe('129,90 ₽');
    expect(plain(englishTranslator.currency(129.9, 'USD'))).toBe('$129.90');
    expect(plain(russian.currency(5, 'XYZ1'))).toBe('5 XYZ1');
  });

  it('reads an instant in the flow’s time zone, whatever the language', () => {
    const at = '2025-03-03T08:00:00Z';
    expect(plain(russian.dateTime(at, 'Europe/Moscow'))).toMatch(/^3 марта 2025 г\.,? (в )?11:00$/);
    expect(plain(englishTranslator.dateTime(at, 'Europe/Moscow'))).toMatch(
      /^March 3, 2025,? (at )?11:00 AM$/,
    );
    expect(plain(russian.dateTime(at, 'UTC', 'time'))).toBe('08:00');
    expect(russian.dateTime(at, 'Asia/Vladivostok', 'date')).toBe('3 марта 2025 г.');
  });
});
