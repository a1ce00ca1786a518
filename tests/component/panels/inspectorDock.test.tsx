import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/App';
import { DEFAULT_FLOW } from '../../../src/domain/samples/defaultFlow';
import { createDesignerStore, INSPECTOR_PINNED_KEY } from '../../../src/store';

/*
 * The right-hand dock opens with a selection and takes no room without one, unless pinned. Each
 * test mounts the whole designer; on a busy two-core machine that alone can take seconds.
 */
const SLOW = { timeout: 20_000 };

async function renderDesigner() {
  const store = createDesignerStore(DEFAULT_FLOW);
  const user = userEvent.setup();
  const view = render(<App store={store} />);
  await screen.findByRole('region', { name: 'Shipped' });
  return { store, user, view };
}

const dock = () => document.querySelector('[data-pane="details"]');
const inspector = () => screen.getByRole('region', { name: 'Inspector' });
const cardOf = (id: string) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`)!;

describe('the inspector dock', SLOW, () => {
  it('is absent while nothing is selected and opens on the selected robot', async () => {
    const { store } = await renderDesigner();
    expect(dock()).toBeNull();
    expect(screen.queryByRole('button', { name: 'Close the inspector' })).not.toBeInTheDocument();
    fireEvent.click(cardOf('n_email_reminder'));
    expect(store.getState().selection).toEqual(['n_email_reminder']);
    expect(within(inspector()).getByRole('heading', { name: 'Payment reminder' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Robot' })).toBeInTheDocument();
  });

  it('closes with its Close button, which clears the selection', async () => {
    const { store, user } = await renderDesigner();
    act(() => store.getState().select(['n_email_reminder']));
    await user.click(screen.getByRole('button', { name: 'Close the inspector' }));
    expect(store.getState().selection).toEqual([]);
    expect(dock()).toBeNull();
  });

  it('closes with Escape outside text fields, but Escape in a text field stays with the field', async () => {
    const { store, user } = await renderDesigner();
    act(() => store.getState().select(['n_email_reminder']));
    const name = within(inspector()).getByRole('textbox', { name: 'Name' });
    await user.click(name);
    await user.keyboard('{Escape}');
    expect(store.getState().selection).toEqual(['n_email_reminder']);
    // From a button of the dock: closed, and the keyboard focus goes back to the card.
    await user.click(screen.getByRole('button', { name: 'Keep open' }));
    await user.click(screen.getByRole('button', { name: 'Keep open' }));
    await user.keyboard('{Escape}');
    expect(store.getState().selection).toEqual([]);
    expect(dock()).toBeNull();
    expect(cardOf('n_email_reminder')).toHaveFocus();
  });

  it('opens the status editor for a selected lane', async () => {
    const { store } = await renderDesigner();
    act(() => store.getState().select(['S']));
    expect(screen.getByRole('heading', { level: 2, name: 'Status' })).toBeInTheDocument();
    expect(await screen.findByRole('textbox', { name: 'Status name' })).toHaveValue('Shipped');
  });

  it('says how many items are selected when there are several', async () => {
    const { store } = await renderDesigner();
    act(() => store.getState().select(['n_email_reminder', 'n_sms']));
    expect(within(inspector()).getByText('2 items selected')).toBeInTheDocument();
  });

  it('stays open with its empty state when pinned, remembered by the browser', async () => {
    const { store, user, view } = await renderDesigner();
    act(() => store.getState().select(['n_email_reminder']));
    const pin = screen.getByRole('button', { name: 'Keep open' });
    expect(pin).toHaveAttribute('aria-pressed', 'false');
    await user.click(pin);
    expect(pin).toHaveAttribute('aria-pressed', 'true');
    expect(localStorage.getItem(INSPECTOR_PINNED_KEY)).toBe('true');
    await user.keyboard('{Escape}');
    expect(store.getState().selection).toEqual([]);
    expect(within(inspector()).getByText('Nothing selected')).toBeInTheDocument();

    // A new page in this browser: still pinned.
    view.unmount();
    await renderDesigner();
    expect(within(inspector()).getByText('Nothing selected')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Keep open' })).toHaveAttribute('aria-pressed', 'true');

    // Close unpins: the dock goes and stays gone.
    await user.click(screen.getByRole('button', { name: 'Close the inspector' }));
    expect(dock()).toBeNull();
    expect(localStorage.getItem(INSPECTOR_PINNED_KEY)).toBe('false');
  });
});
