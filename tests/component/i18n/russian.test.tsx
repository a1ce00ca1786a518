import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/App';
import { DEFAULT_FLOW } from '../../../src/domain/samples/defaultFlow';
import { createTranslator } from '../../../src/i18n';
import ru from '../../../src/i18n/messages/all.ru';
import { I18nProvider } from '../../../src/i18n/react';
import type { Locale } from '../../../src/i18n';
import { createDesignerStore } from '../../../src/store';

function renderInRussian(chosen: Locale[] = []) {
  render(
    <I18nProvider initial={createTranslator('ru', ru)} onChosen={(locale) => chosen.push(locale)}>
      <App store={createDesignerStore(DEFAULT_FLOW)} />
    </I18nProvider>,
  );
  return chosen;
}

afterEach(() => {
  document.documentElement.lang = 'en';
});

describe('the designer in Russian', () => {
  it('speaks Russian in the top bar, with Russian plural forms', async () => {
    renderInRussian();
    const [bar] = await screen.findAllByRole('banner'); // the top bar comes first
    if (!bar) throw new Error('no top bar');
    expect(within(bar).getByRole('button', { name: 'Опубликовать' })).toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: 'Сохранить' })).toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: 'Экспорт' })).toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: 'Отменить' })).toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: 'Тёмная тема' })).toBeInTheDocument();
    expect(within(bar).getByText('5 статусов · 14 роботов · 4 триггера')).toBeInTheDocument();
    expect(within(bar).getByRole('combobox', { name: 'Язык' })).toHaveValue('ru');
    expect(document.documentElement.lang).toBe('ru');
  });

  it('shows the palette’s groups, robots and triggers in Russian and searches their Russian words', async () => {
    renderInRussian();
    const palette = await screen.findByRole('complementary', { name: 'Палитра' });
    expect(within(palette).getByRole('group', { name: 'Коммуникации с клиентом' })).toBeInTheDocument();
    expect(within(palette).getByRole('button', { name: 'Отправить SMS' })).toBeInTheDocument();
    expect(within(palette).getByRole('button', { name: 'Оплата' })).toBeInTheDocument();
    expect(
      within(palette).getByText('Отправляет клиенту или сотруднику SMS длиной до 200 символов.'),
    ).toBeInTheDocument();

    await userEvent.type(
      within(palette).getByRole('searchbox', { name: 'Поиск роботов и триггеров' }),
      'письмо',
    );
    expect(within(palette).getByRole('button', { name: 'Отправить письмо' })).toBeInTheDocument();
    expect(within(palette).queryByRole('button', { name: 'Отправить SMS' })).not.toBeInTheDocument();
  });

  it('switches back to English and says so to the page and to the browser’s memory', async () => {
    const chosen = renderInRussian();
    const [bar] = await screen.findAllByRole('banner'); // the top bar comes first
    if (!bar) throw new Error('no top bar');
    await userEvent.selectOptions(within(bar).getByRole('combobox', { name: 'Язык' }), 'en');
    expect(await within(bar).findByRole('button', { name: 'Publish' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send SMS' })).toBeInTheDocument();
    expect(within(bar).getByRole('combobox', { name: 'Language' })).toHaveValue('en');
    expect(document.documentElement.lang).toBe('en');
    expect(chosen).toEqual(['en']);
  });
});
