import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../../src/domain/scenario';
import { createTranslator } from '../../../src/i18n';
import ru from '../../../src/i18n/messages/all.ru';
import { I18nProvider } from '../../../src/i18n/react';
import { simulate } from '../../../src/engine';
import { BatchPanel, TimelinePanel } from '../../../src/panels/simulator';
import { createSimulationClient } from '../../../src/sim';
import { flow, sample } from './harness';

/* The what-if batch, its report, forecast and coverage in Russian: real sentences and plural forms. */
function renderInRussian() {
  const onOpenVariant = vi.fn<(s: Scenario) => void>();
  const user = userEvent.setup();
  render(
    <I18nProvider initial={createTranslator('ru', ru)}>
      <BatchPanel
        flow={flow}
        base={sample('paid-and-delivered')}
        client={createSimulationClient({ worker: () => undefined })}
        onOpenVariant={onOpenVariant}
      />
    </I18nProvider>,
  );
  return { user, onOpenVariant };
}
const spaces = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('the what-if batch in Russian', () => {
  it('reports a batch over phone types: combinations, forecast per 1 000 orders and failing variants', async () => {
    const { user, onOpenVariant } = renderInRussian();
    expect(screen.getByRole('region', { name: 'Что если' })).toBeInTheDocument();
    expect(screen.getByLabelText('«Оплата» через 2 часа')).toBeInTheDocument();
    await user.click(screen.getByLabelText('Мобильный телефон'));
    await user.click(screen.getByLabelText('Рабочий телефон'));
    await user.click(screen.getByRole('button', { name: 'Прогнать 4 из 4 комбинаций' }));

    const report = within(await screen.findByRole('region', { name: 'Какие варианты прогнаны' }));
    expect(report.getByRole('status')).toHaveTextContent(
      'Прогнано 4 из 4 комбинаций · испробованы все значения.',
    );
    expect(report.getByText('Прогнано: 4 комбинации')).toBeInTheDocument();
    expect(report.getByText('Телефоны: мобильный + рабочий')).toBeInTheDocument();

    const forecast = within(screen.getByRole('region', { name: 'Прогноз сообщений' }));
    expect(spaces(forecast.getByRole('heading').textContent)).toBe(
      'Прогноз сообщений на 1 000 заказов с таким набором вариантов',
    );
    expect(
      forecast.getByText(
        (text) =>
          spaces(text) === 'Письма: 3 000 · SMS: 1 000 (1 000 частей) · Звонки: 750 · Сообщения в чат: 1 000',
      ),
    ).toBeInTheDocument();
    const table = within(forecast.getByRole('table', { name: 'Сообщения по роботам' }));
    expect(spaces(table.getAllByRole('columnheader')[3]!.textContent)).toBe('На 1 000');
    expect(
      within(table.getByRole('row', { name: /SMS with the order number/ }))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Accepted, awaiting payment', 'SMS', '500', '500']);

    // The coverage view.
    expect(
      screen.getByText(/^4 прогона · остановлено защитой от зацикливания: 0 · попадания в статусы: /),
    ).toBeInTheDocument();
    const robots = within(screen.getByRole('table', { name: 'Покрытие роботов' }));
    expect(robots.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Робот',
      'Статус',
      'Выполнен',
      'Пропущен',
      'С ошибкой',
      'Отменён',
      'Не дошла очередь',
    ]);
    expect(screen.getByRole('table', { name: 'Покрытие триггеров' })).toBeInTheDocument();
    const failing = within(screen.getByRole('region', { name: 'Варианты с ошибками' }));
    expect(failing.getByText('Варианты с ошибками (2)')).toBeInTheDocument();
    expect(failing.getByText('Без телефонов: мобильный, рабочий')).toBeInTheDocument();
    await user.click(
      failing.getByRole('button', { name: 'Открыть как отдельный прогон: Телефоны: рабочий' }),
    );
    expect(onOpenVariant.mock.lastCall![0].name).toBe(
      `${sample('paid-and-delivered').name} — Телефоны: рабочий`,
    );
  });

  it('says what a capped batch left out, with plural forms for 1 and 5 combinations', async () => {
    const { user } = renderInRussian();
    for (const name of ['Мобильный телефон', 'Рабочий телефон', 'Домашний телефон'])
      await user.click(screen.getByLabelText(name));
    await user.click(screen.getByLabelText('Оплачен в начале или нет'));
    const cap = screen.getByLabelText('Наибольшее число комбинаций');
    await user.clear(cap);
    await user.type(cap, '11');
    await user.click(screen.getByRole('button', { name: 'Прогнать 11 из 16 комбинаций' }));
    const status = await screen.findByText(/^Прогнано 11 из 16 комбинаций · покрыто пар значений: \d+ из 16/);
    expect(status).toBeInTheDocument();
    expect(screen.getByText('Прогнано: 11 комбинаций')).toBeInTheDocument();
    expect(screen.getByText('Не прогнано: 5 комбинаций')).toBeInTheDocument();
    expect(screen.getByText(/^11 прогонов · /)).toBeInTheDocument();

    await user.clear(cap);
    await user.type(cap, '15');
    await user.click(screen.getByRole('button', { name: 'Прогнать 15 из 16 комбинаций' }));
    expect(await screen.findByText('Не прогнано: 1 комбинация')).toBeInTheDocument();
    expect(screen.getByText('Изначально оплачен: 8', { exact: false })).toBeInTheDocument();
  });

  it('labels the time axis in Russian: time in each status and robot results', () => {
    render(
      <I18nProvider initial={createTranslator('ru', ru)}>
        <TimelinePanel
          flow={flow}
          timeline={simulate(flow, sample('paid-and-delivered'))}
          onSelectEntry={() => undefined}
        />
      </I18nProvider>,
    );
    const bands = within(screen.getByRole('list', { name: 'Время в каждом статусе' })).getAllByRole(
      'listitem',
    );
    expect(bands.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Accepted, awaiting payment: 2 ч',
      'Paid, preparing for shipment: 1 дн. 1 ч',
      'Shipped: 2 дн. 21 ч',
      'Completed: сейчас',
    ]);
    const marks = within(screen.getByRole('group', { name: 'Результаты роботов на шкале времени' }));
    expect(marks.getAllByRole('button')[0]!.getAttribute('aria-label')).toMatch(
      /^.+: (выполнен|ошибка|пропущен|отменён), \+\d+ дн\. \d\d:\d\d$/,
    );
  });
});
