import type { Flow } from '../../domain/flow';
import { compileProcess } from './compile';
import { layoutProcess } from './layout';
import { writeBpmn } from './write';

import type { BpmnExport } from './types';
import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';

/** Written into the file's `exporterVersion`: the flow format the export was compiled from. */
const EXPORTER_VERSION = 'orderflow.flow v1';

export type { BpmnExport, BpmnExportWarning } from './types';

/**
 * Compiles a flow into executable BPMN 2.0 XML with the Zeebe extensions. Asynchronous because the
 * XML writer of bpmn-moddle is. Element names and warnings are in `translator`'s language. The browser loads this module lazily; nothing here imports Node
 * built-ins.
 */
export async function exportFlowToBpmn(
  flow: Flow,
  translator: Translator = englishTranslator,
): Promise<BpmnExport> {
  const compiled = compileProcess(flow, translator);
  const xml = await writeBpmn(compiled, layoutProcess(compiled.root), EXPORTER_VERSION);
  return { xml, warnings: compiled.warnings };
}
