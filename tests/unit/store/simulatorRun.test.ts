import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_FLOW, SAMPLE_SCENARIOS } from '../../../src/domain/samples';
import type { Timeline } from '../../../src/domain/timeline';
import { simulate } from '../../../src/engine';
import { skipPause } from '../../../src/sim';
import type { RunOutcome, ScenarioRunner } from '../../../src/store/simulatorRun';
import { createSimulatorRun, isOutOfDate, withoutSkips } from '../../../src/store/simulatorRun';

/* The simulator's single run as a store: its transitions without React, a worker or timers. */

const flow = DEFAULT_FLOW;
const [paid, neverPaid] = SAMPLE_SCENARIOS.map((s) => s.scenario) as [
  (typeof SAMPLE_SCENARIOS)[number]['scenario'],
  (typeof SAMPLE_SCENARIOS)[number]['scenario'],
];

/** A runner whose runs settle when the test says so. */
function manualRunner() {
  const pending: { settle(outcome: RunOutcome): void; cancelled: boolean }[] = [];
  const runner: ScenarioRunner = {
    run() {
      let settle!: (outcome: RunOutcome) => void;
      const result = new Promise<RunOutcome>((resolve) => (settle = resolve));
      const job = { settle, cancelled: false };
      pending.push(job);
      return {
        result,
        cancel() {
          job.cancelled = true;
          settle({ status: 'cancelled' });
        },
      };
    },
  };
  return { runner, pending };
}

const timelineOf = (s: typeof paid): Timeline => simulate(flow, s);

describe('the simulator run store', () => {
  it('goes from none to running to shown with the run’s timeline and scenario', async () => {
    const { runner, pending } = manualRunner();
    const store = createSimulatorRun(runner, skipPause);
    expect(store.getState().run).toEqual({ kind: 'none' });
    const started = store.getState().start(flow, paid);
    expect(store.getState().run).toEqual({ kind: 'running' });
    pending[0]!.settle({ status: 'done', value: timelineOf(paid) });
    await started;
    expect(store.getState().run).toMatchObject({ kind: 'shown', scenario: paid, index: 0 });
  });

  it('a shown run remembers the place in the list of the scenario it ran', async () => {
    const { runner, pending } = manualRunner();
    const store = createSimulatorRun(runner, skipPause);
    const started = store.getState().start(flow, neverPaid, 1);
    pending[0]!.settle({ status: 'done', value: timelineOf(neverPaid) });
    await started;
    expect(store.getState().run).toMatchObject({ kind: 'shown', scenario: neverPaid, index: 1 });
  });

  it('a failure is shown with its message; a cancel returns to none', async () => {
    const { runner, pending } = manualRunner();
    const store = createSimulatorRun(runner, skipPause);
    const failing = store.getState().start(flow, paid);
    pending[0]!.settle({ status: 'failed', message: 'Unknown start status "Q"' });
    await failing;
    expect(store.getState().run).toEqual({ kind: 'failed', message: 'Unknown start status "Q"' });

    const cancelled = store.getState().start(flow, paid);
    store.getState().cancel();
    await cancelled;
    expect(pending[1]!.cancelled).toBe(true);
    expect(store.getState().run).toEqual({ kind: 'none' });
  });

  it('a run started meanwhile wins: the earlier one is cancelled and its result dropped', async () => {
    const { runner, pending } = manualRunner();
    const store = createSimulatorRun(runner, skipPause);
    const first = store.getState().start(flow, paid);
    const second = store.getState().start(flow, neverPaid);
    expect(pending[0]!.cancelled).toBe(true);
    await first;
    expect(store.getState().run).toEqual({ kind: 'running' });
    pending[1]!.settle({ status: 'done', value: timelineOf(neverPaid) });
    await second;
    expect(store.getState().run).toMatchObject({ kind: 'shown', scenario: neverPaid });
  });

  it('skip pause replaces the shown timeline and keeps playback at the robot’s outcome', async () => {
    const { runner, pending } = manualRunner();
    const store = createSimulatorRun(runner, skipPause);
    const started = store.getState().start(flow, neverPaid);
    const timeline = timelineOf(neverPaid);
    pending[0]!.settle({ status: 'done', value: timeline });
    await started;
    // The payment reminder waits three days after the order enters N.
    const scheduled = timeline.entries.findIndex((e) => e.kind === 'robot.scheduled' && e.runAt > e.at);
    expect(scheduled).toBeGreaterThan(-1);
    const robot = (timeline.entries[scheduled] as { robot: string }).robot;
    const recorded = store.getState().skipPause(flow, robot, scheduled);
    const run = store.getState().run;
    expect(run.kind).toBe('shown');
    if (run.kind !== 'shown') return;
    expect(run.timeline).not.toEqual(timeline);
    expect(run.timeline.entries[run.startAt!]).toMatchObject({ robot, at: timeline.entries[scheduled]!.at });
    // The skip is recorded in the scenario: the run shown is that scenario's run, the CLI's too.
    const at = timeline.entries[scheduled]!.at;
    expect(run.scenario.skips).toEqual([{ robot, at }]);
    expect(recorded).toEqual({ index: 0, scenario: run.scenario });
    expect(run.timeline).toEqual(simulate(flow, run.scenario));
  });

  it('skip pause is refused while the run shown is out of date', async () => {
    const { runner, pending } = manualRunner();
    const skip = vi.fn(skipPause);
    const store = createSimulatorRun(runner, skip);
    const started = store.getState().start(flow, neverPaid, 1);
    const timeline = timelineOf(neverPaid);
    pending[0]!.settle({ status: 'done', value: timeline });
    await started;
    const scheduled = timeline.entries.findIndex((e) => e.kind === 'robot.scheduled' && e.runAt > e.at);
    const robot = (timeline.entries[scheduled] as { robot: string }).robot;
    const before = store.getState().run;
    // Another scenario is selected, or this one was edited after the run.
    expect(
      store.getState().skipPause(flow, robot, scheduled, { index: 0, scenario: neverPaid }),
    ).toBeUndefined();
    const edited = { ...neverPaid, name: `${neverPaid.name} (edited)` };
    expect(
      store.getState().skipPause(flow, robot, scheduled, { index: 1, scenario: edited }),
    ).toBeUndefined();
    expect(skip).not.toHaveBeenCalled();
    expect(store.getState().run).toBe(before);
    // Current again: the skip goes through and names the run's place in the list.
    const recorded = store.getState().skipPause(flow, robot, scheduled, { index: 1, scenario: neverPaid });
    expect(recorded?.index).toBe(1);
    expect(recorded?.scenario.skips).toHaveLength(1);
  });

  it('skip pause refuses a robot that is not waiting at that instant', async () => {
    const { runner, pending } = manualRunner();
    const store = createSimulatorRun(runner, skipPause);
    const started = store.getState().start(flow, neverPaid);
    pending[0]!.settle({ status: 'done', value: timelineOf(neverPaid) });
    await started;
    const before = store.getState().run;
    expect(store.getState().skipPause(flow, 'no-such-robot', 0)).toBeUndefined();
    expect(store.getState().run).toBe(before);
  });

  it('out of date: another scenario selected or the scenario changed; nothing shown never is', async () => {
    expect(isOutOfDate({ kind: 'none' }, { index: 0, scenario: paid })).toBe(false);
    expect(isOutOfDate({ kind: 'running' }, { index: 0, scenario: paid })).toBe(false);
    const shown = { kind: 'shown' as const, timeline: timelineOf(paid), scenario: paid, index: 0 };
    expect(isOutOfDate(shown, { index: 0, scenario: paid })).toBe(false);
    // The same document read again (a copy) is still current.
    expect(isOutOfDate(shown, { index: 0, scenario: structuredClone(paid) })).toBe(false);
    expect(isOutOfDate(shown, { index: 1, scenario: paid })).toBe(true);
    expect(isOutOfDate(shown, { index: 0, scenario: undefined })).toBe(true);
    expect(isOutOfDate(shown, { index: 0, scenario: { ...paid, name: 'renamed' } })).toBe(true);
  });

  it('removing skipped pauses drops only the skips', () => {
    const skipped = { ...neverPaid, skips: [{ robot: 'n_reminder', at: '2024-03-01T09:00:00.000Z' }] };
    expect(withoutSkips(skipped)).toEqual(neverPaid);
    expect('skips' in withoutSkips(skipped)).toBe(false);
  });

  it('skip pause does nothing while no run is shown', () => {
    const skip = vi.fn(skipPause);
    const store = createSimulatorRun(manualRunner().runner, skip);
    store.getState().skipPause(flow, 'n_code', 0);
    expect(skip).not.toHaveBeenCalled();
    expect(store.getState().run).toEqual({ kind: 'none' });
  });
});
