export type { IoProblem, IoCode } from './problems';
export { IO_CODES, ioCodeHelp, jsonPath } from './problems';
export { parseJsonText, isJsonObject } from './json';
export { loadFlow, loadScenario, loadTimeline } from './loadFlow';
export type { LoadFlowResult, LoadScenarioResult, LoadTimelineResult } from './loadFlow';
export { loadDocument, loadDocumentValue, detectFormat } from './load';
export { FLOW_KIND, SCENARIO_KIND, TIMELINE_KIND } from './kinds';
export { migrateDocument } from './migrate';
export { MIGRATIONS } from './migrations';
export {
  serializeDocument,
  serializeFlow,
  serializeScenario,
  serializeTimeline,
  withStableKeys,
} from './serialize';
