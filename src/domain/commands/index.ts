export { applyCommand } from './apply';
export { describeCommand } from './describe';
export { MAX_STATUSES } from './status';
export type {
  Command,
  CommandReport,
  CommandResult,
  CommandType,
  FlowSettingsChanges,
  RefusalCode,
  RobotChanges,
  RobotSlot,
  StatusChanges,
  TriggerChanges,
} from './types';
