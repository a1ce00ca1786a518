import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FLOW } from '../../../src/domain/samples/defaultFlow';
import { DEFAULT_ENVIRONMENT } from '../../../src/domain/reference/defaultEnvironment';
import { createTranslator } from '../../../src/i18n';
import ru from '../../../src/i18n/messages/all.ru';
import { I18nProvider } from '../../../src/i18n/react';
import { Inspector } from '../../../src/panels/inspector';
import { workTimeProblem } from '../../../src/panels/settings/workTimeCheck';

const russian = createTranslator('ru', ru);

describe('the inspector in Russian', () => {
  it('speaks Russian with nothing selected', () => {
    render(
      <I18nProvider initial={russian}>
        <Inspector
          flow={DEFAULT_FLOW}
          selectedId={null}
          environment={DEFAULT_ENVIRONMENT}
          dispatch={() => ({ ok: true }) as never}
        />
      </I18nProvider>,
    );
    const region = screen.getByRole('region', { name: 'Свойства' });
    expect(within(region).getByText('Ничего не выбрано')).toBeInTheDocument();
  });

  it('shows a robot’s sections and delay in Russian', () => {
    const robot = DEFAULT_FLOW.robots[0]!;
    render(
      <I18nProvider initial={russian}>
        <Inspector
          flow={DEFAULT_FLOW}
          selectedId={robot.id}
          environment={DEFAULT_ENVIRONMENT}
          dispatch={() => ({ ok: true }) as never}
        />
      </I18nProvider>,
    );
    expect(screen.getByText('Робот')).toBeInTheDocument();
    expect(screen.getByText('Только если')).toBeInTheDocument();
    expect(screen.getByText('Настройки')).toBeInTheDocument();
    expect(screen.getByText('Только в рабочее время')).toBeInTheDocument();
  });

  it('names the robots a robot can run after in Russian, twins by their place', () => {
    const twins = structuredClone(DEFAULT_FLOW);
    for (const r of twins.robots) if (r.status === 'N') r.name = 'Отправить SMS';
    render(
      <I18nProvider initial={russian}>
        <Inspector
          flow={twins}
          selectedId="n_cancel"
          environment={DEFAULT_ENVIRONMENT}
          dispatch={() => ({ ok: true }) as never}
        />
      </I18nProvider>,
    );
    // Named apart from the run time's «Запуск»: two controls of one name cannot be told apart.
    const select = screen.getByLabelText('Порядок запуска') as HTMLSelectElement;
    const offered = [...select.options].map((o) => o.textContent);
    expect(offered.some((text) => /«Отправить SMS» \(1-й в «/.test(text ?? ''))).toBe(true);
    expect(offered.join(' ')).not.toMatch(/\b(in|After|1st|2nd)\b/);
  });

  it('uses Russian plural forms and sentences', () => {
    expect(russian.t('inspector.delay.unit.days', { count: 2 })).toBe('дня');
    expect(russian.t('inspector.delay.unit.days', { count: 5 })).toBe('дней');
    expect(russian.t('inspector.dock.several', { count: 3 })).toBe('Выбрано 3 элемента');
    expect(workTimeProblem({ days: [], start: '09:00', end: '18:00', holidays: [] }, russian)).toBe(
      'Выберите хотя бы один рабочий день.',
    );
  });
});
