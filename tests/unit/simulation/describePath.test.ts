import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n';
import ru from '../../../src/i18n/messages/all.ru';
import { describePath } from '../../../src/panels/simulator/editor/validation';
import { dottedPath } from '../../../src/panels/simulator/scenarioFiles';

describe('where a scenario problem points, in words', () => {
  it('numbers list items from 1 and names the list and the part, in the editor labels, never a JSON path', () => {
    expect(describePath('events.1.at')).toBe('Event 2, time');
    expect(describePath('expect.0.is')).toBe('Expectation 1, outcome');
    expect(describePath('reactions.0.emit.data')).toBe('Reaction 1, emitted data');
    expect(describePath('skips.2.at')).toBe('Skipped pause 3');
    expect(describePath('start.at')).toBe('Start time');
    expect(describePath('order.paymentDueDate')).toBe('Payment due date');
    expect(describePath('order.custom.source')).toBe('source (custom)');
    expect(describePath('contact.phones.1.value')).toBe('Contact phone 2');
    expect(describePath('limits.maxTransitions')).toBe('Most status changes');
    expect(describePath('')).toBe('Scenario');
    expect(describePath('someBackendKey.x')).toBe('Scenario');
    expect(describePath('order.warehouse')).toBe('Order fields');
  });

  it('says the same in Russian', () => {
    const tr = createTranslator('ru', ru);
    expect(describePath('events.1.at', tr)).toBe('Событие 2, время');
    expect(describePath('expect.0.robot', tr)).toBe('Ожидание 1, робот');
    expect(describePath('start.at', tr)).toBe('Время старта');
    expect(describePath('order.paymentDueDate', tr)).toBe('Оплатить до');
    expect(describePath('company.emails.0.value', tr)).toBe('E-mail компании 1');
    expect(describePath('', tr)).toBe('Сценарий');
  });

  it('reads an import problem JSON path as the editor keys it', () => {
    expect(dottedPath('$.events[1].at')).toBe('events.1.at');
    expect(dottedPath('$')).toBe('');
    expect(dottedPath('$.order["custom"].x')).toBe('order.custom.x');
  });
});

describe('scenario problems in Russian', () => {
  it('words schema and flow problems for the person editing, pointing at labels', async () => {
    const { DEFAULT_FLOW, SAMPLE_SCENARIOS } = await import('../../../src/domain/samples');
    const { scenarioProblems } = await import('../../../src/panels/simulator/editor/validation');
    const tr = createTranslator('ru', ru);
    const scenario = structuredClone(SAMPLE_SCENARIOS[0]!.scenario);
    scenario.start.at = 'завтра';
    scenario.events[0]!.at = 'два часа';
    scenario.limits = { maxEntries: 0 };
    scenario.reactions = [
      { on: 'email.sent', robot: 'n_gone' as never, after: '2h', emit: { type: 'email.viewed' } },
    ];
    expect(scenarioProblems(DEFAULT_FLOW, scenario, tr)).toEqual([
      'Время старта: Нужны дата и время в формате ISO 8601 с Z или часовым поясом, например 2025-03-03T09:00:00+03:00',
      'Событие 1, время: Нужны дата и время (2025-03-03T17:00:00Z) или интервал от старта (PT2H)',
      'Реакция 1, задержка: Нужен интервал в формате ISO 8601, например P1D (1 день) или PT2H (2 часа)',
      'Не больше записей в журнале: Значение должно быть больше 0',
      'Реакция 1, робот: Такого робота в процессе нет',
    ]);
  });
});
