import { describe, expect, it } from 'vitest';
import { SAMPLE_SCENARIOS } from '../../../src/domain/samples';
import { client, failure, unwrap, withMockBackend } from './harness';

withMockBackend();

const ID = 'online-store-default';
const samples = SAMPLE_SCENARIOS.map((s) => s.scenario);

describe('scenarios stored per flow (mocked backend, docs/semantics.md §7)', () => {
  it('starts empty, stores a list with its expectations and skips, and gives it back', async () => {
    const api = client();
    expect(unwrap(await api.getScenarios(ID))).toEqual([]);
    const list = [
      { ...samples[1]!, skips: [{ robot: 'n_cancel', at: '2025-03-04T17:00:00.000Z' }] },
      samples[0]!,
    ];
    expect(unwrap(await api.putScenarios(ID, list))).toEqual(list);
    expect(unwrap(await api.getScenarios(ID))).toEqual(list);
  });

  it('refuses the whole list when one scenario is invalid, naming its path', async () => {
    const api = client();
    const bad = { ...samples[0]!, start: { ...samples[0]!.start, at: 'soon' } };
    const error = failure(await api.putScenarios(ID, [samples[0]!, bad]));
    expect(error).toMatchObject({ kind: 'http', status: 400 });
    expect(unwrap(await api.getScenarios(ID))).toEqual([]);
  });

  it('a duplicated flow gets a copy of the scenarios; an unknown flow has none', async () => {
    const api = client();
    unwrap(await api.putScenarios(ID, samples));
    const copy = unwrap(await api.duplicateFlow(ID));
    expect(unwrap(await api.getScenarios(copy.flow.id))).toEqual(samples);
    // As the server answers: the list of a flow it does not know is empty, not an error.
    expect(unwrap(await api.getScenarios('nope'))).toEqual([]);
  });
});
