import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n';
import ru from '../../../src/i18n/messages/all.ru';
import { I18nProvider } from '../../../src/i18n/react';
import { SimulatorPanel } from '../../../src/panels/simulator';
import { createSimulationClient } from '../../../src/sim';
import { flow, sample } from './harness';

/* The simulator's own texts in Russian: tabs, run controls, playback, the Tests tab with a plural. */
function renderInRussian() {
  const user = userEvent.setup();
  render(
    <I18nProvider initial={createTranslator('ru', ru)}>
      <SimulatorPanel
        flow={flow}
        scenarios={[sample('paid-and-delivered'), sample('never-paid')]}
        client={createSimulationClient({ worker: () => undefined })}
      />
    </I18nProvider>,
  );
  return user;
}

describe('the simulator in Russian', () => {
  it('names its tabs and runs a scenario in Russian', async () => {
    const user = renderInRussian();
    const tabs = within(screen.getByRole('tablist', { name: 'Симулятор' }));
    expect(tabs.getAllByRole('tab').map((t) => t.textContent)).toEqual([
      'Сценарий',
      'Прогон',
      'Что если',
      'Тесты',
    ]);
    expect(screen.getByRole('button', { name: 'Копировать' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Запустить сценарий' }));
    expect(await screen.findByText(/Заказ в статусе/)).toHaveTextContent(/прогон завершён/);
    expect(screen.getByRole('toolbar', { name: 'Воспроизведение' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Шаг назад' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Скачать результаты прогона' })).toBeInTheDocument();
    expect(screen.getByText('Почему не сработало?', { exact: false })).toBeInTheDocument();
  });

  it('counts passing scenarios with a Russian plural', async () => {
    const user = renderInRussian();
    await user.click(screen.getByRole('tab', { name: 'Тесты' }));
    await user.click(screen.getByRole('button', { name: 'Запустить все сценарии' }));
    expect(await screen.findByText(/Пройдено \d из 2 сценариев/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Покрытие' })).toBeInTheDocument();
  });
});
