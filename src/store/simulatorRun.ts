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

/** Runs a waiting robot now at a playback position: the new timeline and where its outcome is. */
export type SkipPause = (
  flow: Flow,
  scenario: Scenario,
  position: number,
  robotId: string,
) => { timeline: Timeline; position: number } | undefined;

export type SingleRun =
  | { kind: 'none' }
  | { kind: 'running' }
  // `startAt`: after "Skip pause", playback stays where the user was (at the robot's outcome).
  | { kind: 'shown'; timeline: Timeline; scenario: Scenario; startAt?: number }
  | { kind: 'failed'; message: string };

export interface SimulatorRunState {
  run: SingleRun;
  /** Runs the scenario; a run started meanwhile wins, and the earlier one's result is dropped. */
  start(flow: Flow, scenario: Scenario): Promise<void>;
  /** Stops the run in progress (its outcome is "cancelled": nothing is shown). */
  cancel(): void;
  /** "Skip pause" on the run shown: the robot waiting at `position` runs now. */
  skipPause(flow: Flow, robotId: string, position: number): void;
}

/**
 * The simulator's single run — running, shown, failed or none — apart from the panel that draws it,
 * so its transitions are plain functions tested without React. One per mounted simulator panel;
 * never saved (a run is recomputed from the flow and the scenario).
 */
export function createSimulatorRun(runner: ScenarioRunner, skip: SkipPause): StoreApi<SimulatorRunState> {
  let task: ReturnType<ScenarioRunner['run']> | undefined;
  return createStore<SimulatorRunState>((set, get) => ({
    run: { kind: 'none' },
    async start(flow, scenario) {
      task?.cancel();
      set({ run: { kind: 'running' } });
      const current = runner.run(flow, scenario);
      task = current;
      const outcome = await current.result;
      if (task !== current) return;
      task = undefined;
      if (outcome.status === 'done') set({ run: { kind: 'shown', timeline: outcome.value, scenario } });
      else if (outcome.status === 'cancelled') set({ run: { kind: 'none' } });
      else set({ run: { kind: 'failed', message: outcome.message } });
    },
    cancel() {
      task?.cancel();
    },
    skipPause(flow, robotId, position) {
      const run = get().run;
      if (run.kind !== 'shown') return;
      const skipped = skip(flow, run.scenario, position, robotId);
      if (skipped) set({ run: { ...run, timeline: skipped.timeline, startAt: skipped.position } });
    },
  }));
}
