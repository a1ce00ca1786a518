import { describe, expect, it } from 'vitest';
import { scenariosFor } from '../../../src/app/SimulatorPane';
import { DEFAULT_FLOW, SAMPLE_SCENARIOS } from '../../../src/domain/samples';
import { loadFlow, serializeFlow } from '../../../src/io';
import { decodeShareFragment, encodeShareFragment } from '../../../src/io/exchange';
import { loadScenarios, saveScenarios, storedScenarios, withScenarios } from '../../../src/store';

/* Scenarios travel with the design: in its document (export, share link), and into a saved copy. */

const samples = SAMPLE_SCENARIOS.map((s) => s.scenario);
const mine = [{ ...samples[1]!, name: 'Mine', expect: [{ status: 'D', is: 'final' as const }] }];

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  } as unknown as Storage;
}

describe('scenarios travel with the design', () => {
  it('the flow document carries an optional scenarios list that loads and serializes back', () => {
    const text = serializeFlow(withScenarios(DEFAULT_FLOW, mine));
    const loaded = loadFlow(text);
    expect(loaded.ok && loaded.warnings).toEqual([]);
    expect(loaded.ok && loaded.flow.scenarios).toEqual(mine);
    expect(withScenarios(DEFAULT_FLOW, [])).toBe(DEFAULT_FLOW);
  });

  it('a share link carries them', async () => {
    const shared = await decodeShareFragment(await encodeShareFragment(withScenarios(DEFAULT_FLOW, mine)));
    expect(shared.ok && shared.flow.scenarios).toEqual(mine);
  });

  it('opening a design: the browser copy first, else the ones it carries, else the samples', () => {
    const storage = memoryStorage();
    expect(storedScenarios(storage, DEFAULT_FLOW.id)).toBeUndefined();
    expect(loadScenarios(storage, DEFAULT_FLOW.id, mine)).toEqual(mine);
    expect(loadScenarios(storage, DEFAULT_FLOW.id).map((s) => s.name)).toEqual(samples.map((s) => s.name));
    saveScenarios(storage, DEFAULT_FLOW.id, samples.slice(0, 1));
    expect(loadScenarios(storage, DEFAULT_FLOW.id, mine).map((s) => s.name)).toEqual(['Paid and delivered']);
  });

  it('a copy saved under a new id keeps the scenarios it was being tested with', () => {
    const copy = { ...DEFAULT_FLOW, id: 'copy-1' as typeof DEFAULT_FLOW.id };
    expect(scenariosFor(copy, mine, memoryStorage())).toEqual(mine);
    // A different design, whose statuses the scenarios do not start in, gets the samples instead.
    const other = {
      ...copy,
      statuses: [{ ...DEFAULT_FLOW.statuses[0]!, id: 'X' as (typeof DEFAULT_FLOW.statuses)[0]['id'] }],
      robots: [],
      triggers: [],
    };
    expect(scenariosFor(other, mine, memoryStorage()).map((s) => s.name)).toEqual(samples.map((s) => s.name));
  });
});
