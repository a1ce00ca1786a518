/** A problem the export met: what BPMN cannot express exactly, said in a sentence a user reads. */
export interface BpmnExportWarning {
  code: string;
  message: string;
  nodeId?: string;
  status?: string;
}

/** The compiled BPMN 2.0 document (Camunda 8 / Zeebe) and what the user should know about it. */
export interface BpmnExport {
  xml: string;
  warnings: BpmnExportWarning[];
}
