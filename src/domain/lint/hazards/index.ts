import type { LintRule } from '../types';
import { afterMoveRule } from './afterMove';
import { jumpsRule } from './jumps';
import { loopsRule } from './loops';
import { parallelWritesRule } from './parallelWrites';
import { quietHoursRule } from './quietHours';
import { recipientsRule } from './recipients';
import { senselessConditionsRule } from './senseless';
import { smsPartsRule } from './smsParts';
import { starvedRule } from './starved';

/**
 * Hazards: designs that are well-formed and will go wrong when they run. A module of their own so
 * the page can load them after its first screen (store/lint.ts); everything else lints with them.
 */
export const HAZARD_RULES: readonly LintRule[] = [
  parallelWritesRule,
  afterMoveRule,
  starvedRule,
  loopsRule,
  senselessConditionsRule,
  jumpsRule,
  quietHoursRule,
  smsPartsRule,
  recipientsRule,
];

export { starvedRobots } from './starved';
