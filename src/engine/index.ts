/** The simulation engine (docs/semantics.md §4): pure, deterministic, time injected. */
export { simulate, type SimulateOptions } from './simulate';
export { createRun, type Run, type QueuedJobView, type TimelineFinal } from './run';
export type { RunSnapshot } from './snapshot';
export {
  SimulationInputError,
  DEFAULT_MAX_ENTRIES,
  DEFAULT_MAX_TRANSITIONS,
  DEFAULT_UNTIL,
  type InterpreterOptions,
} from './interpreter';
export type { DefinitionLookup } from './compile';
export { computeRunTime, type RunTime } from './runTime';
export { nextWorkingTime } from './workTime';
