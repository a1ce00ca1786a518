import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Flow } from '../../../src/domain/flow';
import type { Scenario } from '../../../src/domain/scenario';
import { createTranslator } from '../../../src/i18n';
import ru from '../../../src/i18n/messages/all.ru';
import { I18nProvider } from '../../../src/i18n/react';
import { SimulatorPanel } from '../../../src/panels/simulator';
import { createSimulationClient } from '../../../src/sim';
import { flow as defaultFlow, sample } from './harness';

/* The Tests tab of a Russian designer: unnamed scenarios, a scenario that cannot run and the coverage in Russian. */
const { name: _notifyName, ...unnamedNotify } = defaultFlow.robots.find((r) => r.id === 'd_notify')!;
const flow: Flow = {
  ...defaultFlow,
  robots: defaultFlow.robots.map((r) => (r.id === 'd_notify' ? unnamedNotify : r)),
};
const paid = sample('paid-and-delivered');
const nowhere: Scenario = {
  ...paid,
  name: '',
  start: { ...paid.start, status: 'nowhere' as Scenario['start']['status'] },
};

describe('the Tests tab in Russian', () => {
  it('names an unnamed scenario, says why it cannot run and what was never done, in Russian', async () => {
    const user = userEvent.setup();
    render(
      <I18nProvider initial={createTranslator('ru', ru)}>
        <SimulatorPanel
          flow={flow}
          scenarios={[paid, nowhere]}
          client={createSimulationClient({ worker: () => undefined })}
        />
      </I18nProvider>,
    );
    await user.click(screen.getByRole('tab', { name: 'Тесты' }));
    await user.click(screen.getByRole('button', { name: 'Запустить все сценарии' }));
    const results = await screen.findByRole('list', { name: 'Результаты тестов' });
    const second = within(results).getAllByRole('listitem')[1]!;
    expect(second).toHaveTextContent('Сценарий 2');
    expect(second).toHaveTextContent(
      'Сценарий нельзя запустить: сценарий начинается в статусе, которого нет в схеме',
    );
    const coverage = screen.getByRole('region', { name: 'Покрытие' });
    // An unnamed robot reads as its type's Russian title, never the English one.
    expect(coverage).toHaveTextContent('Уведомить сотрудника');
    expect(coverage).not.toHaveTextContent('Notify an employee');
  });
});
