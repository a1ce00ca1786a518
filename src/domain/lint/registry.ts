import { audioRule } from './rules/audio';
import { chainsRule } from './rules/chains';
import { conditionsRule } from './rules/conditions';
import { delaysRule } from './rules/delays';
import { idsRule } from './rules/ids';
import { referencesRule } from './rules/references';
import { settingsRule, textLimitRule } from './rules/settings';
import { statusTargetsRule, statusUseRule } from './rules/statuses';
import { templatesRule, writtenFieldsRule } from './rules/templates';
import { triggersRule } from './rules/triggers';
import { afterMoveRule } from './hazards/afterMove';
import { jumpsRule } from './hazards/jumps';
import { loopsRule } from './hazards/loops';
import { parallelWritesRule } from './hazards/parallelWrites';
import { quietHoursRule } from './hazards/quietHours';
import { recipientsRule } from './hazards/recipients';
import { senselessConditionsRule } from './hazards/senseless';
import { smsPartsRule } from './hazards/smsParts';
import { starvedRule } from './hazards/starved';
import type { LintRule } from './types';

/** Every lint rule, in the order their problems are listed for one robot or trigger. Adding a rule is adding it here. */
export const LINT_RULES: readonly LintRule[] = [
  idsRule,
  statusTargetsRule,
  statusUseRule,
  chainsRule,
  settingsRule,
  textLimitRule,
  audioRule,
  templatesRule,
  writtenFieldsRule,
  delaysRule,
  conditionsRule,
  triggersRule,
  referencesRule,
  // Hazards: well-formed designs that will go wrong when they run.
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
