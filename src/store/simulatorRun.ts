import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { Flow } from '../domain/flow';
import type { Scenario } from '../domain/scenario';
import type { Timeline } from '../domain/timeline';

/** How a run ended (the simulation client's outcome). */
export type RunOutcome =
  { status: 'done'; value: Timeline } | { status: 'cancelled' } | { status: 'failed'; message: string };

/**
 * What computes a run: the simulation client (a Web Worker, or the engine on the page). Declared
 * here rather than imported so the store does not depend on the worker plumbing.
 */
export interface ScenarioRunner {
  run(flow: Flow, scenario: Scenario): { result: Promise<RunOutcome>; cancel(): void };
}

/**
 * Runs a waiting robot now at an instant, recorded in the scenario (`skips`): the scenario with the
 * skip, its timeline and where the robot's outcome is; undefined when the robot is not waiting then.
 */
export type SkipPause = (
  flow: Flow,
  scenario: Scenario,
  at: string,
  robotId: string,
) => { scenario: Scenario; timeline: Timeline; position: number } | undefined;

export type SingleRun =
  | { kind: 'none' }
  | { kind: 'running' }
  // `scenario`: exactly what was run (skips included); `index`: its place in the scenario list;
  // `startAt`: after "Skip pause", playback stays where the user was (at the robot's outcome).
  | { kind: 'shown'; timeline: Timeline; scenario: Scenario; index: number; startAt?: number }
  | { kind: 'failed'; message: string };

/** The scenario selected in the panel, against which a shown run is current or out of date. */
export interface CurrentScenario {
  index: number;
  scenario: Scenario | undefined;
}

/** The same document: a run is current only while the scenario is exactly what was run. */
const sameScenario = (a: Scenario, b: Scenario) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * A shown run is out of date once the selected scenario is another one or was changed after the
 * run (its downloads, expectations from entries and skip pause are then off). Nothing shown is
 * never out of date.
 */
export function isOutOfDate(run: SingleRun, current: CurrentScenario): boolean {
  if (run.kind !== 'shown') return false;
  return run.index !== current.index || !current.scenario || !sameScenario(run.scenario, current.scenario);
}

/** The scenario without its recorded skipped pauses ("Remove skipped pauses"). */
export function withoutSkips(scenario: Scenario): Scenario {
  const { skips: _drop, ...rest } = scenario;
  return rest;
}

export interface SimulatorRunState {
  run: SingleRun;
  /**
   * Runs the scenario at `index` of the list (0 when not given); a run started meanwhile wins, and
   * the earlier one's result is dropped.
   */
  start(flow: Flow, scenario: Scenario, index?: number): Promise<void>;
  /** Stops the run in progress (its outcome is "cancelled": nothing is shown). */
  cancel(): void;
  /**
   * "Skip pause" on the run shown: the robot waiting at the instant of entry `position` runs now.
   * The skip is recorded in the run's scenario; that scenario is returned for the caller to keep in
   * the list at the run's `index`. Refused (undefined) when nothing is shown, when the run is out of
   * date against `current` (when given) or when the robot is not waiting then.
   */
  skipPause(
    flow: Flow,
    robotId: string,
    position: number,
    current?: CurrentScenario,
  ): { index: number; scenario: Scenario } | undefined;
}

/**
 * The simulator's single run — running, shown, failed or none — and its skipped pauses, apart from
 * the panel that draws it, so its transitions are plain functions tested without React. One per
 * mounted simulator panel; never saved (a run is recomputed from the flow and the scenario, whose
 * `skips` record every skipped pause).
 */
export function createSimulatorRun(runner: ScenarioRunner, skip: SkipPause): StoreApi<SimulatorRunState> {
  let task: ReturnType<ScenarioRunner['run']> | undefined;
  return createStore<SimulatorRunState>((set, get) => ({
    run: { kind: 'none' },
    async start(flow, scenario, index = 0) {
      task?.cancel();
      set({ run: { kind: 'running' } });
      const current = runner.run(flow, scenario);
      task = current;
      const outcome = await current.result;
      if (task !== current) return;
      task = undefined;
      if (outcome.status === 'done')
        set({ run: { kind: 'shown', timeline: outcome.value, scenario, index } });
      else if (outcome.status === 'cancelled') set({ run: { kind: 'none' } });
      else set({ run: { kind: 'failed', message: outcome.message } });
    },
    cancel() {
      task?.cancel();
    },
    skipPause(flow, robotId, position, current) {
      const run = get().run;
      if (run.kind !== 'shown' || (current && isOutOfDate(run, current))) return undefined;
      const at = run.timeline.entries[position]?.at;
      if (at === undefined) return undefined;
      const skipped = skip(flow, run.scenario, at, robotId);
      if (!skipped) return undefined;
      // The skip is part of the scenario from now on: the run shown is that scenario's run.
      set({
        run: { ...run, scenario: skipped.scenario, timeline: skipped.timeline, startAt: skipped.position },
      });
      return { index: run.index, scenario: skipped.scenario };
    },
  }));
}
