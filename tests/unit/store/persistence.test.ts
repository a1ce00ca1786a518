import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_FLOW } from '../../../src/domain/samples/defaultFlow';
import {
  attachAutosave,
  createDesignerStore,
  designStorageKey,
  FLOW_STORAGE_KEY,
  loadSavedFlow,
  viewportStorageKey,
} from '../../../src/store';
import { AUTOSAVE_DELAY_MS, SLOW_AUTOSAVE_DELAY_MS, SLOW_SAVE_CARDS } from '../../../src/store/persistence';
import { generateFlow } from '../../fixtures/generators';
import { memoryStorage } from './storageDouble';
import { sampleFlow } from '../commands/helpers';

describe('loadSavedFlow', () => {
  it('opens the embedded default when nothing is saved', () => {
    expect(loadSavedFlow(memoryStorage())).toEqual({ flow: DEFAULT_FLOW, source: 'default' });
    expect(loadSavedFlow(undefined).source).toBe('default');
  });

  it('opens the saved flow when it validates', () => {
    const saved = { ...sampleFlow(), name: 'Mine' };
    const loaded = loadSavedFlow(memoryStorage({ [FLOW_STORAGE_KEY]: JSON.stringify(saved) }));
    expect(loaded.source).toBe('saved');
    expect(loaded.flow.name).toBe('Mine');
  });

  it('falls back to the default, saying why, when the saved text is broken or invalid', () => {
    const notJson = loadSavedFlow(memoryStorage({ [FLOW_STORAGE_KEY]: '{oops' }));
    expect(notJson).toMatchObject({ source: 'default', problem: expect.stringMatching(/JSON/) });
    const invalid = loadSavedFlow(
      memoryStorage({ [FLOW_STORAGE_KEY]: JSON.stringify({ ...sampleFlow(), statuses: [] }) }),
    );
    expect(invalid).toMatchObject({ source: 'default', problem: expect.stringMatching(/statuses/) });
    expect(invalid.flow).toBe(DEFAULT_FLOW);
  });

  it('survives a storage that throws', () => {
    const blocked = {
      getItem: () => {
        throw new Error('denied');
      },
    };
    expect(loadSavedFlow(blocked).source).toBe('default');
  });
});

describe('attachAutosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes once after a burst of changes, with the viewport, and the result loads again', () => {
    const store = createDesignerStore(sampleFlow());
    const storage = memoryStorage();
    const autosave = attachAutosave(store, storage, 300);
    store.getState().dispatch({ type: 'flow.rename', name: 'One' });
    store.getState().dispatch({ type: 'flow.rename', name: 'Two' });
    store.getState().setViewport({ x: 5, y: 6, zoom: 1.25 });
    expect(storage.writes).toBe(0);
    vi.advanceTimersByTime(300);
    expect(storage.writes).toBe(1);

    const loaded = loadSavedFlow(storage);
    expect(loaded.source).toBe('saved');
    expect(loaded.flow.name).toBe('Two');
    expect(loaded.flow.layout?.viewport).toEqual({ x: 5, y: 6, zoom: 1.25 });
    autosave.stop();
  });

  it('a pan alone writes the view apart, leaving the design as stored; reopening shows that view', () => {
    const store = createDesignerStore(sampleFlow());
    const storage = memoryStorage();
    const autosave = attachAutosave(store, storage, 300);
    const id = store.getState().flow.id;
    store.getState().dispatch({ type: 'flow.rename', name: 'Big' });
    vi.advanceTimersByTime(300);
    const design = storage.getItem(designStorageKey(id));
    expect(design).not.toBeNull();

    store.getState().setViewport({ x: -900, y: -40, zoom: 0.4 });
    vi.advanceTimersByTime(300);
    expect(storage.lastKey).toBe(viewportStorageKey(id));
    expect(storage.getItem(designStorageKey(id))).toBe(design);
    expect(loadSavedFlow(storage).flow.layout?.viewport).toEqual({ x: -900, y: -40, zoom: 0.4 });
    expect(loadSavedFlow(storage).flow.name).toBe('Big');

    // A later edit saves the design again, and the view kept apart stays the current one.
    store.getState().setViewport({ x: -1200, y: 0, zoom: 0.5 });
    store.getState().dispatch({ type: 'flow.rename', name: 'Bigger' });
    vi.advanceTimersByTime(300);
    expect(loadSavedFlow(storage).flow).toMatchObject({
      name: 'Bigger',
      layout: { viewport: { x: -1200, y: 0, zoom: 0.5 } },
    });
    autosave.stop();
  });

  it('keeps the view of the untouched default design too, and ignores a view that is not one', () => {
    const store = createDesignerStore(DEFAULT_FLOW);
    const storage = memoryStorage();
    const autosave = attachAutosave(store, storage, 300);
    store.getState().setViewport({ x: 10, y: 20, zoom: 0.75 });
    vi.advanceTimersByTime(300);
    expect(loadSavedFlow(storage)).toMatchObject({
      source: 'default',
      flow: { layout: { viewport: { zoom: 0.75 } } },
    });
    autosave.stop();
    storage.setItem(viewportStorageKey(DEFAULT_FLOW.id), '{"x":1,"y":2,"zoom":0}');
    expect(loadSavedFlow(storage).flow).toBe(DEFAULT_FLOW);
  });

  it('flush writes a pending change at once, and only once', () => {
    const store = createDesignerStore(sampleFlow());
    const storage = memoryStorage();
    const autosave = attachAutosave(store, storage, 300);
    autosave.flush();
    expect(storage.writes).toBe(0);
    store.getState().dispatch({ type: 'flow.rename', name: 'Now' });
    autosave.flush();
    expect(storage.writes).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(storage.writes).toBe(1);
    autosave.stop();
  });

  it('once a save held the page (a large design), waits for a longer quiet spell; leaving still saves at once', () => {
    const store = createDesignerStore(sampleFlow());
    const storage = memoryStorage();
    // Storage that takes 120 ms of the page's time for each write of the design.
    let ms = 0;
    const slowStorage = {
      getItem: (key: string) => storage.getItem(key),
      setItem: (key: string, value: string) => {
        if (key.startsWith('orderflow.design')) ms += 120;
        storage.setItem(key, value);
      },
    };
    const autosave = attachAutosave(store, slowStorage, { delayMs: 300, clock: () => ms });
    store.getState().dispatch({ type: 'flow.rename', name: 'First' });
    vi.advanceTimersByTime(300);
    expect(loadSavedFlow(storage).flow.name).toBe('First');

    store.getState().dispatch({ type: 'flow.rename', name: 'Second' });
    vi.advanceTimersByTime(300);
    // Not yet: the user may be about to type or undo, and this write would freeze the page.
    expect(loadSavedFlow(storage).flow.name).toBe('First');
    expect(autosave.pending()).toBe(true);
    vi.advanceTimersByTime(SLOW_AUTOSAVE_DELAY_MS - 300);
    expect(loadSavedFlow(storage).flow.name).toBe('Second');

    store.getState().dispatch({ type: 'flow.rename', name: 'Third' });
    autosave.flush(); // the page is being hidden or closed
    expect(loadSavedFlow(storage).flow.name).toBe('Third');
    expect(autosave.pending()).toBe(false);
    autosave.stop();
  });

  it('takes a design of thousands of robots for a slow save from the start: its first edit waits for the quiet spell too', () => {
    const large = generateFlow(7, {
      statuses: 4,
      robotsPerStatus: SLOW_SAVE_CARDS / 4,
      triggers: 0,
      calendarDelays: false,
    });
    const store = createDesignerStore(large);
    const storage = memoryStorage();
    const autosave = attachAutosave(store, storage);
    store.getState().dispatch({ type: 'flow.rename', name: 'Big and edited' });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(storage.writes).toBe(0);
    vi.advanceTimersByTime(SLOW_AUTOSAVE_DELAY_MS - AUTOSAVE_DELAY_MS);
    expect(loadSavedFlow(storage).flow.name).toBe('Big and edited');
    autosave.stop();
  });

  it('does not save for selection changes, and flushes a pending save when stopped', () => {
    const store = createDesignerStore(sampleFlow());
    const storage = memoryStorage();
    const autosave = attachAutosave(store, storage, 300);
    store.getState().select(['a1']);
    vi.advanceTimersByTime(1000);
    expect(storage.writes).toBe(0);
    store.getState().dispatch({ type: 'flow.rename', name: 'Pending' });
    autosave.stop();
    expect(storage.writes).toBe(1);
    expect(loadSavedFlow(storage).flow.name).toBe('Pending');
  });
});
