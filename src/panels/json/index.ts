export { JsonPanel } from './JsonPanel';
export type { JsonDraft, JsonPanelProps } from './JsonPanel';
export { checkFlowText, placeLintProblems } from './checkFlowText';
export type { FlowTextCheck, TextProblem } from './checkFlowText';
