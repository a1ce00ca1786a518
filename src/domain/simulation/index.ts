/** Pure views over simulation results: node states at a position, the time axis, what-if batches. */
export {
  nodeStates,
  clampPosition,
  type NodeReason,
  type NodeStates,
  type RobotState,
  type RobotStateKind,
  type TriggerState,
} from './nodeStates';
export { timeAxis, type TimeAxis, type StatusBand, type RobotMark } from './bands';
export * from './batch';
export type { PhoneType, EmailType } from './contactTypes';
export { seededRandom, sampleIndices } from './random';
export { instantMs, msInstant } from './time';
