export { bpmnFileName, exportFileName, scenarioFileName, timelineFileName, safeFileStem } from './fileName';
export { flowExport, scenarioExport, timelineExport } from './exportFiles';
export type { ExportFile } from './exportFiles';
export { timelineToCsv, TIMELINE_CSV_COLUMNS } from './csv';
export { encodeShareFragment, decodeShareFragment, isShareFragment, shareUrl } from './share';
export { importText, readImportFile, MAX_IMPORT_BYTES } from './importText';
export type { ImportKind, ImportResult } from './importText';
export { downloadFile, copyText } from './browser';
export { serializeFlow, serializeScenario, serializeTimeline } from '../serialize';
