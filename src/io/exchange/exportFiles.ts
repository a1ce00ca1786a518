import type { Flow } from '../../domain/flow';
import type { Scenario } from '../../domain/scenario';
import { serializeFlow, serializeScenario } from '../serialize';
import { exportFileName, scenarioFileName } from './fileName';

/** A file ready to download or copy: the name, its text and its media type. */
export interface ExportFile {
  fileName: string;
  text: string;
  mimeType: string;
}

export const JSON_TYPE = 'application/json';

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
