import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../mocks/db';
import type { Flow } from '../../../src/domain/flow';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { DEFAULT_FLOW_RU } from '../../../src/domain/samples/russian';
import { createTranslator, englishTranslator } from '../../../src/i18n';
import ru from '../../../src/i18n/messages/all.ru';
import { I18nProvider } from '../../../src/i18n/react';
import { createApiClient } from '../../../src/io/api';
import { FlowsDialog } from '../../../src/panels/flows/FlowsDialog';

/* "New flow from the default" makes the default design of the language shown, never a translation of the open one. */

function renderFlows(translator = createTranslator('ru', ru)) {
  const onOpen = vi.fn<(flow: Flow, revision: number) => void>();
  render(
    <I18nProvider initial={translator}>
      <FlowsDialog
        api={createApiClient({ retries: 0, timeoutMs: 2000 })}
        currentId={DEFAULT_FLOW.id}
        onOpen={onOpen}
        onError={vi.fn()}
        onClose={vi.fn()}
      />
    </I18nProvider>,
  );
  return { onOpen, user: userEvent.setup() };
}

describe('a new design', () => {
  it('is the Russian default, named «Новый процесс», when the designer speaks Russian', async () => {
    const { onOpen, user } = renderFlows();
    const dialog = screen.getByRole('dialog', { name: 'Процессы' });
    await user.click(await within(dialog).findByRole('button', { name: 'Новый процесс по шаблону' }));
    await waitFor(() => expect(onOpen).toHaveBeenCalled());
    const [flow, revision] = onOpen.mock.calls[0]!;
    expect(revision).toBe(1);
    expect(flow.name).toBe('Новый процесс');
    expect(flow.statuses.map((s) => s.name)).toEqual(DEFAULT_FLOW_RU.statuses.map((s) => s.name));
    expect(flow.robots.find((r) => r.id === 'n_sms')?.name).toBe('SMS с номером заказа');
    expect(flow.settings.timezone).toBe('Europe/Moscow');
    expect(flow.id).not.toBe(DEFAULT_FLOW_RU.id);
    expect(db.get(flow.id)?.flow.name).toBe('Новый процесс');
  });

  it('is the English default, named "New flow", in English', async () => {
    const { onOpen, user } = renderFlows(englishTranslator);
    await user.click(await screen.findByRole('button', { name: 'New flow from the default' }));
    await waitFor(() => expect(onOpen).toHaveBeenCalled());
    const [flow] = onOpen.mock.calls[0]!;
    expect(flow.name).toBe('New flow');
    expect(flow.statuses).toEqual(DEFAULT_FLOW.statuses);
  });
});
