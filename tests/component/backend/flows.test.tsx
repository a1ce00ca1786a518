import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../mocks/db';
import { DEFAULT_FLOW } from '../../../src/domain/samples/defaultFlow';
import { renderControls } from './harness';

async function openFlows() {
  const controls = renderControls();
  await controls.user.click(controls.button('Flows'));
  const dialog = screen.getByRole('dialog', { name: 'Flows' });
  const list = await within(dialog).findByRole('list', { name: 'Flows on the server' });
  return { ...controls, dialog, list };
}

describe('the flows screen', () => {
  it('lists the flows and opens one as one undo step; its next save is based on its revision', async () => {
    const { store, user, list, button } = await openFlows();
    const pickup = within(list).getByRole('listitem', { name: 'Pickup in store' });
    expect(within(list).getByRole('listitem', { name: DEFAULT_FLOW.name })).toHaveTextContent(
      'revision 2 published',
    );
    await user.click(within(pickup).getByRole('button', { name: 'Open' }));
    expect(await screen.findByText(/Opened “Pickup in store”/)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(store.getState().flow.name).toBe('Pickup in store');

    const id = store.getState().flow.id;
    const revision = db.get(id)!.revision;
    await user.click(button('Save'));
    expect(await screen.findByText(`Saved to the server (revision ${revision + 1}).`)).toBeInTheDocument();

    act(() => void store.getState().undo());
    expect(store.getState().flow).toEqual(DEFAULT_FLOW);
  });

  it('starts a new flow from the default', async () => {
    const { store, user, dialog } = await openFlows();
    await user.click(within(dialog).getByRole('button', { name: 'New flow from the default' }));
    expect(await screen.findByText(/Opened “New flow” \(revision 1\)/)).toBeInTheDocument();
    expect(store.getState().flow.statuses).toEqual(DEFAULT_FLOW.statuses);
    expect(db.get(store.getState().flow.id)).toBeDefined();
  });

  it('duplicates, and deletes only after confirmation', async () => {
    const { user, list } = await openFlows();
    const pickup = within(list).getByRole('listitem', { name: 'Pickup in store' });
    await user.click(within(pickup).getByRole('button', { name: 'Duplicate' }));
    const copy = await within(screen.getByRole('list', { name: 'Flows on the server' })).findByRole(
      'listitem',
      {
        name: 'Pickup in store (copy)',
      },
    );

    await user.click(within(copy).getByRole('button', { name: 'Delete' }));
    const confirm = screen.getByRole('dialog', { name: 'Delete “Pickup in store (copy)”?' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    const after = await screen.findByRole('list', { name: 'Flows on the server' });
    expect(within(after).getByRole('listitem', { name: 'Pickup in store (copy)' })).toBeInTheDocument();

    await user.click(
      within(within(after).getByRole('listitem', { name: 'Pickup in store (copy)' })).getByRole('button', {
        name: 'Delete',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Delete flow' }));
    const final = await screen.findByRole('list', { name: 'Flows on the server' });
    expect(within(final).queryByRole('listitem', { name: 'Pickup in store (copy)' })).not.toBeInTheDocument();
    expect(db.list().map((f) => f.flow.name)).not.toContain('Pickup in store (copy)');
  });
});
