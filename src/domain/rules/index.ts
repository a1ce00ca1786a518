export { canConnect, isAncestor, robotLabel } from './connect';
export type { RuleResult, RuleRefusalCode } from './connect';
export { canMove } from './move';
