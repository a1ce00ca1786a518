import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReactFlowProvider } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../mocks/db';
import { CrossTabBanner } from '../../../src/app/CrossTabBanner';
import { integrationOf, IntegrationBar } from '../../../src/app/IntegrationBar';
import { SaveStatus } from '../../../src/app/SaveStatus';
import { Toasts } from '../../../src/app/Toasts';
import type { Flow } from '../../../src/domain/flow';
import { DEFAULT_FLOW } from '../../../src/domain/samples/defaultFlow';
import { createApiClient } from '../../../src/io/api';
import {
  attachAutosave,
  browserCopyOf,
  createDesignerStore,
  DesignerStoreProvider,
  designStorageKey,
  loadSavedFlow,
} from '../../../src/store';

const ID = DEFAULT_FLOW.id;

/** A designer as the page opens it: from the browser's storage, autosaving there, with the top bar. */
function openTab(tabId: string, flow: Flow = loadSavedFlow(localStorage).flow) {
  const store = createDesignerStore(flow);
  integrationOf(store, createApiClient({ retries: 0, timeoutMs: 2000 }));
  const autosave = attachAutosave(store, localStorage, { delayMs: 50, tabId });
  const view = render(
    // The Publish refusal reveals a card on the board, so the bar lives inside React Flow's provider.
    <DesignerStoreProvider store={store}>
      <ReactFlowProvider>
        <SaveStatus />
        <IntegrationBar />
        <CrossTabBanner />
        <Toasts />
      </ReactFlowProvider>
    </DesignerStoreProvider>,
  );
  const rename = (name: string) => act(() => void store.getState().dispatch({ type: 'flow.rename', name }));
  return { store, autosave, view, rename, user: userEvent.setup() };
}

const serverStatus = () => screen.getByRole('status', { name: /^Server: / });

describe('the server revision indicator', () => {
  it('says which revision the design is on, and when it has changed since', async () => {
    const { user, rename, autosave } = openTab('A', DEFAULT_FLOW);
    // The default design is the server's revision 3 of the same flow.
    expect(await screen.findByRole('status', { name: 'Server: Saved to server · rev 3' })).toBeVisible();
    rename('My shop');
    expect(serverStatus()).toHaveAccessibleName('Server: Not saved to server · based on rev 3');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('status', { name: 'Server: Saved to server · rev 4' })).toBeVisible();
    autosave.stop();
  });

  it('a design the server does not have says so', async () => {
    openTab('A', { ...DEFAULT_FLOW, id: 'never-saved' as Flow['id'] });
    expect(await screen.findByRole('status', { name: 'Server: Not saved to server' })).toBeVisible();
  });

  it('offline: says the design is only in this browser, and a retry once online saves it', async () => {
    const { user, rename, store } = openTab('A', DEFAULT_FLOW);
    await screen.findByRole('status', { name: 'Server: Saved to server · rev 3' });
    rename('Offline edit');
    db.setFaults({ offline: true });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByRole('status', { name: 'Server: Offline — saved in this browser' }),
    ).toBeVisible();
    expect(store.getState().flow.name).toBe('Offline edit');
    db.setFaults({ offline: false });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('status', { name: 'Server: Saved to server · rev 4' })).toBeVisible();
    expect(db.get(ID)?.flow.name).toBe('Offline edit');
  });
});

describe('a colleague saves after the page was loaded', () => {
  it('the next save gets the conflict dialog, never a silent overwrite', async () => {
    const { user, rename } = openTab('A', DEFAULT_FLOW);
    await screen.findByRole('status', { name: 'Server: Saved to server · rev 3' });
    db.simulateColleagueSave(ID);
    rename('Mine');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('dialog', { name: 'Someone else saved this flow' })).toBeVisible();
    expect(db.get(ID)?.flow.name).toMatch(/edited by a colleague/);
    expect(serverStatus()).toHaveAccessibleName('Server: Server has a newer revision');
  });

  it('a design reopened from this browser is known to be behind the server', async () => {
    const first = openTab('A', DEFAULT_FLOW);
    await screen.findByRole('status', { name: 'Server: Saved to server · rev 3' });
    first.rename('Mine');
    await first.user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('status', { name: 'Server: Saved to server · rev 4' });
    first.autosave.stop();
    first.view.unmount();

    db.simulateColleagueSave(ID);
    openTab('A2');
    expect(await screen.findByRole('status', { name: 'Server: Server has a newer revision' })).toBeVisible();
  });
});

describe('publishing an unchanged design', () => {
  it('says nothing changed and makes no new revision', async () => {
    const { user } = openTab('A', DEFAULT_FLOW);
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    const dialog = await screen.findByRole('dialog', { name: /^Publish revision 3\?/ });
    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));
    await screen.findByText('Published revision 3.');

    await user.click(screen.getByRole('button', { name: 'Publish' }));
    expect(await screen.findByText('Nothing changed since the last publish (revision 3).')).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(db.get(ID)?.revision).toBe(3);
  });
});

describe('the same design in another tab', () => {
  /** Tab A changes the design; tab B hears of it as the browser's storage event would tell it. */
  async function changedElsewhere() {
    const b = openTab('B', DEFAULT_FLOW);
    b.rename('Started in B');
    act(() => b.autosave.flush());
    const a = createDesignerStore(loadSavedFlow(localStorage).flow);
    const autosaveA = attachAutosave(a, localStorage, { delayMs: 50, tabId: 'A' });
    act(() => void a.getState().dispatch({ type: 'flow.rename', name: 'Changed in A' }));
    autosaveA.flush();
    const key = designStorageKey(ID);
    act(() => b.autosave.receive(key, localStorage.getItem(key)));
    const banner = await screen.findByRole('alert', { name: 'This design was changed in another tab' });
    return { b, a, autosaveA, banner, key };
  }

  it('tells this tab and keeps its own version open without saving over the other', async () => {
    const { b, banner } = await changedElsewhere();
    expect(banner).toHaveTextContent(/1 changed/);
    b.rename('Still typing in B');
    act(() => b.autosave.flush());
    expect(loadSavedFlow(localStorage).flow.name).toBe('Changed in A');
    expect(screen.getByText('Unsaved changes')).toBeVisible();
  });

  it('"Load the other tab\'s version" opens it; undo brings mine back', async () => {
    const { b, banner } = await changedElsewhere();
    await b.user.click(within(banner).getByRole('button', { name: "Load the other tab's version" }));
    expect(b.store.getState().flow.name).toBe('Changed in A');
    expect(screen.queryByRole('alert', { name: /changed in another tab/ })).not.toBeInTheDocument();
    act(() => void b.store.getState().undo());
    expect(b.store.getState().flow.name).toBe('Started in B');
  });

  it('"Keep mine" saves mine as the newer version and the other tab is told', async () => {
    const { b, a, autosaveA, banner, key } = await changedElsewhere();
    await b.user.click(within(banner).getByRole('button', { name: 'Keep mine' }));
    expect(loadSavedFlow(localStorage).flow.name).toBe('Started in B');
    autosaveA.receive(key, localStorage.getItem(key));
    expect(browserCopyOf(a).getState().otherTab?.flow.name).toBe('Started in B');
  });
});
