import type { AnyRobotDefinition } from '../types';
import type { RobotType } from '../../types';
import { logWrite } from './log.write';

/** Every robot type's declaration, keyed by its literal: a missing type is a compile error. */
export const ROBOT_DEFINITIONS: { [T in RobotType]: AnyRobotDefinition } = {
  'log.write': logWrite,
};
