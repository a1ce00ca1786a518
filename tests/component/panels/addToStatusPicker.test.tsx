import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReactFlowProvider } from '@xyflow/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/App';
import { AddToStatusPicker } from '../../../src/app/AddToStatusPicker';
import { robotDefinition } from '../../../src/domain/catalog';
import { DEFAULT_FLOW } from '../../../src/domain/samples/defaultFlow';
import { createDesignerStore, DesignerStoreProvider } from '../../../src/store';

// The marker is part of a trigger's name, as on its card; spacing around the dash is the browser's.
const TRIGGER_WEBHOOK = /^Webhook\s*—\s*Trigger$/;

function renderPicker(statusId = 'S') {
  const store = createDesignerStore(DEFAULT_FLOW);
  const onClose = vi.fn();
  const user = userEvent.setup();
  render(
    <DesignerStoreProvider store={store}>
      <ReactFlowProvider>
        <AddToStatusPicker statusId={statusId} onClose={onClose} />
      </ReactFlowProvider>
    </DesignerStoreProvider>,
  );
  const dialog = screen.getByRole('dialog', { name: 'Add to “Shipped”' });
  const search = within(dialog).getByRole('combobox', { name: 'Search rules and triggers' });
  return { store, onClose, user, dialog, search };
}

/** An option's name as computed from its content: its text without what is hidden from it. */
function computeAccessibleName(option: HTMLElement): string {
  const copy = option.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return copy.textContent?.trim() ?? '';
}

const optionNames = (dialog: HTMLElement) =>
  within(dialog)
    .getAllByRole('option')
    .map((o) => computeAccessibleName(o));
const activeOption = (search: HTMLElement) =>
  document.getElementById(search.getAttribute('aria-activedescendant') ?? '');

describe('the "Add to status" picker', () => {
  it('opens on the whole catalog in the palette’s groups, the search box focused, triggers marked', () => {
    const { dialog, search } = renderPicker();
    expect(search).toHaveFocus();
    const list = within(dialog).getByRole('listbox', { name: 'Rules and triggers' });
    for (const group of ['For employees', 'Client communications', 'Order', 'Triggers']) {
      expect(within(list).getByRole('group', { name: group })).toBeInTheDocument();
    }
    const webhook = within(dialog).getByRole('option', { name: TRIGGER_WEBHOOK });
    expect(within(webhook).getByText('Trigger')).toBeInTheDocument();
    expect(within(dialog).getByRole('option', { name: 'Send SMS' })).toHaveAttribute(
      'aria-selected',
      'false',
    );
    // The first item is the active one until the arrows move.
    expect(activeOption(search)).toBe(within(dialog).getAllByRole('option')[0]);
  });

  it('filters with the palette’s search, by title and description', async () => {
    const { dialog, search, user } = renderPicker();
    await user.type(search, 'sms');
    const names = optionNames(dialog);
    expect(names).toContain('Send SMS');
    expect(names).not.toContain('Send email');
    await user.clear(search);
    await user.type(search, 'no such thing');
    expect(within(dialog).queryAllByRole('option')).toHaveLength(0);
    expect(within(dialog).getByText('No rules or triggers match “no such thing”.')).toBeInTheDocument();
  });

  it('adds the active item with Enter to that status, selected, and closes', async () => {
    const { store, search, dialog, onClose, user } = renderPicker();
    await user.type(search, 'send');
    await user.keyboard('{ArrowDown}');
    const second = within(dialog).getAllByRole('option')[1]!;
    expect(activeOption(search)).toBe(second);
    expect(second).toHaveAttribute('aria-selected', 'true');
    const chosen = computeAccessibleName(second);
    await user.keyboard('{Enter}');
    const added = store.getState().flow.robots.at(-1)!;
    expect(store.getState().flow.robots).toHaveLength(DEFAULT_FLOW.robots.length + 1);
    expect(added.status).toBe('S');
    expect(robotDefinition(added.type).title).toBe(chosen);
    expect(store.getState().selection).toEqual([added.id]);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('adds a trigger to the status’s trigger row on click', async () => {
    const { store, dialog, user } = renderPicker();
    await user.click(within(dialog).getByRole('option', { name: TRIGGER_WEBHOOK }));
    const added = store.getState().flow.triggers.at(-1)!;
    expect(added).toMatchObject({ type: 'webhook', status: 'S' });
    expect(store.getState().selection).toEqual([added.id]);
  });

  it('wraps around with the arrows and closes on Escape without adding anything', async () => {
    const { store, search, dialog, onClose, user } = renderPicker();
    await user.keyboard('{ArrowUp}');
    expect(activeOption(search)).toBe(within(dialog).getAllByRole('option').at(-1));
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(store.getState().flow).toBe(DEFAULT_FLOW);
  });
});

describe('the picker in the designer', { timeout: 20_000 }, () => {
  it('opens from a selected status in the inspector and adds there', async () => {
    const store = createDesignerStore(DEFAULT_FLOW);
    const user = userEvent.setup();
    render(<App store={store} />);
    await screen.findByRole('region', { name: 'Shipped' });
    act(() => store.getState().select(['F']));
    await user.click(screen.getByRole('button', { name: 'Add robot or trigger' }));
    // The picker is a part of its own (src/app/lazyParts.ts): its code may still be on its way.
    const dialog = await screen.findByRole('dialog', { name: 'Add to “Completed”' });
    await user.keyboard('robocall{Enter}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const added = store.getState().flow.robots.at(-1)!;
    expect(added).toMatchObject({ type: 'call.robocall', status: 'F' });
    expect(store.getState().selection).toEqual([added.id]);
    expect(dialog).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Inspector' })).getByRole('textbox', { name: 'Name' }),
    ).toBeInTheDocument();
  });
});
