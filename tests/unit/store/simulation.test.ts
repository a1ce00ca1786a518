import { describe, expect, it } from 'vitest';
import { DEFAULT_FLOW, SAMPLE_SCENARIOS } from '../../../src/domain/samples';
import { nodeStates } from '../../../src/domain/simulation';
import { simulate } from '../../../src/engine';
import { createDesignerStore, loadScenarios, saveScenarios, scenariosStorageKey } from '../../../src/store';

const rename = (name: string) => ({ type: 'flow.rename', name }) as const;

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    items,
  };
}

describe('designer store: simulation slice', () => {
  it('locks the document while simulating: edits, undo, redo and revert are refused', () => {
    const store = createDesignerStore(DEFAULT_FLOW);
    store.getState().dispatch(rename('Before'));
    store.getState().setSimulating(true);
    const flow = store.getState().flow;

    expect(store.getState().dispatch(rename('During'))).toMatchObject({
      ok: false,
      reason: 'Design locked while simulating',
    });
    expect(store.getState().undo()).toBe(false);
    expect(store.getState().revertToSaved()).toBe(false);
    expect(store.getState().flow).toBe(flow);
    expect(store.getState().past).toHaveLength(1);

    store.getState().setSimulating(false);
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().flow.name).toBe(DEFAULT_FLOW.name);
    expect(store.getState().redo()).toBe(true);
  });

  it('keeps node states and coverage out of history, and clears them on leaving simulate mode', () => {
    const store = createDesignerStore(DEFAULT_FLOW);
    store.getState().setSimulating(true);
    const timeline = simulate(DEFAULT_FLOW, SAMPLE_SCENARIOS[0]!.scenario);
    const states = nodeStates(DEFAULT_FLOW, timeline, timeline.entries.length - 1);
    store.getState().setNodeStates(states);
    store.getState().selectEntry(timeline.entries[0]);
    expect(store.getState().simulation.nodeStates).toBe(states);
    expect(store.getState().past).toHaveLength(0);

    store.getState().setSimulating(false);
    expect(store.getState().simulation).toMatchObject({
      active: false,
      nodeStates: null,
      coverage: null,
      selectedEntry: null,
    });
  });
});

describe('scenarios kept with the flow', () => {
  it('starts with the three samples and reads back what was kept, per flow id', () => {
    const storage = memoryStorage();
    const first = loadScenarios(storage, 'flow-a');
    expect(first.map((s) => s.name)).toEqual([
      'Paid and delivered',
      'Never paid',
      'Client without a mobile phone',
    ]);
    expect(saveScenarios(storage, 'flow-a', [first[1]!])).toBe(true);
    expect(loadScenarios(storage, 'flow-a').map((s) => s.name)).toEqual(['Never paid']);
    expect(loadScenarios(storage, 'flow-b')).toHaveLength(3);
  });

  it('drops kept scenarios that no longer load, and falls back to the samples on broken text', () => {
    const good = JSON.parse(JSON.stringify(SAMPLE_SCENARIOS[0]!.scenario)) as object;
    const storage = memoryStorage({
      [scenariosStorageKey('a')]: JSON.stringify([good, { format: 'orderflow.scenario', version: 1 }]),
      [scenariosStorageKey('b')]: '{not json',
    });
    expect(loadScenarios(storage, 'a').map((s) => s.name)).toEqual(['Paid and delivered']);
    expect(loadScenarios(storage, 'b')).toHaveLength(3);
  });

  it('reports a storage that refuses to save', () => {
    const full = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(saveScenarios(full, 'a', [])).toBe(false);
    expect(saveScenarios(undefined, 'a', [])).toBe(false);
  });
});
