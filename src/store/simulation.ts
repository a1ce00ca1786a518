import type { StateCreator } from 'zustand';
import type { CommandResult } from '../domain/commands';
import type { Coverage, NodeStates } from '../domain/simulation';
import type { TimelineEntry } from '../domain/timeline';
import type { DesignerState } from './types';

/** What the canvas shows of a simulation. View state: never recorded in history, never saved. */
export interface SimulationView {
  /** Simulate mode: the design is locked and the simulator panel is shown. */
  active: boolean;
  /** Node states at the playback position of the run shown; null when no run is shown. */
  nodeStates: NodeStates | null;
  /** The last what-if batch's coverage; null when none is shown. */
  coverage: Coverage | null;
  /** The timeline entry chosen last. */
  selectedEntry: TimelineEntry | null;
  /** Runs a waiting robot now ("Skip pause"); set by the simulator while a run is shown. */
  skipPause: ((robotId: string) => void) | null;
}

export interface SimulationSlice {
  simulation: SimulationView;
  setSimulating(active: boolean): void;
  setNodeStates(states: NodeStates | undefined): void;
  setCoverage(coverage: Coverage | undefined): void;
  selectEntry(entry: TimelineEntry | undefined): void;
  setSkipPause(skip: ((robotId: string) => void) | undefined): void;
}

type Slice<T> = StateCreator<DesignerState, [['zustand/immer', never]], [], T>;

const IDLE: SimulationView = {
  active: false,
  nodeStates: null,
  coverage: null,
  selectedEntry: null,
  skipPause: null,
};

/** The refusal every edit gets while simulating. */
/** The English refusal; the store says it in the designer's language (simulator.locked.reason). */
export const LOCKED_REASON = 'Design locked while simulating';
export const lockedRefusal = (reason: string = LOCKED_REASON): CommandResult => ({
  ok: false,
  code: 'invalid',
  reason,
});

export const isSimulating = (s: DesignerState) => s.simulation.active;

/*
 * Writes replace `simulation` as a whole, outside immer: node states and timelines are
 * large, read-only results of the engine and must not be frozen or proxied on every playback step.
 */
export const createSimulationSlice: Slice<SimulationSlice> = (set, get) => {
  // An object, not a recipe: the immer middleware passes it through without a draft.
  const update = (changes: Partial<SimulationView>) =>
    set({ simulation: { ...get().simulation, ...changes } });
  return {
    simulation: IDLE,
    setSimulating(active) {
      if (get().simulation.active === active) return;
      // Leaving simulate mode clears what the canvas showed of the run.
      update(active ? { active } : IDLE);
    },
    setNodeStates(states) {
      update({ nodeStates: states ?? null });
    },
    setCoverage(coverage) {
      update({ coverage: coverage ?? null });
    },
    selectEntry(entry) {
      update({ selectedEntry: entry ?? null });
    },
    setSkipPause(skip) {
      update({ skipPause: skip ?? null });
    },
  };
};
