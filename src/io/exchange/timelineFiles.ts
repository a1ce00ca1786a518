import type { Flow } from '../../domain/flow';
import type { Timeline } from '../../domain/timeline';
import { serializeTimeline } from '../serialize';
import { timelineToCsv } from './csv';
import type { ExportFile } from './exportFiles';
import { JSON_TYPE } from './exportFiles';
import { timelineFileName } from './fileName';

/*
 * Apart from exportFiles.ts, which the first screen's Export menu uses: only the simulator downloads
 * timelines, and a module shared with the first load is loaded whole (the CSV writer with it).
 */

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
