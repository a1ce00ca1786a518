import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_FLOW } from '../../../src/domain/samples/defaultFlow';
import { createTranslator } from '../../../src/i18n';
import ru from '../../../src/i18n/messages/all.ru';
import { I18nProvider } from '../../../src/i18n/react';
import { serializeFlow } from '../../../src/io';
import { ImportDialog } from '../../../src/panels/import';

/* The Import dialog in Russian: what is wrong with a file, in Russian, under where it is (in words). */

async function paste(text: string) {
  const user = userEvent.setup();
  render(
    <I18nProvider initial={createTranslator('ru', ru)}>
      <ImportDialog onConfirm={vi.fn()} onCancel={vi.fn()} />
    </I18nProvider>,
  );
  await user.click(screen.getByLabelText('JSON процесса'));
  await user.paste(text);
}

describe('the Import dialog in Russian', () => {
  it('says in Russian what the format refuses, each problem under where it is', async () => {
    const flow = JSON.parse(serializeFlow(DEFAULT_FLOW));
    flow.statuses[0].color = 'red';
    flow.robots[0].delay = 5;
    await paste(JSON.stringify(flow));
    const item = (place: string) => screen.getByText(place).closest('li')!;
    expect(await screen.findByText('Статус 1 · Цвет')).toBeInTheDocument();
    expect(
      within(item('Статус 1 · Цвет')).getByText('Цвет указывается в формате #rrggbb.'),
    ).toBeInTheDocument();
    expect(within(item('Робот 1 · Запуск')).getByText('Ожидается объект, а указано: 5.')).toBeInTheDocument();
    expect(screen.queryByText(/\$\./)).toBeNull();
    expect(screen.getByRole('button', { name: 'Импортировать' })).toBeDisabled();
  });

  it('warns in Russian about what upgrading an old file decided', async () => {
    await paste(readFileSync(resolve(import.meta.dirname, '../../fixtures/migrations/flow.v0.json'), 'utf8'));
    expect(
      await screen.findByText(
        'Робот «Отправить письмо» должен был запускаться после предыдущего робота, но в своём статусе он первый; теперь он запускается сразу, как только заказ переходит в этот статус.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Робот 3')).toBeInTheDocument();
  });
});
