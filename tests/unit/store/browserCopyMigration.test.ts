import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  attachAutosave,
  createDesignerStore,
  designStorageKey,
  FLOW_STORAGE_KEY,
  loadSavedFlow,
  OPEN_DESIGN_KEY,
  readBrowserRecord,
} from '../../../src/store';
import { memoryStorage } from './storageDouble';

/*
 * A browser copy goes through the same loader as an imported file: a design kept in the browser in
 * an older format version opens upgraded on the next visit, not as the default flow.
 */
const V0_TEXT = readFileSync(new URL('../../fixtures/migrations/flow.v0.json', import.meta.url), 'utf8');
const V0 = JSON.parse(V0_TEXT) as { id: string; name: string; version: number };

const record = (flow: unknown) =>
  JSON.stringify({
    version: 3,
    tabId: 'earlier-tab',
    savedAt: '2026-01-01T00:00:00.000Z',
    serverRevision: null,
    changedSinceServer: true,
    flow,
  });

describe('a browser copy in an older format version', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is migrated on reload, not replaced by the default, and saved back as the current version', () => {
    expect(V0.version).toBe(0);
    const storage = memoryStorage({ [OPEN_DESIGN_KEY]: V0.id, [designStorageKey(V0.id)]: record(V0) });

    const loaded = loadSavedFlow(storage);
    expect(loaded).toMatchObject({ source: 'saved' });
    expect(loaded.problem).toBeUndefined();
    expect(loaded.flow).toMatchObject({ id: V0.id, name: V0.name, version: 1 });
    // Version 0's boolean "afterPrevious" became version 1's "after" edges.
    expect(loaded.flow.robots.some((r) => r.after !== null)).toBe(true);
    expect(readBrowserRecord(storage, V0.id)?.flow.version).toBe(1);

    // The next save writes the upgraded design.
    const store = createDesignerStore(loaded.flow);
    const autosave = attachAutosave(store, storage, 100);
    store.getState().dispatch({ type: 'flow.rename', name: 'Renamed after the upgrade' });
    vi.advanceTimersByTime(100);
    autosave.stop();
    const stored = JSON.parse(storage.getItem(designStorageKey(V0.id))!) as { flow: { version: number } };
    expect(stored.flow.version).toBe(1);
    expect(loadSavedFlow(storage).flow.name).toBe('Renamed after the upgrade');
  });

  it('is migrated from the oldest storage key too', () => {
    const loaded = loadSavedFlow(memoryStorage({ [FLOW_STORAGE_KEY]: V0_TEXT }));
    expect(loaded).toMatchObject({ source: 'saved', flow: { id: V0.id, version: 1 } });
  });

  it('that cannot be read falls back to the default and says where it breaks', () => {
    const broken = { ...V0, statuses: 'none' };
    const storage = memoryStorage({ [OPEN_DESIGN_KEY]: V0.id, [designStorageKey(V0.id)]: record(broken) });
    const loaded = loadSavedFlow(storage);
    expect(loaded.source).toBe('default');
    expect(loaded.problem).toMatch(/statuses/);
  });
});
