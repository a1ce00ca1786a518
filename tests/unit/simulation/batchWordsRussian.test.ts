import { describe, expect, it } from 'vitest';
import { choiceWords, enumerateVariants, eventWhen, variantWords } from '../../../src/domain/simulation';
import { createTranslator, englishTranslator } from '../../../src/i18n';
import ru from '../../../src/i18n/messages/all.ru';
import { formatDuration, formatTimeLeft } from '../../../src/panels/simulator/duration';
import { taskFailureText } from '../../../src/sim';
import { sample } from './helpers';

const russian = createTranslator('ru', ru);
const base = sample('paid-and-delivered');
const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('what-if choices in words', () => {
  it('names events by their title and time, contact types in words, never ids', () => {
    const { variants } = enumerateVariants(
      base,
      { events: [0], phoneTypes: ['MOBILE', 'WORK'], paid: true, smsProvider: true },
      { cap: 100 },
    );
    const last = variants[variants.length - 1]!;
    expect(last.label).toBe(
      'Payment in 2 hours does not happen · Phones: mobile + work · Paid at start · No SMS provider configured',
    );
    expect(variantWords(last.texts, {}, russian)).toBe(
      'Нет события «Оплата» через 2 часа · Телефоны: мобильный + рабочий · Изначально оплачен · Ни один SMS-провайдер не настроен',
    );
    expect(variantWords(variants[0]!.texts, {}, russian)).toBe(
      'Есть событие «Оплата» через 2 часа · Без телефонов: мобильный, рабочий · Изначально не оплачен · SMS-провайдеры как в сценарии',
    );
    expect(variantWords([], {}, russian)).toBe('Как в сценарии');
  });

  it('words e-mail types and the time of an event in Russian', () => {
    expect(choiceWords({ kind: 'emails', chosen: ['MAILING'], of: ['WORK', 'MAILING'] }, {}, russian)).toBe(
      'E-mail: для рассылок',
    );
    expect(eventWhen('P1D', {}, russian)).toBe('через 1 день');
    expect(eventWhen('P5D', {}, russian)).toBe('через 5 дней');
    expect(eventWhen('PT0S', {}, russian)).toBe('в самом начале');
    expect(eventWhen('P1DT3H', {}, englishTranslator)).toBe('in 1 day 3 hours');
    expect(eventWhen('2025-03-03T08:00:00Z', { timezone: 'Europe/Moscow' }, russian)).toBe(
      '3 марта 2025 г. в 11:00',
    );
  });
});

describe('the batch report and forecast sentences in Russian', () => {
  const { t } = russian;
  it('counts combinations, runs and orders with the right plural forms', () => {
    expect([1, 2, 5, 21].map((count) => t('simulator.batch.report.ran', { count }))).toEqual([
      'Прогнано: 1 комбинация',
      'Прогнано: 2 комбинации',
      'Прогнано: 5 комбинаций',
      'Прогнано: 21 комбинация',
    ]);
    expect([1, 2, 5].map((orders) => t('simulator.forecast.title', { orders }))).toEqual([
      'Прогноз сообщений на 1 заказ с таким набором вариантов',
      'Прогноз сообщений на 2 заказа с таким набором вариантов',
      'Прогноз сообщений на 5 заказов с таким набором вариантов',
    ]);
    expect(
      [1, 3, 11].map((runs) =>
        t('simulator.coverage.batch.summary', { runs, loopGuard: 0, statuses: 'Новый: 1' }),
      ),
    ).toEqual([
      '1 прогон · остановлено защитой от зацикливания: 0 · попадания в статусы: Новый: 1',
      '3 прогона · остановлено защитой от зацикливания: 0 · попадания в статусы: Новый: 1',
      '11 прогонов · остановлено защитой от зацикливания: 0 · попадания в статусы: Новый: 1',
    ]);
    expect(nbsp(t('simulator.batch.run', { planned: 64, total: 1024 }))).toBe(
      'Прогнать 64 из 1 024 комбинаций',
    );
    expect(t('simulator.batch.run', { planned: 1, total: 1 })).toBe('Прогнать 1 из 1 комбинации');
  });
});

describe('durations and failures in Russian', () => {
  it('says time left in the language, in short units', () => {
    const hour = 3_600_000;
    expect(formatTimeLeft(51 * hour, russian)).toBe('осталось 2 дн. 3 ч');
    expect(formatTimeLeft(45 * 60_000, russian)).toBe('осталось 45 мин');
    expect(formatTimeLeft(0, russian)).toBe('пора запускать');
    expect(formatDuration(20_000, russian)).toBe('меньше минуты');
    // English stays as it was.
    expect(formatTimeLeft(51 * hour)).toBe('2d 3h left');
    expect(formatDuration(0)).toBe('now');
  });

  it("words the client's own failures and passes the engine's through", () => {
    expect(taskFailureText('The simulation worker stopped', russian)).toBe(
      'Фоновый обработчик симуляции остановился',
    );
    expect(taskFailureText('Unexpected answer')).toBe('Unexpected answer');
    expect(taskFailureText('Invalid scenario', russian)).toBe('Invalid scenario');
  });
});
