import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/domain/scenario';
import { createTranslator } from '../../../src/i18n';
import ru from '../../../src/i18n/messages/all.ru';
import { I18nProvider } from '../../../src/i18n/react';
import { ScenarioEditor } from '../../../src/panels/simulator';
import { flow, sample } from './harness';

/* The scenario editor in Russian: sections, labels, options, buttons, accessible names and validation. */
function renderInRussian(initial: Scenario = sample('paid-and-delivered')) {
  let latest = initial;
  function Harness() {
    const [scenario, setScenario] = useState(initial);
    return (
      <ScenarioEditor
        flow={flow}
        scenario={scenario}
        onChange={(next) => {
          latest = next;
          setScenario(next);
        }}
      />
    );
  }
  const user = userEvent.setup();
  render(
    <I18nProvider initial={createTranslator('ru', ru)}>
      <Harness />
    </I18nProvider>,
  );
  return { user, latest: () => latest };
}

/* Words of the editor's own English: none may be left once it speaks Russian (the flow's names are data). */
const ENGLISH = [
  'Remove',
  'Add ',
  'Event',
  'Reaction',
  'Expectation',
  'Expect (',
  'problem',
  'Start time',
  'Run until',
  'Order fields',
  'Contact',
  'Company',
  'Reference data',
  'configured',
  'None.',
  'MOBILE',
  'HOME',
  'Incoming email',
  'Email viewed',
  'Site visit',
  'robot is',
  'still waiting',
  'Yes',
  '(custom)',
  'ISO 8601 instant',
];

function englishLeft(root: HTMLElement): string[] {
  const attributes = [...root.querySelectorAll('*')].flatMap((el) =>
    ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
  );
  const texts = [root.textContent ?? '', ...attributes];
  return ENGLISH.filter((word) => texts.some((text) => text.includes(word)));
}

/** Replaces a box's text in one paste: typing letter by letter re-renders the whole editor each time. */
async function replace(user: ReturnType<typeof userEvent.setup>, box: HTMLElement, text: string) {
  await user.clear(box);
  await user.paste(text);
}

describe('the scenario editor in Russian', () => {
  it('names its sections, fields, options and buttons in Russian, with no English left', () => {
    renderInRussian();
    const form = screen.getByRole('form', { name: 'Сценарий' });
    const summaries = [...form.querySelectorAll('summary')].map((s) => s.textContent);
    expect(summaries).toEqual([
      'Старт, окончание и ограничения',
      'Поля заказа',
      'Контакт и компания',
      'Справочники',
      'События (3)',
      'Реакции (0)',
      'Ожидания (8)',
    ]);
    expect(screen.getByLabelText('Начальный статус')).toBeInTheDocument();
    expect(screen.getByLabelText('Моделировать до')).toHaveAccessibleDescription(
      'Дата и время или интервал от старта, например P30D (по умолчанию 30 дней)',
    );
    expect(screen.getByLabelText('Не больше записей в журнале')).toHaveAccessibleDescription(
      /^По умолчанию 100\s000$/,
    );
    // Order fields by their catalog labels, delivery statuses in words.
    expect(screen.getByLabelText('Сумма заказа')).toHaveValue(129.9);
    expect(screen.getByLabelText('Статус доставки')).toHaveDisplayValue('Нет');
    // Contact points: typed lists named in Russian.
    expect(screen.getByRole('group', { name: 'Телефоны контакта' })).toBeInTheDocument();
    expect(screen.getByLabelText('Тип телефона контакта 1')).toHaveDisplayValue('Мобильный');
    expect(screen.getByLabelText('Тип e-mail контакта 1')).toHaveDisplayValue('Личный');
    expect(screen.getByRole('button', { name: 'Удалить телефон контакта 1' })).toHaveTextContent('Удалить');
    expect(screen.getByRole('button', { name: 'Добавить e-mail контакта' })).toBeInTheDocument();
    expect(screen.getByLabelText('Twilio подключён')).toBeChecked();
    // Events by the catalog's Russian trigger titles, without their type ids.
    expect(screen.getByLabelText('Тип события 1')).toHaveDisplayValue('Оплата');
    expect(screen.getByLabelText('Время события 2')).toHaveValue('P1DT3H');
    expect(screen.getByRole('button', { name: 'Добавить реакцию' })).toBeInTheDocument();
    // Expectations: kinds and outcomes as Russian phrases.
    expect(screen.getByLabelText('Ожидание 1')).toHaveDisplayValue('Результат робота…');
    expect(screen.getByLabelText('Ожидание 2: итог робота')).toHaveDisplayValue('отменён');
    expect(screen.getByLabelText('Ожидание 6: итог по статусу')).toHaveDisplayValue('заказ в него не попал');
    expect(screen.getByLabelText('Ожидание 8: поле')).toHaveDisplayValue('Оплачен');
    expect(screen.getByLabelText('Ожидание 8: равно')).toHaveDisplayValue('Да');
    expect(screen.getByRole('button', { name: 'Удалить ожидание 8' })).toBeInTheDocument();

    expect(englishLeft(form)).toEqual([]);
  });

  it('reports problems in Russian with plural forms, pointing at the labels', async () => {
    const { user } = renderInRussian();
    const at = screen.getByLabelText('Время старта');
    await replace(user, at, 'завтра');
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('Перед запуском исправьте 1 ошибку')).toBeInTheDocument();
    expect(alert).toHaveTextContent(
      'Время старта: Нужны дата и время в формате ISO 8601 с Z или часовым поясом, например 2025-03-03T09:00:00+03:00',
    );

    const time = screen.getByLabelText('Время события 1');
    await replace(user, time, 'через два часа');
    expect(
      within(screen.getByRole('alert')).getByText('Перед запуском исправьте 2 ошибки'),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Событие 1, время: Нужны дата и время (2025-03-03T17:00:00Z) или интервал от старта (PT2H)',
    );

    const data = screen.getByLabelText('Данные события 1');
    await replace(user, data, '[1]');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Данные события 1: Данные должны быть JSON-объектом, например {"order": {"paid": true}}',
    );

    for (const label of ['Время события 2', 'Время события 3'])
      await replace(user, screen.getByLabelText(label), '?');
    expect(
      within(screen.getByRole('alert')).getByText('Перед запуском исправьте 5 ошибок'),
    ).toBeInTheDocument();
    expect(englishLeft(screen.getByRole('form', { name: 'Сценарий' }))).toEqual([]);
  }, 60_000);

  it('edits contact points and reactions through Russian names', async () => {
    const { user, latest } = renderInRussian(sample('never-paid'));
    await user.click(screen.getByLabelText('У заказа есть компания'));
    expect(screen.getByRole('group', { name: 'E-mail компании' })).toHaveTextContent('Не указаны.');
    await user.click(screen.getByRole('button', { name: 'Добавить телефон компании' }));
    await user.selectOptions(screen.getByLabelText('Тип телефона компании 1'), 'Рабочий');
    expect(latest().company?.phones).toEqual([{ type: 'WORK', value: '' }]);

    expect(screen.getByText('Событий нет: действуют только роботы.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Добавить реакцию' }));
    expect(screen.getByLabelText('Реакция 1: на событие')).toHaveDisplayValue('Письмо отправлено');
    expect(screen.getByLabelText('Реакция 1: от робота')).toHaveDisplayValue('Любой источник');
    await user.selectOptions(screen.getByLabelText('Реакция 1: ответное событие'), 'Письмо прочитано');
    expect(latest().reactions).toEqual([{ on: 'email.sent', after: 'PT2H', emit: { type: 'email.viewed' } }]);
  });
});
