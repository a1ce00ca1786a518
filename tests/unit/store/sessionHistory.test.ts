import { afterEach, describe, expect, it, vi } from 'vitest';
import { statusId } from '../../../src/domain/ids';
import {
  createDesignerStore,
  historyStorageKey,
  keepHistoryInSession,
  SESSION_HISTORY_CHARS,
} from '../../../src/store';
import { SESSION_HISTORY_DELAY_MS } from '../../../src/store/sessionHistory';
import { sampleFlow } from '../commands/helpers';

/** A sessionStorage stand-in: what one tab keeps across its reloads. */
function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

describe('undo history kept in the tab session', () => {
  it('survives a reload: the reloaded page undoes and redoes the same steps, in words', () => {
    const storage = memoryStorage();
    const before = createDesignerStore(sampleFlow());
    keepHistoryInSession(before, storage);
    before
      .getState()
      .dispatch({ type: 'status.update', id: statusId('B'), changes: { name: 'Paid, shipping' } });
    before.getState().dispatch({ type: 'status.delete', id: statusId('C') });
    before.getState().undo();

    // The reload: a new store on the flow as the browser copy kept it.
    const reloaded = createDesignerStore(before.getState().flow);
    keepHistoryInSession(reloaded, storage);
    expect(reloaded.getState().past.map((e) => e.description)).toEqual([
      'rename status Paid to Paid, shipping',
    ]);
    expect(reloaded.getState().future.map((e) => e.description)).toEqual(['delete status Canceled']);
    reloaded.getState().redo();
    expect(reloaded.getState().flow.statuses.map((s) => s.name)).toEqual(['Accepted', 'Paid, shipping']);
    reloaded.getState().undo();
    reloaded.getState().undo();
    expect(reloaded.getState().flow).toEqual(sampleFlow());
    expect(reloaded.getState().toasts.at(-1)?.message).toBe('Undone: rename status Paid to Paid, shipping');
  });

  it('drops steps written against another version of the flow', () => {
    const storage = memoryStorage();
    const first = createDesignerStore(sampleFlow());
    keepHistoryInSession(first, storage);
    first.getState().dispatch({ type: 'flow.rename', name: 'Elsewhere' });

    // The reloaded copy is not the one the steps end at (e.g. another tab saved over it).
    const reloaded = createDesignerStore(sampleFlow());
    keepHistoryInSession(reloaded, storage);
    expect(reloaded.getState().past).toEqual([]);
  });

  describe('in a page', () => {
    afterEach(() => vi.useRealTimers());

    /** The page's events, fired by hand. */
    function pageEvents() {
      const listeners = new Map<string, Set<(event: Event) => void>>();
      return {
        addEventListener: (type: string, listener: (event: Event) => void) => {
          if (!listeners.has(type)) listeners.set(type, new Set());
          listeners.get(type)!.add(listener);
        },
        removeEventListener: (type: string, listener: (event: Event) => void) =>
          void listeners.get(type)?.delete(listener),
        fire: (type: string) => listeners.get(type)?.forEach((listener) => listener(new Event(type))),
      };
    }

    it('writes after a pause in the steps, not at each one (a large history is slow to write)', () => {
      vi.useFakeTimers();
      const storage = memoryStorage();
      const setItem = vi.spyOn(storage, 'setItem');
      const store = createDesignerStore(sampleFlow());
      keepHistoryInSession(store, storage, pageEvents());
      for (const name of ['A', 'Ab', 'Abc']) store.getState().dispatch({ type: 'flow.rename', name });
      store.getState().undo();
      expect(setItem).not.toHaveBeenCalled();
      vi.advanceTimersByTime(SESSION_HISTORY_DELAY_MS);
      expect(setItem).toHaveBeenCalledTimes(1);
      const reloaded = createDesignerStore(store.getState().flow);
      keepHistoryInSession(reloaded, storage);
      expect(reloaded.getState().past.map((e) => e.description)).toEqual([
        'rename the design to A',
        'rename the design to Ab',
      ]);
      expect(reloaded.getState().future).toHaveLength(1);
    });

    it('a reload right after a step still brings it back: leaving the page writes at once', () => {
      vi.useFakeTimers();
      const storage = memoryStorage();
      const page = pageEvents();
      const store = createDesignerStore(sampleFlow());
      keepHistoryInSession(store, storage, page);
      store.getState().dispatch({ type: 'flow.rename', name: 'Just now' });
      page.fire('pagehide');
      const reloaded = createDesignerStore(store.getState().flow);
      keepHistoryInSession(reloaded, storage);
      expect(reloaded.getState().past.map((e) => e.description)).toEqual(['rename the design to Just now']);
    });
  });

  it('stays within its size bound, keeping the newest steps', () => {
    const storage = memoryStorage();
    const store = createDesignerStore(sampleFlow());
    keepHistoryInSession(store, storage);
    const long = 'x'.repeat(100);
    for (let i = 0; i < 80; i++) store.getState().dispatch({ type: 'flow.rename', name: `${long} ${i}` });
    const text = storage.map.get(historyStorageKey('sample'))!;
    expect(text.length).toBeLessThanOrEqual(SESSION_HISTORY_CHARS);
    const reloaded = createDesignerStore(store.getState().flow);
    keepHistoryInSession(reloaded, storage);
    expect(reloaded.getState().past.length).toBe(50);
    expect(reloaded.getState().past.at(-1)?.description).toBe(`rename the design to ${long} 79`);
  });
});
