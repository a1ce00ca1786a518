import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../mocks/db';
import { DEFAULT_FLOW } from '../../../src/domain/samples/defaultFlow';
import { flowWithProblems } from '../problems/fixture';
import { renderControls } from './harness';

const ID = DEFAULT_FLOW.id;

/** The open design with a visible change, as the user would have made it. */
function renamed(store: ReturnType<typeof renderControls>['store'], name = 'My shop') {
  act(() => void store.getState().dispatch({ type: 'flow.rename', name }));
  return store.getState().flow;
}

describe('save to the backend', () => {
  it('saves the open design as the next revision', async () => {
    const { store, user, button } = renderControls();
    const mine = renamed(store);
    await user.click(button('Save'));
    expect(await screen.findByText('Saved to the server (revision 4).')).toBeInTheDocument();
    expect(db.get(ID)?.flow.name).toBe('My shop');
    expect(store.getState().flow).toBe(mine);
  });

  it('a 500 shows its message and keeps the design', async () => {
    const { store, user, button } = renderControls();
    const mine = renamed(store);
    db.setFaults({ status500: true });
    await user.click(button('Save'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /server had a problem \(error 500\).*nothing was lost/,
    );
    expect(store.getState().flow).toBe(mine);
    expect(db.get(ID)?.flow.name).toBe(DEFAULT_FLOW.name);
  });

  it('offline shows its message and keeps the design', async () => {
    const { store, user, button } = renderControls();
    const mine = renamed(store);
    db.setFaults({ offline: true });
    await user.click(button('Save'));
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not be reached/);
    expect(store.getState().flow).toBe(mine);
  });
});

describe('a slow server', () => {
  it('a timeout shows its message and keeps the design', async () => {
    const { store, user, button } = renderControls(DEFAULT_FLOW, { timeoutMs: 50 });
    const mine = renamed(store);
    db.setFaults({ latencyMs: 1000 });
    await user.click(button('Save'));
    expect(await screen.findByRole('alert', {}, { timeout: 3000 })).toHaveTextContent(/did not answer/);
    expect(store.getState().flow).toBe(mine);
  });
});

describe('a conflict (409) on save', () => {
  async function conflicted() {
    const controls = renderControls();
    const mine = renamed(controls.store);
    db.setFaults({ conflict: true });
    await controls.user.click(controls.button('Save'));
    const dialog = await screen.findByRole('dialog', { name: 'Someone else saved this flow' });
    return { ...controls, mine, dialog };
  }

  it('lists what differs from their version and keeps mine open until a choice', async () => {
    const { store, mine, dialog } = await conflicted();
    expect(within(dialog).getByText(/revision 4/)).toBeInTheDocument();
    const changes = within(dialog).getByRole('region', { name: 'Your changes compared with theirs' });
    expect(within(changes).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(store.getState().flow).toBe(mine);
  });

  it('"Reload theirs" opens their version as one undo step', async () => {
    const { store, user, mine, dialog } = await conflicted();
    await user.click(within(dialog).getByRole('button', { name: 'Reload theirs' }));
    expect(await screen.findByText(/Loaded their version \(revision 4\)/)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(store.getState().flow).toEqual(db.get(ID)!.flow);
    act(() => void store.getState().undo());
    expect(store.getState().flow).toEqual(mine);
  });

  it('"Overwrite with mine" stores my version over theirs', async () => {
    const { store, user, mine, dialog } = await conflicted();
    await user.click(within(dialog).getByRole('button', { name: 'Overwrite with mine' }));
    expect(
      await screen.findByText(/Your version replaced theirs on the server \(revision 5\)/),
    ).toBeInTheDocument();
    expect(db.get(ID)?.flow).toEqual(mine);
    expect(store.getState().flow).toBe(mine);
  });

  it('"Save mine as a copy" stores a new flow and opens it; theirs stays', async () => {
    const { store, user, dialog } = await conflicted();
    await user.click(within(dialog).getByRole('button', { name: 'Save mine as a copy' }));
    expect(await screen.findByText(/Saved your version as “My shop \(my copy\)”/)).toBeInTheDocument();
    const open = store.getState().flow;
    expect(open.name).toBe('My shop (my copy)');
    expect(open.id).not.toBe(ID);
    expect(db.get(open.id)?.flow.name).toBe('My shop (my copy)');
    expect(db.get(ID)?.flow.name).not.toBe('My shop');
  });
});

describe('publish', () => {
  it('refuses a design with errors and lists them, without calling the server', async () => {
    const { store, user, button } = renderControls(flowWithProblems());
    await user.click(button('Publish'));
    const dialog = screen.getByRole('dialog', { name: 'This design cannot be published yet' });
    // The same list as the problems panel: rows that name the card, never its id or JSON path.
    const errors = within(dialog).getByRole('list', { name: 'Errors' });
    const rows = within(errors).getAllByRole('button');
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(dialog).not.toHaveTextContent(/sms-1|\$\./);
    expect(db.get(store.getState().flow.id)).toBeUndefined();
  });

  it('choosing a refused error closes the dialog and selects its card', async () => {
    const { store, user, button } = renderControls(flowWithProblems());
    await user.click(button('Publish'));
    const dialog = screen.getByRole('dialog', { name: 'This design cannot be published yet' });
    const row = within(dialog)
      .getAllByRole('button')
      .find((b) => b.dataset.nodeId !== undefined)!;
    const nodeId = row.dataset.nodeId!;
    await user.click(row);
    expect(screen.queryByRole('dialog', { name: 'This design cannot be published yet' })).toBeNull();
    expect(store.getState().selection).toEqual([nodeId]);
  });

  it('shows what changed since the published revision, then publishes', async () => {
    const { user, button } = renderControls();
    await user.click(button('Publish'));
    // The server's latest revision (3) is this very design: it is published without a new save.
    const dialog = await screen.findByRole('dialog', { name: /^Publish revision 3\?/ });
    expect(within(dialog).getByText('Changes since the published revision 2:')).toBeInTheDocument();
    const changes = within(dialog).getByRole('region', { name: 'Changes since the last publish' });
    expect(within(changes).getByText('Robot “Delivery call” added.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));
    expect(await screen.findByText('Published revision 3.')).toBeInTheDocument();
    expect(db.get(ID)?.publishedRevision).toBe(3);
    expect(db.get(ID)?.revision).toBe(3);
  });

  it('a server failure while publishing shows its message and keeps the design', async () => {
    const { store, user, button } = renderControls();
    const mine = store.getState().flow;
    await user.click(button('Publish'));
    const dialog = await screen.findByRole('dialog', { name: /^Publish revision/ });
    db.setFaults({ status500: true });
    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/error 500/);
    expect(store.getState().flow).toBe(mine);
    expect(db.get(ID)?.publishedRevision).toBe(2);
  });
});
