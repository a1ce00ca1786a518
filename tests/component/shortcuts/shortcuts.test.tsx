import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useShortcuts } from '../../../src/app/useShortcuts';
import { ShortcutsHelp } from '../../../src/panels/ShortcutsHelp';
import { DesignerStoreProvider, createDesignerStore } from '../../../src/store';
import { sampleFlow } from '../../unit/commands/helpers';

/** A host as App will be: the hook, the help dialog it toggles, a message line and a text box. */
function Host() {
  const [help, setHelp] = useState(false);
  const [message, setMessage] = useState('');
  useShortcuts({
    onShowHelp: () => setHelp((open) => !open),
    onMessage: setMessage,
    onMoved: (text, id) => setMessage(`${text} [${id}]`),
  });
  return (
    <>
      <label>
        Robot name
        <input />
      </label>
      <p role="status">{message}</p>
      {help && <ShortcutsHelp onClose={() => setHelp(false)} mac={false} />}
    </>
  );
}

function setup(selection: string[] = []) {
  const store = createDesignerStore(sampleFlow());
  store.getState().select(selection);
  const user = userEvent.setup();
  render(
    <DesignerStoreProvider store={store}>
      <Host />
    </DesignerStoreProvider>,
  );
  const robots = () => store.getState().flow.robots.map((r) => r.id);
  const rename = (name: string) => act(() => void store.getState().dispatch({ type: 'flow.rename', name }));
  return { store, user, robots, rename };
}

describe('designer shortcuts', () => {
  it('Ctrl+Z undoes; Ctrl+Shift+Z and Ctrl+Y redo; Cmd works as Ctrl', async () => {
    const { store, user, rename } = setup();
    rename('One');
    rename('Two');
    await user.keyboard('{Control>}z{/Control}');
    expect(store.getState().flow.name).toBe('One');
    await user.keyboard('{Meta>}z{/Meta}');
    expect(store.getState().flow.name).toBe('Sample');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(store.getState().flow.name).toBe('One');
    await user.keyboard('{Control>}y{/Control}');
    expect(store.getState().flow.name).toBe('Two');
  });

  it('Delete and Backspace remove the selected cards, each press one undo step', async () => {
    const { store, user, robots } = setup(['a2', 'tPay']);
    await user.keyboard('{Delete}');
    expect(robots()).toEqual(['a1', 'a3', 'a4', 'b1']);
    expect(store.getState().flow.triggers).toEqual([]);
    expect(store.getState().selection).toEqual([]);
    act(() => store.getState().select(['b1']));
    await user.keyboard('{Backspace}');
    expect(robots()).toEqual(['a1', 'a3', 'a4']);
    await user.keyboard('{Control>}z{/Control}');
    await user.keyboard('{Control>}z{/Control}');
    expect(robots()).toEqual(['a1', 'a2', 'a3', 'a4', 'b1']);
  });

  it('arrow keys move the selection between cards: down the lane, across lanes', async () => {
    const { store, user } = setup();
    await user.keyboard('{ArrowDown}');
    expect(store.getState().selection).toEqual(['a1']);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(store.getState().selection).toEqual(['a3']);
    await user.keyboard('{ArrowRight}');
    expect(store.getState().selection).toEqual(['b1']);
    await user.keyboard('{ArrowUp}');
    expect(store.getState().selection).toEqual(['tPay']);
    await user.keyboard('{ArrowLeft}');
    expect(store.getState().selection).toEqual(['a1']);
  });

  it('Alt+←/→ move the selected cards to the neighbouring status, each press one undo step', async () => {
    const { store, user } = setup(['a3', 'tPay']);
    const statusOf = (id: string) =>
      [...store.getState().flow.robots, ...store.getState().flow.triggers].find((c) => c.id === id)?.status;
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(statusOf('a3')).toBe('C');
    expect(statusOf('tPay')).toBe('C');
    expect(screen.getByRole('status')).toHaveTextContent(
      '“Write to log”, “Payment” moved to “Canceled”. Its “after previous” links in “Accepted” were removed',
    );
    // At the last status nothing moves, and the user is told why.
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(screen.getByRole('status')).toHaveTextContent('Already in the last status.');
    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    expect(statusOf('a3')).toBe('B');
    await user.keyboard('{Control>}z{/Control}');
    await user.keyboard('{Control>}z{/Control}');
    expect(statusOf('a3')).toBe('A');
    expect(statusOf('tPay')).toBe('B');
  });

  it('? opens the shortcuts help, and ? or Escape closes it', async () => {
    const { user } = setup();
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByRole('row', { name: /Ctrl\+Z Undo/ })).toBeInTheDocument();
    const deleteRow = within(dialog).getByRole('cell', { name: 'Delete the selection' }).closest('tr')!;
    expect(within(deleteRow).getAllByText(/^(Delete|Backspace)$/)).toHaveLength(2);
    await user.keyboard('?');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.keyboard('?');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('keys typed in a text box are left to it', async () => {
    const { store, user, robots, rename } = setup(['a1']);
    rename('One');
    await user.click(screen.getByRole('textbox', { name: 'Robot name' }));
    await user.keyboard('ab{Backspace}{Delete}?{ArrowDown}{Control>}z{/Control}{Control>}d{/Control}');
    expect(robots()).toEqual(['a1', 'a2', 'a3', 'a4', 'b1']);
    expect(store.getState().flow.name).toBe('One');
    expect(store.getState().selection).toEqual(['a1']);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('keys are left alone while a dialog is open', async () => {
    const { user, robots } = setup(['a1']);
    await user.keyboard('?');
    await user.keyboard('{Delete}');
    expect(robots()).toContain('a1');
  });

  it('Ctrl+C then Ctrl+V pastes a copy into the selected lane; Ctrl+D duplicates in place', async () => {
    const { store, user } = setup(['a1']);
    await user.keyboard('{Control>}c{/Control}');
    act(() => store.getState().select(['b1']));
    await user.keyboard('{Control>}v{/Control}');
    await expect.poll(() => store.getState().flow.robots.length).toBe(6);
    expect(store.getState().flow.robots.at(-1)).toMatchObject({ id: 'log-write-1', status: 'B' });
    expect(store.getState().selection).toEqual(['log-write-1']);

    act(() => store.getState().select(['a4']));
    await user.keyboard('{Control>}d{/Control}');
    expect(store.getState().flow.robots.at(-1)).toMatchObject({ id: 'log-write-2', status: 'A' });
  });

  it('Ctrl+X cuts the selection onto the clipboard', async () => {
    const { store, user } = setup(['tPay']);
    await user.keyboard('{Control>}x{/Control}');
    await expect.poll(() => store.getState().flow.triggers.length).toBe(0);
    expect(JSON.parse(await navigator.clipboard.readText()).triggers[0].id).toBe('tPay');
  });

  it('pasting something that is not Orderflow content says so and changes nothing', async () => {
    const { store, user } = setup(['a1']);
    const before = store.getState().flow;
    await navigator.clipboard.writeText('just some text');
    await user.keyboard('{Control>}v{/Control}');
    expect(await screen.findByText(/does not hold Orderflow robots or triggers/)).toBeInTheDocument();
    expect(store.getState().flow).toBe(before);
    expect(store.getState().past).toEqual([]);
  });
});
