export { allowedPrevious, canConnect, isAncestor, judgeLink, robotLabel } from './connect';
export { indexLinks } from './links';
export type { LinkIndex } from './links';
export type { RuleResult, RuleRefusalCode } from './connect';
export { canMove } from './move';
