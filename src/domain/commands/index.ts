export { applyCommand } from './apply';
export { MAX_STATUSES } from './status';
export type {
  Command,
  CommandReport,
  CommandResult,
  CommandType,
  RefusalCode,
  RobotChanges,
  RobotSlot,
  StatusChanges,
  TriggerChanges,
} from './types';
