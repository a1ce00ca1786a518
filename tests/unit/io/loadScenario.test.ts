import { describe, expect, it } from 'vitest';
import { SAMPLE_SCENARIOS } from '../../../src/domain/samples';
import { loadScenario, loadTimeline, serializeScenario } from '../../../src/io';

describe('loadScenario', () => {
  it('reads every sample back', () => {
    for (const { scenario } of SAMPLE_SCENARIOS) {
      expect(loadScenario(serializeScenario(scenario))).toEqual({ ok: true, scenario, warnings: [] });
    }
  });

  it('reports a bad event time and an unknown event type with paths', () => {
    const doc = JSON.parse(serializeScenario(SAMPLE_SCENARIOS[0]!.scenario));
    doc.events[0].at = 'tomorrow';
    doc.events[1].type = 'parcel.lost';
    const result = loadScenario(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.path)).toEqual(['$.events[0].at', '$.events[1].type']);
      expect(result.errors[1]!.message).toMatch(/"parcel\.lost" is not allowed here/);
    }
  });

  it('refuses a flow', () => {
    const result = loadScenario('{"format":"orderflow.flow","version":1}');
    expect(result).toEqual({
      ok: false,
      errors: [{ code: 'OF002', path: '$.format', message: 'This is an Orderflow flow, not a scenario.' }],
    });
  });
});

describe('loadTimeline', () => {
  const timeline = {
    format: 'orderflow.timeline',
    version: 1,
    entries: [
      {
        seq: 1,
        at: '2025-03-03T17:00:00.000Z',
        kind: 'status.entered',
        status: 'N',
        from: null,
        cause: 'start',
      },
      { seq: 2, at: '2025-03-03T17:00:00.000Z', kind: 'end', status: 'N', reason: 'idle' },
    ],
    final: {
      status: 'N',
      order: {},
      contact: { name: '', phones: [], emails: [], chat: '' },
      company: null,
      pending: [],
    },
  };

  it('reads a timeline', () => {
    const result = loadTimeline(JSON.stringify(timeline));
    expect(result.ok).toBe(true);
  });

  it('points at an entry of an unknown kind', () => {
    const bad = { ...timeline, entries: [{ ...timeline.entries[0], kind: 'robot.exploded' }] };
    const result = loadTimeline(JSON.stringify(bad));
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['$.entries[0].kind']);
  });
});
