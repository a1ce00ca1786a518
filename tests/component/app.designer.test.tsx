import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/App';
import { createCanvasEditing } from '../../src/canvas/editing';
import { DEFAULT_FLOW } from '../../src/domain/samples/defaultFlow';
import { createDesignerStore } from '../../src/store';

/*
 * The designer put together: commands issued through the UI (palette, canvas clicks, keys, top bar).
 * user-event cannot drag React Flow nodes in jsdom; drags are covered by tests/e2e/designer.spec.ts
 * and by calling the canvas's handlers directly (canvas/editing.test.tsx).
 */

async function renderDesigner() {
  const store = createDesignerStore(DEFAULT_FLOW);
  const user = userEvent.setup();
  render(<App store={store} />);
  await screen.findByRole('region', { name: 'Shipped' });
  return { store, user };
}

const cardOf = (id: string) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`)!;
/**
 * A click on a card. fireEvent, not user-event: user-event's mousedown carries no `view`, which the
 * cards' drag handler (d3-drag, React Flow's) needs; React Flow selects on the click itself.
 */
const clickCard = (el: HTMLElement) => fireEvent.click(el);
const inspector = () => screen.getByRole('region', { name: 'Inspector' });

describe('the designer', () => {
  it('shows the selected card in the inspector', async () => {
    const { store } = await renderDesigner();
    // Nothing selected: the inspector takes no room until a card is chosen.
    expect(screen.queryByRole('region', { name: 'Inspector' })).not.toBeInTheDocument();
    clickCard(screen.getByRole('group', { name: /^Payment reminder — Send email/ }));
    expect(store.getState().selection).toEqual(['n_email_reminder']);
    expect(within(inspector()).getByRole('heading', { name: 'Payment reminder' })).toBeInTheDocument();
    expect(within(inspector()).getByRole('textbox', { name: 'Name' })).toHaveValue('Payment reminder');
  });

  it('adds a palette item to the lane of the selected card, selected and marked until configured', async () => {
    const { user } = await renderDesigner();
    clickCard(screen.getByRole('group', { name: /^Delivery call — Robocall/ }));
    const shipped = screen.getByRole('region', { name: 'Shipped' });
    expect(within(shipped).getByText('2 robots · 1 trigger')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Send SMS' }));
    expect(within(shipped).getByText('3 robots · 1 trigger')).toBeInTheDocument();
    const added = screen.getByRole('group', { name: 'Send SMS, immediately, not set up' });
    expect(within(added).getByText('set up', { exact: true })).toBeInTheDocument();
    expect(within(inspector()).getByRole('heading', { name: 'Send SMS' })).toBeInTheDocument();

    // Filling the required text clears the mark.
    await user.type(within(inspector()).getByRole('combobox', { name: 'Text' }), 'On its way');
    expect(screen.getByRole('group', { name: 'Send SMS, immediately' })).toBeInTheDocument();
  });

  it('adds a trigger to the selected lane from the keyboard (Enter on the palette item)', async () => {
    const { user, store } = await renderDesigner();
    act(() => store.getState().select(['F']));
    const search = screen.getByRole('searchbox', { name: 'Search rules and triggers' });
    await user.type(search, 'webhook');
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: 'Webhook' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const completed = screen.getByRole('region', { name: 'Completed' });
    expect(within(completed).getByText('2 robots · 2 triggers')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /^Webhook — Trigger/ })).toBeInTheDocument();
    expect(store.getState().flow.triggers.at(-1)).toMatchObject({ type: 'webhook', status: 'F' });
  });

  it('deletes a selected edge with Delete, as one undo step', async () => {
    const { user, store } = await renderDesigner();
    const edge = document.querySelector<SVGElement>('[data-id="after:n_sms"]')!;
    await user.click(edge);
    await user.keyboard('{Delete}');
    expect(document.querySelector('[data-id="after:n_sms"]')).toBeNull();
    expect(store.getState().flow.robots.find((r) => r.id === 'n_sms')!.after).toBeNull();
    await user.click(screen.getByRole('button', { name: /^Undo / }));
    expect(document.querySelector('[data-id="after:n_sms"]')).not.toBeNull();
  });

  it('deletes the selected card with Delete; undo and redo from the top bar', async () => {
    const { user } = await renderDesigner();
    clickCard(cardOf('n_cancel'));
    await user.keyboard('{Delete}');
    expect(cardOf('n_cancel')).toBeNull();
    await user.click(screen.getByRole('button', { name: /^Undo / }));
    expect(cardOf('n_cancel')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: /^Redo / }));
    expect(cardOf('n_cancel')).toBeNull();
  });

  it('undo and redo say what they undo and redo, and the History list goes back to a step', async () => {
    const { user, store } = await renderDesigner();
    clickCard(screen.getByRole('group', { name: /^Delivery call — Robocall/ }));
    await user.click(screen.getByRole('button', { name: 'Send SMS' }));
    const undo = screen.getByRole('button', { name: 'Undo add Send SMS to Shipped' });
    expect(undo).toHaveAttribute('title', 'Undo add Send SMS to Shipped (Ctrl+Z)');
    await user.click(undo);
    expect(screen.getByText('Undone: add Send SMS to Shipped')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Redo add Send SMS to Shipped' }));
    expect(screen.getByText('Redone: add Send SMS to Shipped')).toBeInTheDocument();

    act(() => void store.getState().dispatch({ type: 'flow.rename', name: 'Summer shop' }));
    await user.click(screen.getByRole('button', { name: 'History of changes' }));
    const list = screen.getByRole('menu', { name: 'History of changes' });
    expect(
      within(list)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['✓ Rename the design to Summer shop', 'Add Send SMS to Shipped', 'Back to the start']);
    await user.click(within(list).getByRole('menuitem', { name: 'Back to the start' }));
    expect(screen.getByText('Undone 2 steps, back to before: add Send SMS to Shipped')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Online store — default' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'History of changes' }));
    await user.click(screen.getByRole('menuitem', { name: 'Add Send SMS to Shipped (undone)' }));
    expect(store.getState().past.map((e) => e.description)).toEqual(['add Send SMS to Shipped']);
  });

  it('names the undo and redo shortcuts in their tooltips', async () => {
    await renderDesigner();
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', 'Undo (Ctrl+Z)');
    expect(screen.getByRole('button', { name: 'Redo' })).toHaveAttribute('title', 'Redo (Ctrl+Shift+Z)');
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
  });

  it('shows why a connection was refused, when the canvas connect handler is called', async () => {
    const { store } = await renderDesigner();
    const editing = createCanvasEditing(store);
    act(() => {
      editing.onConnect({ source: 'n_email_new', target: 'p_allow_delivery' });
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Robots can only run after a robot of the same status.',
    );
    act(() => {
      editing.onConnect({ source: 'n_sms', target: 'n_code' });
    });
    expect(screen.getAllByRole('alert').at(-1)).toHaveTextContent('this would make a loop');
    act(() => {
      editing.onConnect({ source: 'n_email_new', target: 'n_sms' });
    });
    expect(screen.getAllByRole('alert').at(-1)).toHaveTextContent('a robot has one previous robot');
    expect(store.getState().past).toEqual([]);
  });

  it('typing in an inspector field is one undo step', async () => {
    const { user, store } = await renderDesigner();
    clickCard(cardOf('n_email_reminder'));
    const name = within(inspector()).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Second reminder');
    expect(screen.getByRole('group', { name: /^Second reminder — Send email/ })).toBeInTheDocument();
    expect(store.getState().past).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: /^Undo / }));
    expect(screen.getByRole('group', { name: /^Payment reminder — Send email/ })).toBeInTheDocument();
  });

  it('says whether the design is saved and reverts to the saved version', async () => {
    const { user, store } = await renderDesigner();
    expect(screen.getByText('Saved in this browser')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Revert' })).toBeDisabled();
    act(() => {
      store.getState().dispatch({ type: 'flow.rename', name: 'Draft shop' });
    });
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Revert' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Online store — default' })).toBeInTheDocument();
    expect(screen.getByText('Saved in this browser')).toBeInTheDocument();
    // The revert itself can be undone.
    await user.click(screen.getByRole('button', { name: /^Undo / }));
    expect(screen.getByRole('heading', { level: 1, name: 'Draft shop' })).toBeInTheDocument();
  });

  it('counts problems in the top bar and opens the problems panel from there', async () => {
    const { user } = await renderDesigner();
    // The default design's only findings are two infos (its SMSes to an unchecked MOBILE phone).
    const counts = screen.getByRole('button', { name: '2 info' });
    await user.click(screen.getByRole('button', { name: 'Send email' }));
    expect(counts).toHaveTextContent(/^\d+ errors?/);
    expect(counts).toHaveAttribute('aria-expanded', 'false');
    await user.click(counts);
    expect(counts).toHaveAttribute('aria-expanded', 'true');
    const problems = screen.getByRole('region', { name: 'Problems' });
    expect(within(problems).getAllByText(/Send email/).length).toBeGreaterThan(0);
  });
});
