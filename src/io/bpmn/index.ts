import type { Flow } from '../../domain/flow';

import type { BpmnExport } from './types';

export type { BpmnExport, BpmnExportWarning } from './types';

/**
 * Compiles a flow into executable BPMN 2.0 XML with the Zeebe extensions. Asynchronous because the
 * XML writer of bpmn-moddle is; loaded lazily by the browser, so nothing here imports Node built-ins.
 */
export async function exportFlowToBpmn(flow: Flow): Promise<BpmnExport> {
  const { compileFlowToBpmn } = await import('./compile');
  return compileFlowToBpmn(flow);
}
