import { audioRule } from './rules/audio';
import { chainsRule } from './rules/chains';
import { conditionsRule } from './rules/conditions';
import { delaysRule } from './rules/delays';
import { idsRule } from './rules/ids';
import { referencesRule } from './rules/references';
import { settingsRule, textLimitRule } from './rules/settings';
import { statusNamesRule, statusTargetsRule, statusUseRule } from './rules/statuses';
import { templatesRule, writtenFieldsRule } from './rules/templates';
import { triggersRule } from './rules/triggers';
import type { LintRule } from './types';

/**
 * The well-formedness rules, in the order their problems are listed for one robot or trigger. The
 * hazard rules (hazards/index.ts) follow them; `LINT_RULES` in index.ts is both. Adding a rule is
 * adding it to one of the two lists.
 */
export const CORE_LINT_RULES: readonly LintRule[] = [
  idsRule,
  statusTargetsRule,
  statusUseRule,
  statusNamesRule,
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
