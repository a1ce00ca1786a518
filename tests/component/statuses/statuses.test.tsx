import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderBoard } from './harness';

const header = (name: RegExp | string) =>
  screen.getByRole('group', { name: typeof name === 'string' ? new RegExp(`^Status ${name},`) : name });

async function openMenu(user: ReturnType<typeof renderBoard>['user'], status: string) {
  await user.click(screen.getByRole('button', { name: `Status options: ${status}` }));
  return screen.getByRole('menu', { name: `Status ${status}` });
}

describe('status management', () => {
  it('adds a status with a name, meaning and colour, and tells the host its id', async () => {
    const { user, store, onAdded, names } = renderBoard();
    await user.click(screen.getByRole('button', { name: 'Add status' }));
    const dialog = screen.getByRole('dialog', { name: 'Add status' });
    expect(within(dialog).getByRole('textbox', { name: 'Status name' })).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Add status' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Enter a name for the status.');
    expect(names()).toEqual(['Accepted', 'Paid', 'Canceled']);

    await user.type(within(dialog).getByRole('textbox', { name: 'Status name' }), 'Ready for pickup');
    await user.click(within(dialog).getByRole('radio', { name: 'Success' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Teal' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add status' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(header('Ready for pickup')).toHaveAccessibleName('Status Ready for pickup, 4 of 4');
    expect(store.getState().flow.statuses.at(-1)).toEqual({
      id: 'ready-for-pickup-1',
      name: 'Ready for pickup',
      semantics: 'success',
      color: '#0d9488',
    });
    expect(onAdded).toHaveBeenCalledWith('ready-for-pickup-1');
    act(() => void store.getState().undo());
    expect(names()).toEqual(['Accepted', 'Paid', 'Canceled']);
  });

  it('a new in-progress status is blue, and "Add status after" places it next to its lane', async () => {
    const { user, store } = renderBoard();
    await user.click(
      within(await openMenu(user, 'Accepted')).getByRole('menuitem', { name: 'Add status after…' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Add status' });
    expect(within(dialog).getByRole('radio', { name: 'Blue' })).toBeChecked();
    await user.type(within(dialog).getByRole('textbox', { name: 'Status name' }), 'Checked{Enter}');
    expect(store.getState().flow.statuses.map((s) => s.name)).toEqual([
      'Accepted',
      'Checked',
      'Paid',
      'Canceled',
    ]);
  });

  it('renames inline with F2 on the focused header; Enter commits, Escape cancels, empty is refused', async () => {
    const { user, store, names } = renderBoard();
    header('Paid').focus();
    await user.keyboard('{F2}');
    const box = screen.getByRole('textbox', { name: 'Rename status Paid' });
    expect(box).toHaveFocus();
    await user.clear(box);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('A status needs a name.');
    await user.type(box, 'Paid in full{Enter}');
    expect(screen.getByRole('heading', { name: 'Paid in full' })).toBeInTheDocument();
    expect(names()).toEqual(['Accepted', 'Paid in full', 'Canceled']);
    expect(store.getState().past).toHaveLength(1);

    await user.dblClick(screen.getByRole('heading', { name: 'Paid in full' }));
    await user.type(screen.getByRole('textbox', { name: /Rename status/ }), ' (late){Escape}');
    expect(names()).toEqual(['Accepted', 'Paid in full', 'Canceled']);

    act(() => void store.getState().undo());
    expect(screen.getByRole('heading', { name: 'Paid' })).toBeInTheDocument();
  });

  it('refuses a name another status has, ignoring case and spacing, as the user types', async () => {
    const { user, names } = renderBoard();
    await user.click(screen.getByRole('button', { name: 'Add status' }));
    const dialog = screen.getByRole('dialog', { name: 'Add status' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Status name' }), '  canceled ');
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'There is already a status called “Canceled”; choose another name.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Add status' }));
    expect(names()).toEqual(['Accepted', 'Paid', 'Canceled']);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    header('Paid').focus();
    await user.keyboard('{F2}');
    const box = screen.getByRole('textbox', { name: 'Rename status Paid' });
    await user.clear(box);
    await user.type(box, 'ACCEPTED');
    expect(screen.getByRole('alert')).toHaveTextContent('There is already a status called “Accepted”');
    await user.keyboard('{Enter}');
    expect(box).toHaveFocus();
    expect(names()).toEqual(['Accepted', 'Paid', 'Canceled']);
    await user.type(box, ' twice{Enter}');
    expect(names()).toEqual(['Accepted', 'ACCEPTED twice', 'Canceled']);
  });

  it('a new status takes the colour of its meaning until the user picks one', async () => {
    const { user, store } = renderBoard();
    await user.click(screen.getByRole('button', { name: 'Add status' }));
    let dialog = screen.getByRole('dialog', { name: 'Add status' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Status name' }), 'Refused');
    await user.click(within(dialog).getByRole('radio', { name: 'Failure' }));
    expect(within(dialog).getByRole('radio', { name: 'Red' })).toBeChecked();
    await user.click(within(dialog).getByRole('radio', { name: 'Success' }));
    expect(within(dialog).getByRole('radio', { name: 'Green' })).toBeChecked();
    await user.click(within(dialog).getByRole('radio', { name: 'Failure' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add status' }));
    expect(store.getState().flow.statuses.at(-1)).toMatchObject({ semantics: 'failure', color: '#dc2626' });

    // Changing the meaning later recolours a colour the meaning chose…
    await user.click(within(await openMenu(user, 'Refused')).getByRole('menuitem', { name: 'Edit status…' }));
    dialog = screen.getByRole('dialog', { name: 'Edit status “Refused”' });
    await user.click(within(dialog).getByRole('radio', { name: 'Success' }));
    expect(store.getState().flow.statuses.at(-1)).toMatchObject({ semantics: 'success', color: '#16a34a' });
    // …but never one the user picked.
    await user.click(within(dialog).getByRole('radio', { name: 'Purple' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Failure' }));
    expect(store.getState().flow.statuses.at(-1)).toMatchObject({ semantics: 'failure', color: '#9333ea' });

    await user.click(screen.getByRole('button', { name: 'Add status' }));
    dialog = screen.getByRole('dialog', { name: 'Add status' });
    await user.click(within(dialog).getByRole('radio', { name: 'Teal' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Failure' }));
    expect(within(dialog).getByRole('radio', { name: 'Teal' })).toBeChecked();
  });

  it('recolours and sets the meaning in the editor, one undo step each', async () => {
    const { user, store, status } = renderBoard();
    await user.click(within(await openMenu(user, 'Paid')).getByRole('menuitem', { name: 'Edit status…' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit status “Paid”' });
    await user.click(within(dialog).getByRole('radio', { name: 'Pink' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Failure' }));
    expect(status('B')).toMatchObject({ color: '#db2777', semantics: 'failure' });
    expect(within(dialog).getByRole('radio', { name: 'Pink' })).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(
      within(screen.getByRole('region', { name: 'Lane Paid' })).getByText('Failure'),
    ).toBeInTheDocument();

    act(() => void store.getState().undo());
    expect(status('B')).toMatchObject({ color: '#db2777', semantics: 'process' });
    act(() => void store.getState().undo());
    expect(status('B')?.color).toBe('#27ae60');
  });

  it('keeps a colour from an imported design selectable instead of changing it', async () => {
    const { user } = renderBoard();
    await user.click(within(await openMenu(user, 'Paid')).getByRole('menuitem', { name: 'Edit status…' }));
    expect(screen.getByRole('radio', { name: 'Current colour #27ae60' })).toBeChecked();
  });

  it('reorders with Alt+arrow keys on the focused header and from the menu', async () => {
    const { user, names, store } = renderBoard();
    header('Accepted').focus();
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(names()).toEqual(['Paid', 'Accepted', 'Canceled']);
    expect(header('Accepted')).toHaveFocus();
    expect(header('Accepted')).toHaveAccessibleName('Status Accepted, 2 of 3');
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(names()).toEqual(['Paid', 'Canceled', 'Accepted']);
    // A plain arrow is card navigation, not a reorder.
    await user.keyboard('{ArrowLeft}');
    expect(names()).toEqual(['Paid', 'Canceled', 'Accepted']);

    const menu = await openMenu(user, 'Paid');
    expect(within(menu).getByRole('menuitem', { name: 'Move left' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await user.click(within(menu).getByRole('menuitem', { name: 'Move right' }));
    expect(names()).toEqual(['Canceled', 'Paid', 'Accepted']);
    expect(store.getState().past).toHaveLength(3);
  });

  it('the options menu works from the keyboard and Escape returns focus to its button', async () => {
    const { user } = renderBoard();
    const button = screen.getByRole('button', { name: 'Status options: Canceled' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('menuitem', { name: 'Rename' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Edit status…' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('menuitem', { name: 'Delete status…' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });
});

describe('deleting a status', () => {
  it('lists its robots and triggers by name and the robots elsewhere that move orders to it', async () => {
    const { user } = renderBoard();
    await user.click(within(await openMenu(user, 'Paid')).getByRole('menuitem', { name: 'Delete status…' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete status “Paid”?' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    const items = (list: string) =>
      within(within(dialog).getByRole('list', { name: list }))
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    expect(items('Robots')).toEqual(['Mark order paid']);
    expect(items('Triggers')).toEqual(['Payment']);
    expect(items('Robots moving orders here')).toEqual(['Move to Paid (Change status) — in “Accepted”']);
    // Focus starts on Cancel: an Enter pressed by habit destroys nothing.
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  });

  it('confirming deletes the status with its robots and triggers; undo brings everything back', async () => {
    const { user, store, names, original } = renderBoard();
    await user.click(within(await openMenu(user, 'Paid')).getByRole('menuitem', { name: 'Delete status…' }));
    await user.click(screen.getByRole('button', { name: 'Delete status' }));
    expect(names()).toEqual(['Accepted', 'Canceled']);
    expect(screen.queryByRole('group', { name: /^Status Paid/ })).not.toBeInTheDocument();
    expect(store.getState().flow.robots.map((r) => r.id)).not.toContain('b1');
    expect(store.getState().flow.triggers).toEqual([]);
    act(() => void store.getState().undo());
    expect(store.getState().flow).toEqual(original);
    expect(header('Paid')).toBeInTheDocument();
  });

  it('cancel (button or Escape) leaves the flow untouched and returns focus to the options button', async () => {
    const { user, store } = renderBoard();
    const before = store.getState().flow;
    await user.click(within(await openMenu(user, 'Paid')).getByRole('menuitem', { name: 'Delete status…' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(within(await openMenu(user, 'Paid')).getByRole('menuitem', { name: 'Delete status…' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Status options: Paid' })).toHaveFocus();
    expect(store.getState().flow).toBe(before);
    expect(store.getState().past).toEqual([]);
  });

  it('keeps focus inside the confirmation while it is open', async () => {
    const { user } = renderBoard();
    await user.click(
      within(await openMenu(user, 'Canceled')).getByRole('menuitem', { name: 'Delete status…' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Delete status “Canceled”?' });
    expect(dialog).toHaveTextContent('The status holds no robots or triggers.');
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Delete status' })).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(within(dialog).getByRole('button', { name: 'Delete status' })).toHaveFocus();
  });

  it('offers no deletion of the last status', async () => {
    const { user, store } = renderBoard();
    const { dispatch } = store.getState();
    act(() => {
      dispatch({ type: 'status.delete', id: 'A' as never });
      dispatch({ type: 'status.delete', id: 'C' as never });
    });
    const item = within(await openMenu(user, 'Paid')).getByRole('menuitem', { name: 'Delete status…' });
    expect(item).toHaveAttribute('aria-disabled', 'true');
    await user.click(item);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(store.getState().flow.statuses).toHaveLength(1);
  });
});
