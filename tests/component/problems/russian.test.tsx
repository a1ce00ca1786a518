import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { lintFlow } from '../../../src/domain/lint';
import { DEFAULT_ENVIRONMENT } from '../../../src/domain/reference/defaultEnvironment';
import { createTranslator } from '../../../src/i18n';
import en from '../../../src/i18n/messages/all.en';
import ru from '../../../src/i18n/messages/all.ru';
import { I18nProvider } from '../../../src/i18n/react';
import { ProblemsPanel } from '../../../src/panels/problems';
import { flowWithProblems } from './fixture';

describe('the problems panel in Russian', () => {
  it('shows headings, filters, titles and messages in Russian', () => {
    const translator = createTranslator('ru', ru, en);
    const flow = flowWithProblems();
    const problems = lintFlow(flow, DEFAULT_ENVIRONMENT, translator);
    render(
      <I18nProvider initial={translator}>
        <ProblemsPanel problems={problems} flow={flow} onReveal={vi.fn()} />
      </I18nProvider>,
    );
    const panel = screen.getByRole('region', { name: 'Проблемы' });
    expect(within(panel).getByRole('heading', { name: 'Проблемы' })).toBeInTheDocument();
    const filters = within(panel).getByRole('group', { name: 'Какие проблемы показать' });
    expect(within(filters).getByRole('button', { name: /^Все/ })).toBeInTheDocument();
    expect(within(filters).getByRole('button', { name: /^Ошибки/ })).toBeInTheDocument();
    expect(within(panel).getByRole('list', { name: 'Предупреждения' })).toBeInTheDocument();
    // An empty status: its message and its code's title in Russian.
    expect(within(panel).getByText('В статусе «Archived» нет ни роботов, ни триггеров.')).toBeInTheDocument();
    expect(within(panel).getAllByTitle(/^Пустой статус: /).length).toBeGreaterThan(0);
    expect(
      within(panel).getByText(/стоит на первом статусе и не разрешает возврат назад/),
    ).toBeInTheDocument();
    // Where each problem is: the robot's type and the setting as the Russian inspector names them.
    const subject = ru['catalog.robot.email.send.field.subject.label' as keyof typeof ru];
    expect(panel.textContent).toContain('SMS with the order number · Отправить SMS › ');
    expect(panel.textContent).toContain(`Отправить письмо › ${subject}`);
    expect(panel.textContent).not.toMatch(/No problems|Errors|Warnings|is required for|Send email|Subject/);
  });
});
