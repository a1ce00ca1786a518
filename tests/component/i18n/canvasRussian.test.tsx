import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/App';
import { DEFAULT_FLOW } from '../../../src/domain/samples/defaultFlow';
import { createTranslator } from '../../../src/i18n';
import ru from '../../../src/i18n/messages/all.ru';
import { I18nProvider } from '../../../src/i18n/react';
import { createDesignerStore } from '../../../src/store';

afterEach(() => {
  document.documentElement.lang = 'en';
});

describe('the board in Russian', () => {
  it('speaks Russian on the lanes, cards and board controls, with Russian plural forms', async () => {
    render(
      <I18nProvider initial={createTranslator('ru', ru)}>
        <App store={createDesignerStore(DEFAULT_FLOW)} />
      </I18nProvider>,
    );
    const board = await screen.findByRole('toolbar', { name: 'Вид доски' });
    expect(within(board).getByRole('button', { name: 'Увеличить' })).toBeInTheDocument();
    expect(within(board).getByRole('button', { name: /Показать карту|Скрыть карту/ })).toBeInTheDocument();
    expect(screen.getAllByText('При переходе в статус').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Добавить робота').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Триггеры').length).toBeGreaterThan(0);
    // A lane's counts: Russian has a form for 1, for 2–4 and for 5 and more.
    expect(
      screen.getAllByText(/\d+ (робот|робота|роботов) · \d+ (триггер|триггера|триггеров)/).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByText('When the status is entered')).not.toBeInTheDocument();
    expect(screen.queryByText('Add robot')).not.toBeInTheDocument();
  });
});
