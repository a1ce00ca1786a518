import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/App';
import { layoutFlow } from '../../../src/canvas';
import { robotId, triggerId } from '../../../src/domain/ids';
import { DEFAULT_FLOW } from '../../../src/domain/samples/defaultFlow';
import { createDesignerStore } from '../../../src/store';

/*
 * What the canvas's lane headers and cards add on top of the document: status headers that rename
 * and reorder, the responsible person and problems badge of a robot card, the "may move back" mark
 * of a trigger, and the problems panel leading to the field a problem is about.
 */

async function renderDesigner() {
  const store = createDesignerStore(DEFAULT_FLOW);
  const user = userEvent.setup();
  render(<App store={store} />);
  await screen.findByRole('region', { name: 'Shipped' });
  return { store, user };
}

const statusNames = (store: ReturnType<typeof createDesignerStore>) =>
  store.getState().flow.statuses.map((s) => s.name);
const cardOf = (id: string) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`)!;
const inspector = () => screen.getByRole('region', { name: 'Inspector' });
// Each test mounts the whole designer; on a busy two-core machine that alone can take seconds.
const SLOW = { timeout: 20_000 };

describe('lane headers on the canvas', SLOW, () => {
  it('renames a status inline by double-clicking its name; Enter commits one undo step', async () => {
    const { user, store } = await renderDesigner();
    const shipped = screen.getByRole('region', { name: 'Shipped' });
    await user.dblClick(within(shipped).getByRole('heading', { name: 'Shipped' }));
    const box = screen.getByRole('textbox', { name: 'Rename status Shipped' });
    expect(box).toHaveFocus();
    await user.clear(box);
    await user.type(box, 'With the carrier{Enter}');
    expect(screen.getByRole('region', { name: 'With the carrier' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Shipped' })).not.toBeInTheDocument();
    expect(store.getState().past).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: /^Undo / }));
    expect(screen.getByRole('region', { name: 'Shipped' })).toBeInTheDocument();
  });

  it('renames with F2 on the focused header, and Escape keeps the old name', async () => {
    const { user } = await renderDesigner();
    act(() => screen.getByRole('group', { name: 'Status Completed, 4 of 5' }).focus());
    await user.keyboard('{F2}');
    const box = screen.getByRole('textbox', { name: 'Rename status Completed' });
    await user.type(box, 'Done{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Rename status Completed' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Completed' })).toBeInTheDocument();
  });

  it('moves a status with Alt+← / Alt+→ on its header, each one undo step', async () => {
    const { user, store } = await renderDesigner();
    act(() => screen.getByRole('group', { name: 'Status Shipped, 3 of 5' }).focus());
    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    expect(statusNames(store).slice(0, 3)).toEqual([
      'Accepted, awaiting payment',
      'Shipped',
      'Paid, preparing for shipment',
    ]);
    expect(screen.getByRole('group', { name: 'Status Shipped, 2 of 5' })).toBeInTheDocument();
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(statusNames(store)[2]).toBe('Shipped');
    expect(store.getState().past).toHaveLength(2);
  });

  it('reorders statuses by dragging a header’s grip sideways: the drop position decides, one undo step', async () => {
    const { store } = await renderDesigner();
    // jsdom has no layout: the canvas sits at the origin at zoom 1, so screen x is flow x.
    const lanes = layoutFlow(store.getState().flow).lanes;
    const header = within(screen.getByRole('region', { name: 'Shipped' })).getByRole('button', {
      name: /^Reorder “Shipped”/,
    });
    const start = lanes.get('S')!.x + 40;
    const target = lanes.get('P')!.x + 10;
    fireEvent.pointerDown(header, { clientX: start, clientY: 40, button: 0, pointerId: 1 });
    fireEvent.pointerMove(window, { clientX: start - 20, clientY: 40, pointerId: 1 });
    fireEvent.pointerMove(window, { clientX: target, clientY: 40, pointerId: 1 });
    fireEvent.pointerUp(window, { clientX: target, clientY: 40, pointerId: 1 });
    expect(statusNames(store).slice(0, 3)).toEqual([
      'Accepted, awaiting payment',
      'Shipped',
      'Paid, preparing for shipment',
    ]);
    expect(store.getState().past).toHaveLength(1);
    act(() => {
      store.getState().undo();
    });
    expect(statusNames(store)[2]).toBe('Shipped');
  });

  it('a press on the grip that does not travel is not a move', async () => {
    const { store } = await renderDesigner();
    const grip = within(screen.getByRole('region', { name: 'Shipped' })).getByRole('button', {
      name: /^Reorder “Shipped”/,
    });
    fireEvent.pointerDown(grip, { clientX: 500, clientY: 40, button: 0, pointerId: 1 });
    fireEvent.pointerMove(window, { clientX: 503, clientY: 40, pointerId: 1 });
    fireEvent.pointerUp(window, { clientX: 503, clientY: 40, pointerId: 1 });
    expect(store.getState().past).toHaveLength(0);
  });

  it('a drag on the header away from the grip does not reorder the statuses', async () => {
    const { store } = await renderDesigner();
    const counts = within(screen.getByRole('region', { name: 'Shipped' })).getByText('2 robots · 1 trigger');
    fireEvent.pointerDown(counts, { clientX: 500, clientY: 40, button: 0, pointerId: 1 });
    fireEvent.pointerMove(window, { clientX: 200, clientY: 40, pointerId: 1 });
    fireEvent.pointerUp(window, { clientX: 100, clientY: 40, pointerId: 1 });
    expect(store.getState().past).toHaveLength(0);
  });

  it('moves a status with the arrow keys on its grip', async () => {
    const { store } = await renderDesigner();
    const grip = within(screen.getByRole('region', { name: 'Shipped' })).getByRole('button', {
      name: /^Reorder “Shipped”/,
    });
    fireEvent.keyDown(grip, { key: 'ArrowLeft' });
    expect(statusNames(store)[1]).toBe('Shipped');
  });
});

describe('robot cards and trigger chips', SLOW, () => {
  it('shows the person a robot involves, named from the reference data', async () => {
    const { store } = await renderDesigner();
    expect(within(cardOf('p_task')).getByText('Responsible person')).toBeInTheDocument();
    expect(within(cardOf('p_task')).getByTitle('Assignee: Responsible person')).toBeInTheDocument();
    expect(within(cardOf('d_notify')).getByTitle('To: Responsible person')).toBeInTheDocument();
    act(() => {
      store.getState().dispatch({
        type: 'robot.update',
        id: robotId('p_task'),
        changes: { settings: { title: 'Pack it', assignee: 'e3' } },
      });
    });
    expect(within(cardOf('p_task')).getByTitle('Assignee: Aiko Tanaka')).toBeInTheDocument();
    // A robot without a person shows none.
    expect(within(cardOf('n_code')).queryByTitle(/^(Assignee|To|Responsible):/)).not.toBeInTheDocument();
  });

  it('counts a card’s problems in a badge coloured by the worst, describing each problem', async () => {
    const { user } = await renderDesigner();
    expect(within(cardOf('n_code')).queryByRole('button', { name: /problems?$/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send email' }));
    const card = screen.getByRole('group', { name: 'Send email, immediately, not set up' });
    const badge = within(card).getByRole('button', { name: /^\d+ problems?$/ });
    expect(badge).toHaveAccessibleDescription(/^Error: .+/);
    expect(badge.className).toMatch(/\brose-/);
    // Filling what was missing clears the badge.
    await user.type(within(inspector()).getByLabelText('Subject'), 'Hello');
    await user.type(within(inspector()).getByLabelText('Text'), 'Hi there');
    expect(within(card).queryByRole('button', { name: /problems?$/ })).not.toBeInTheDocument();
  });

  it('opens the problems panel at the card’s problems when its badge is clicked', async () => {
    const { user, store } = await renderDesigner();
    await user.click(screen.getByRole('button', { name: 'Send email' }));
    const id = store.getState().selection[0]!;
    act(() => store.getState().clearSelection());
    expect(screen.queryByRole('region', { name: 'Problems' })).not.toBeInTheDocument();
    const badge = within(cardOf(id)).getByRole('button', { name: /^\d+ problems?$/ });
    fireEvent.click(badge);
    const panel = await screen.findByRole('region', { name: 'Problems' });
    await waitFor(() =>
      expect(within(panel).getByRole('button', { name: /^Error: Send email › Subject\./ })).toHaveFocus(),
    );
    expect(store.getState().selection).toEqual([id]);
  });

  it('marks a trigger that may move the order back', async () => {
    const { store } = await renderDesigner();
    expect(within(cardOf('t_payment')).queryByText('may move back')).not.toBeInTheDocument();
    act(() => {
      store.getState().dispatch({
        type: 'trigger.update',
        id: triggerId('t_payment'),
        changes: { allowBackward: true },
      });
    });
    expect(within(cardOf('t_payment')).getByText('may move back')).toBeInTheDocument();
  });
});

describe('revealing a problem', SLOW, () => {
  it('selects the node and puts the caret in the field the problem is about', async () => {
    const { user, store } = await renderDesigner();
    await user.click(screen.getByRole('button', { name: 'Send email' }));
    const id = store.getState().selection[0]!;
    act(() => store.getState().clearSelection());
    await user.click(screen.getByRole('button', { name: /^\d+ errors?/ }));
    const panel = screen.getByRole('region', { name: 'Problems' });
    await user.click(within(panel).getByRole('button', { name: /^Error: Send email › Text\./ }));
    expect(store.getState().selection).toEqual([id]);
    await waitFor(() => expect(within(inspector()).getByLabelText('Text')).toHaveFocus());
  });
});
