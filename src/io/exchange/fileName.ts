/** Characters no common file system accepts in a name (Windows is the strictest), and control characters. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]+/g;
/** Names Windows reserves whatever the extension ("CON.orderflow.json" cannot be created). */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_STEM = 100;

/** A flow or scenario name made safe as a file name stem; `fallback` when nothing usable is left. */
export function safeFileStem(name: string, fallback: string): string {
  let stem = name
    .normalize('NFC')
    .replace(FORBIDDEN, '-')
    .replace(/\s+/g, ' ')
    // Leading dots hide files on Unix; trailing dots and spaces are stripped by Windows.
    .replace(/^[\s.-]+|[\s.-]+$/g, '');
  if (stem.length > MAX_STEM) stem = stem.slice(0, MAX_STEM).trimEnd();
  if (stem === '') return fallback;
  return RESERVED.test(stem) ? `_${stem}` : stem;
}

/** `NAME.orderflow.json`: the file a flow is downloaded as. */
export const exportFileName = (flow: { name: string }): string =>
  `${safeFileStem(flow.name, 'flow')}.orderflow.json`;

/** `NAME.bpmn`: the flow compiled to BPMN 2.0 for Camunda 8 (Camunda Modeler opens `.bpmn`). */
export const bpmnFileName = (flow: { name: string }): string => `${safeFileStem(flow.name, 'flow')}.bpmn`;

/** `NAME.scenario.json` for a scenario. */
export const scenarioFileName = (scenario: { name: string }): string =>
  `${safeFileStem(scenario.name, 'scenario')}.scenario.json`;

/** `FLOW - SCENARIO.timeline.json` or `.timeline.csv`: a simulation's log. */
export function timelineFileName(flow: { name: string }, scenarioName: string, ext: 'json' | 'csv'): string {
  const stem = safeFileStem([flow.name, scenarioName].filter(Boolean).join(' - '), 'timeline');
  return `${stem}.timeline.${ext}`;
}
