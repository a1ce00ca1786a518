import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  attachAutosave,
  browserCopyOf,
  createDesignerStore,
  designStorageKey,
  loadSavedFlow,
  readBrowserRecord,
} from '../../../src/store';
import type { PageEvents } from '../../../src/store';
import { decideIncoming, decideWrite } from '../../../src/store/crossTab';
import { sampleFlow } from '../commands/helpers';
import { memoryStorage } from './storageDouble';

describe('decideWrite', () => {
  const mine = { tabId: 'B', baseVersion: 3 };

  it('writes the next version over the copy its design is based on, or over nothing', () => {
    expect(decideWrite({ version: 3, tabId: 'A' }, mine, true)).toEqual({ kind: 'write', version: 4 });
    expect(decideWrite(null, { tabId: 'B', baseVersion: 0 }, true)).toEqual({ kind: 'write', version: 1 });
  });

  it('keeps the version when only the viewport or the server link changed', () => {
    expect(decideWrite({ version: 3, tabId: 'B' }, mine, false)).toEqual({ kind: 'write', version: 3 });
  });

  it('refuses to overwrite a newer version another tab stored', () => {
    expect(decideWrite({ version: 5, tabId: 'A' }, mine, true)).toEqual({
      kind: 'refuse',
      theirs: { version: 5, tabId: 'A' },
    });
    expect(decideWrite({ version: 4, tabId: 'A' }, mine, false).kind).toBe('refuse');
  });
});

describe('decideIncoming', () => {
  const mine = { tabId: 'B', baseVersion: 3 };

  it("tells about another tab's newer version", () => {
    expect(decideIncoming({ version: 4, tabId: 'A' }, mine)).toBe('tell');
  });

  it('ignores its own writes, the same version again, and a removed copy', () => {
    expect(decideIncoming({ version: 4, tabId: 'B' }, mine)).toBe('ignore');
    expect(decideIncoming({ version: 3, tabId: 'A' }, mine)).toBe('ignore');
    expect(decideIncoming(null, mine)).toBe('ignore');
  });
});

/** Two tabs: two designers on one storage; `hear` delivers what the browser's storage event would. */
function twoTabs(pageOfB?: PageEvents) {
  const storage = memoryStorage();
  const storeA = createDesignerStore(sampleFlow());
  const a = attachAutosave(storeA, storage, { delayMs: 100, tabId: 'A' });
  storeA.getState().dispatch({ type: 'flow.rename', name: 'First' });
  a.flush();
  // Tab B opens the design tab A saved.
  const storeB = createDesignerStore(loadSavedFlow(storage).flow);
  const b = attachAutosave(storeB, storage, {
    delayMs: 100,
    tabId: 'B',
    ...(pageOfB ? { page: pageOfB } : {}),
  });
  const key = designStorageKey(sampleFlow().id);
  const hear = (tab: typeof a) => tab.receive(key, storage.getItem(key));
  return { storage, storeA, storeB, a, b, hear, key };
}

describe('two tabs with the same design', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("tells tab B when tab A saves a change, and B's autosave does not overwrite it", () => {
    const { storage, storeA, storeB, a, b, hear } = twoTabs();
    storeA.getState().dispatch({ type: 'flow.rename', name: 'From A' });
    a.flush();
    hear(b);
    expect(browserCopyOf(storeB).getState().otherTab?.flow.name).toBe('From A');

    storeB.getState().dispatch({ type: 'flow.rename', name: 'From B' });
    vi.advanceTimersByTime(1000);
    expect(readBrowserRecord(storage, storeA.getState().flow.id)?.flow.name).toBe('From A');
    // B's edit is kept in memory and counts as unsaved, so leaving the page still asks.
    expect(storeB.getState().flow.name).toBe('From B');
    expect(storeB.getState().savedFlow).not.toBe(storeB.getState().flow);
  });

  it('refuses to save over a newer copy even when the storage event was missed', () => {
    const { storage, storeA, storeB, a, b } = twoTabs();
    storeA.getState().dispatch({ type: 'flow.rename', name: 'From A' });
    a.flush();
    storeB.getState().dispatch({ type: 'flow.rename', name: 'From B' });
    b.flush();
    expect(readBrowserRecord(storage, 'sample')?.flow.name).toBe('From A');
    expect(browserCopyOf(storeB).getState().otherTab?.flow.name).toBe('From A');
  });

  it('"Load the other tab\'s version" opens it as one undo step and writes nothing over it', () => {
    const { storage, storeA, storeB, a, b, hear } = twoTabs();
    storeA.getState().dispatch({ type: 'flow.rename', name: 'From A' });
    a.flush();
    storeB.getState().dispatch({ type: 'flow.rename', name: 'From B' });
    hear(b);
    const writes = storage.writes;
    browserCopyOf(storeB).getState().resolveOtherTab('load-theirs');
    expect(storeB.getState().flow.name).toBe('From A');
    expect(browserCopyOf(storeB).getState().otherTab).toBeNull();
    vi.advanceTimersByTime(1000);
    expect(storage.writes).toBe(writes);
    storeB.getState().undo();
    expect(storeB.getState().flow.name).toBe('From B');
  });

  it('"Keep mine" stores mine as the newer version, and tab A is told in turn', () => {
    const { storage, storeA, storeB, a, b, hear } = twoTabs();
    storeA.getState().dispatch({ type: 'flow.rename', name: 'From A' });
    a.flush();
    storeB.getState().dispatch({ type: 'flow.rename', name: 'From B' });
    hear(b);
    browserCopyOf(storeB).getState().resolveOtherTab('keep-mine');
    expect(readBrowserRecord(storage, 'sample')?.flow.name).toBe('From B');
    hear(a);
    expect(browserCopyOf(storeA).getState().otherTab?.flow.name).toBe('From B');
    // And B goes on saving normally.
    storeB.getState().dispatch({ type: 'flow.rename', name: 'From B, later' });
    b.flush();
    expect(readBrowserRecord(storage, 'sample')?.flow.name).toBe('From B, later');
  });

  it("a tab's own pan or zoom does not alarm the other tab", () => {
    const { storeA, storeB, a, b, hear } = twoTabs();
    storeB.getState().setViewport({ x: 1, y: 2, zoom: 0.5 });
    b.flush();
    hear(a);
    expect(browserCopyOf(storeA).getState().otherTab).toBeNull();
  });
});

describe('two tabs opened on a browser with nothing saved yet', () => {
  it('do not alarm each other by writing their first viewport, but do on a real change', () => {
    const storage = memoryStorage();
    const storeA = createDesignerStore(sampleFlow());
    const storeB = createDesignerStore(sampleFlow());
    const a = attachAutosave(storeA, storage, { delayMs: 100, tabId: 'A' });
    const b = attachAutosave(storeB, storage, { delayMs: 100, tabId: 'B' });
    const key = designStorageKey('sample');
    storeA.getState().setViewport({ x: 0, y: 0, zoom: 1 });
    a.flush();
    b.receive(key, storage.getItem(key));
    storeB.getState().setViewport({ x: 5, y: 5, zoom: 1 });
    b.flush();
    a.receive(key, storage.getItem(key));
    expect(browserCopyOf(storeA).getState().otherTab).toBeNull();
    expect(browserCopyOf(storeB).getState().otherTab).toBeNull();

    storeA.getState().dispatch({ type: 'flow.rename', name: 'Real change' });
    a.flush();
    b.receive(key, storage.getItem(key));
    expect(browserCopyOf(storeB).getState().otherTab?.flow.name).toBe('Real change');
  });
});

describe('designs with different ids', () => {
  it('are kept apart: opening another flow in one tab does not replace the other copy', () => {
    const storage = memoryStorage();
    const store = createDesignerStore(sampleFlow());
    const autosave = attachAutosave(store, storage, { delayMs: 100, tabId: 'A' });
    store.getState().dispatch({ type: 'flow.rename', name: 'Mine' });
    autosave.flush();
    store.getState().dispatch({ type: 'flow.replace', flow: { ...sampleFlow(), id: 'other' as never } });
    autosave.flush();
    expect(readBrowserRecord(storage, 'sample')?.flow.name).toBe('Mine');
    expect(readBrowserRecord(storage, 'other')).not.toBeNull();
    expect(loadSavedFlow(storage).flow.id).toBe('other');
    autosave.stop();
  });
});

describe('the server revision', () => {
  it('is kept with the browser copy and known again after a reload', () => {
    const storage = memoryStorage();
    const store = createDesignerStore(sampleFlow());
    const autosave = attachAutosave(store, storage, { delayMs: 100, tabId: 'A' });
    const flow = store.getState().flow;
    browserCopyOf(store).getState().setServer({ flowId: flow.id, revision: 7, flow });
    autosave.flush();
    autosave.stop();

    const reopened = createDesignerStore(loadSavedFlow(storage).flow);
    attachAutosave(reopened, storage, { tabId: 'A2' }).stop();
    const server = browserCopyOf(reopened).getState().server;
    expect(server?.revision).toBe(7);
    // Unchanged since that save: the indicator can say "Saved to server".
    expect(server?.flow).toBe(reopened.getState().flow);
  });
});

describe('closing or hiding the page', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** The window and document events the autosave listens to. */
  function fakePage() {
    const document = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    return Object.assign(new EventTarget(), { document });
  }

  it.each(['pagehide', 'beforeunload'])('writes the pending change at once on %s', (type) => {
    const storage = memoryStorage();
    const page = fakePage();
    const store = createDesignerStore(sampleFlow());
    attachAutosave(store, storage, { delayMs: 10_000, page });
    store.getState().dispatch({ type: 'flow.rename', name: 'Typed just now' });
    page.dispatchEvent(new Event(type));
    expect(loadSavedFlow(storage).flow.name).toBe('Typed just now');
  });

  it('writes the pending change when the tab is hidden, not when it is shown', () => {
    const storage = memoryStorage();
    const page = fakePage();
    const store = createDesignerStore(sampleFlow());
    attachAutosave(store, storage, { delayMs: 10_000, page });
    store.getState().dispatch({ type: 'flow.rename', name: 'Typed just now' });
    page.document.dispatchEvent(new Event('visibilitychange'));
    expect(storage.writes).toBe(0);
    page.document.visibilityState = 'hidden';
    page.document.dispatchEvent(new Event('visibilitychange'));
    expect(loadSavedFlow(storage).flow.name).toBe('Typed just now');
  });

  it('hears the storage events of other tabs through the page', () => {
    const page = fakePage();
    const { storage, storeA, storeB, a, key } = twoTabs(page);
    storeA.getState().dispatch({ type: 'flow.rename', name: 'From A' });
    a.flush();
    page.dispatchEvent(Object.assign(new Event('storage'), { key, newValue: storage.getItem(key) }));
    expect(browserCopyOf(storeB).getState().otherTab?.flow.name).toBe('From A');
  });
});

describe('the stored copy', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('puts its version and tab first, so a write need not parse the whole design to check them', () => {
    const { storage, key } = twoTabs();
    expect(storage.getItem(key)).toMatch(/^\{"version":1,"tabId":"A",/);
  });

  it('still hears a newer copy written with the design first, as earlier versions did', () => {
    const { storage, storeB, b, key } = twoTabs();
    const record = readBrowserRecord(storage, sampleFlow().id)!;
    const renamed = { ...record.flow, name: 'From an older tab' };
    const { flow: _flow, ...stamp } = record;
    storage.setItem(key, JSON.stringify({ flow: renamed, ...stamp, version: 2, tabId: 'old' }));
    b.receive(key, storage.getItem(key));
    expect(browserCopyOf(storeB).getState().otherTab?.flow.name).toBe('From an older tab');
  });
});
