/** The simulator's runtime side: worker client, playback, skip pause. Pure views live in domain/simulation. */
export {
  createSimulationClient,
  taskFailureText,
  type SimulationClient,
  type SimulationTask,
  type TaskOutcome,
  type WorkerLike,
} from './client';
export type { BatchOutcome, SimulationRequest, SimulationResponse } from './protocol';
export * from './playback';
export { skipPause, skippableAt } from './skipPause';
export { runSuite, createSuite, type SuiteResult, type SuiteCoverage, type SuiteOutcome } from './testSuite';
