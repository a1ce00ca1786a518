import type { Flow } from '../../domain/flow';
import type { Scenario } from '../../domain/scenario';
import type { Timeline } from '../../domain/timeline';
import { serializeFlow, serializeScenario, serializeTimeline } from '../serialize';
import { timelineToCsv } from './csv';
import { exportFileName, scenarioFileName, timelineFileName } from './fileName';

/** A file ready to download or copy: the name, its text and its media type. */
export interface ExportFile {
  fileName: string;
  text: string;
  mimeType: string;
}

const JSON_TYPE = 'application/json';

/** `NAME.orderflow.json`, stable key order, pretty-printed. */
export const flowExport = (flow: Flow): ExportFile => ({
  fileName: exportFileName(flow),
  text: serializeFlow(flow),
  mimeType: JSON_TYPE,
});

export const scenarioExport = (scenario: Scenario): ExportFile => ({
  fileName: scenarioFileName(scenario),
  text: serializeScenario(scenario),
  mimeType: JSON_TYPE,
});

/** A simulation's timeline as JSON or as the CSV log. */
export function timelineExport(
  timeline: Timeline,
  flow: Flow,
  scenarioName: string,
  format: 'json' | 'csv',
): ExportFile {
  return format === 'json'
    ? {
        fileName: timelineFileName(flow, scenarioName, 'json'),
        text: serializeTimeline(timeline),
        mimeType: JSON_TYPE,
      }
    : {
        fileName: timelineFileName(flow, scenarioName, 'csv'),
        text: timelineToCsv(timeline, flow),
        mimeType: 'text/csv;charset=utf-8',
      };
}
