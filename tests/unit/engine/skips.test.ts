import { describe, expect, it } from 'vitest';
import { createRun, simulate } from '../../../src/engine';
import { flow, line, log, scenario, START } from './helpers';

/* Recorded skipped pauses (scenario `skips`): replayed after the jobs already due at their instant. */

const f = flow({
  statuses: ['A', 'B'],
  robots: [
    log('late', 'A', { delay: { type: 'after', value: 3, unit: 'days' } }),
    log('after', 'A', { after: 'late' }),
    log('hourly', 'A', { delay: { type: 'after', value: 1, unit: 'hours' } }),
  ],
});
const AN_HOUR = '2024-01-10T09:00:00.000Z';

describe('scenario skips', () => {
  it('runs the waiting robot at the skip instant, after the jobs due at that instant, and its chain follows', () => {
    const t = simulate(f, scenario({ skips: [{ robot: 'late', at: AN_HOUR }] }));
    const at = t.entries.filter((e) => e.at === AN_HOUR).map(line);
    // "hourly" was due at the instant of the skip: it runs first (docs/semantics.md §4 order), then the skipped robot.
    expect(at).toEqual([
      'robot.done hourly',
      'robot.done late',
      'robot.scheduled after 2024-01-10T09:00:00.000Z',
      'robot.done after',
      'end idle',
    ]);
    expect(t.final.pending).toEqual([]);
  });

  it('the step API reproduces what a replayed skip gives, byte for byte', () => {
    const withSkip = simulate(f, scenario({ skips: [{ robot: 'late', at: AN_HOUR }] }));
    const run = createRun(f, scenario());
    run.runUntil(AN_HOUR);
    expect(run.skipDelay('late')).toBe(true);
    run.runToEnd();
    expect(JSON.stringify(run.timeline())).toBe(JSON.stringify(withSkip));
  });

  it('a skip whose robot is not waiting does nothing; one before the clock acts at the clock', () => {
    const plain = simulate(f, scenario());
    expect(simulate(f, scenario({ skips: [{ robot: 'hourly', at: '2024-01-12T00:00:00Z' }] }))).toStrictEqual(
      plain,
    );
    const early = simulate(f, scenario({ skips: [{ robot: 'late', at: '2020-01-01T00:00:00Z' }] }));
    expect(early.entries.find((e) => e.kind === 'robot.done' && e.robot === 'late')?.at).toBe(START);
  });
});
