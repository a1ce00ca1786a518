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
];
