import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lintFlow } from '../../../src/domain/lint';
import { DEFAULT_ENVIRONMENT } from '../../../src/domain/reference/defaultEnvironment';
import { DEFAULT_FLOW } from '../../../src/domain/samples/defaultFlow';
import { createTranslator } from '../../../src/i18n';
import ru from '../../../src/i18n/messages/all.ru';
import { I18nProvider } from '../../../src/i18n/react';
import { serializeFlow } from '../../../src/io';
import { PublishDialog } from '../../../src/panels/backend/PublishDialog';
import { ImportDialog } from '../../../src/panels/import';
import { JsonPanel } from '../../../src/panels/json/JsonPanel';
import { ShortcutsHelp } from '../../../src/panels/ShortcutsHelp';
import { flowWithProblems } from '../problems/fixture';

const inRussian = (children: ReactNode) =>
  render(<I18nProvider initial={createTranslator('ru', ru)}>{children}</I18nProvider>);

describe('the dialogs in Russian', () => {
  it('lists the keyboard shortcuts in Russian', () => {
    inRussian(<ShortcutsHelp onClose={() => {}} mac={false} />);
    const dialog = screen.getByRole('dialog', { name: 'Горячие клавиши' });
    expect(within(dialog).getByText('Показать или скрыть этот список')).toBeInTheDocument();
    expect(within(dialog).getByText('Дублировать выбранное')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Закрыть' })).toBeInTheDocument();
  });

  it('imports a pasted flow in Russian, counting with Russian plural forms', async () => {
    const user = userEvent.setup();
    inRussian(<ImportDialog onConfirm={vi.fn()} onCancel={vi.fn()} />);
    expect(screen.getByRole('dialog', { name: 'Импорт процесса' })).toBeInTheDocument();
    await user.click(screen.getByLabelText('JSON процесса'));
    await user.paste(serializeFlow(DEFAULT_FLOW));
    expect(
      await screen.findByText(
        `«${DEFAULT_FLOW.name}»: 5 статусов, 14 роботов, 4 триггера. Импорт заменит открытую схему; это можно будет отменить.`,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Импортировать' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Отмена' })).toBeInTheDocument();
  });

  it('says what is wrong with a broken file in Russian, pointing at statuses and robots by position', async () => {
    const user = userEvent.setup();
    inRussian(<ImportDialog onConfirm={vi.fn()} onCancel={vi.fn()} />);
    await user.click(screen.getByLabelText('JSON процесса'));
    const broken = { ...DEFAULT_FLOW, statuses: 3, robots: [{ ...DEFAULT_FLOW.robots[0], delay: 'soon' }] };
    await user.paste(JSON.stringify(broken));
    const errors = await screen.findByRole('region', { name: 'Ошибки' });
    expect(within(errors).getByRole('heading')).toHaveTextContent('Ошибки (2)');
    expect(within(errors).getByText('Статусы')).toBeInTheDocument();
    expect(within(errors).getByText('Робот 1 · Запуск')).toBeInTheDocument();
    expect(within(errors).getByText('Ожидается список, а указано: 3.')).toBeInTheDocument();
    expect(within(errors).getByText('Ожидается объект, а указано: текст «soon».')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Импортировать' })).toBeDisabled();
  });

  it('asks before the first publish in Russian', () => {
    inRussian(
      <PublishDialog
        step="review"
        flow={DEFAULT_FLOW}
        published={null}
        publishedRevision={null}
        revision={3}
        onConfirm={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    expect(screen.getByRole('dialog', { name: 'Опубликовать версию 3?' })).toBeInTheDocument();
    expect(
      screen.getByText('Этот процесс ещё ни разу не публиковался: в работу пойдёт всё, что в нём есть.'),
    ).toBeInTheDocument();
  });

  it('refuses to publish in Russian, listing the errors in Russian', () => {
    const flow = flowWithProblems();
    const russian = createTranslator('ru', ru);
    const errors = lintFlow(flow, DEFAULT_ENVIRONMENT, russian).filter((p) => p.severity === 'error');
    inRussian(
      <PublishDialog step="refused" problems={errors} flow={flow} onReveal={vi.fn()} onClose={vi.fn()} />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Эту схему пока нельзя опубликовать' });
    expect(
      within(dialog).getByText(
        'Сначала исправьте эти ошибки (они есть и на панели проблем). Выберите ошибку, чтобы перейти к её карточке.',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Закрыть' })).toBeInTheDocument();
    expect(dialog).not.toHaveTextContent(/publish|Close|Fix/);
  });

  it('says how many errors the JSON has, in Russian', async () => {
    const user = userEvent.setup();
    inRussian(
      <JsonPanel flow={DEFAULT_FLOW} problems={[]} onValidEdit={vi.fn()} editor="plain" debounceMs={0} />,
    );
    expect(screen.getByRole('region', { name: 'JSON процесса' })).toBeInTheDocument();
    const box = screen.getByRole('textbox', { name: 'JSON процесса' });
    await user.clear(box);
    await user.type(box, '{{');
    expect(
      await screen.findByText('В JSON 1 ошибка; на схеме остаётся последний верный вариант.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Проблемы в JSON' })).toBeInTheDocument();
  });
});
