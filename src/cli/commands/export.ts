import { lintFlow } from '../../domain/lint';
import { resolveEnvironment } from '../../domain/reference/defaultEnvironment';
import { exportFlowToBpmn } from '../../io/bpmn';
import type { CliIo } from '../io';
import { readFlow } from '../designCheck';
import { EXIT, nodeIo } from '../io';

export const EXPORT_USAGE = 'usage: orderflow export --to bpmn FLOW.json [--out FILE.bpmn]';

/** The command line, or a sentence saying what is wrong with it. */
function parseArgs(args: readonly string[]): { file: string; out: string | undefined } | string {
  let to: string | undefined;
  let out: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--to' || a === '--out') {
      const value = args[++i];
      if (value === undefined || value.startsWith('-')) return `${a} needs a value`;
      if (a === '--to') to = value;
      else out = value;
    } else if (a.startsWith('-')) return `Unknown option ${a}`;
    else files.push(a);
  }
  if (to === undefined) return 'Say which format to export to: --to bpmn';
  if (to !== 'bpmn') return `Unknown export format "${to}" (the only one is bpmn)`;
  if (files.length !== 1) return 'Give exactly one flow file';
  return { file: files[0]!, out };
}

/**
 * `export --to bpmn FLOW.json [--out FILE]` (docs/semantics.md §6): the flow as BPMN 2.0 XML for Camunda 8, on
 * stdout or into FILE; the flow's reading warnings and the export's warnings on stderr. Exit 0; 1 when the flow is invalid or has
 * lint errors (a design that cannot run as drawn is not deployed); 2 when the file cannot be read or
 * parsed, or the command line is wrong.
 */
export async function exportCommand(args: readonly string[], io: CliIo = nodeIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`${parsed}\n${EXPORT_USAGE}\n`);
    return EXIT.unreadable;
  }
  const { file, out } = parsed;
  // Reading warnings (a version-0 upgrade's judgement calls above all) go to stderr before the XML.
  const loaded = readFlow(file, io);
  if (!loaded.ok) return loaded.exit;
  const flow = loaded.value;
  const errors = lintFlow(flow, resolveEnvironment(undefined)).filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    for (const e of errors) io.stderr(`${file}: error ${e.code} ${e.path} ${e.message}\n`);
    io.stderr(`${file}: not exported: fix the errors first (orderflow validate lists every problem)\n`);
    return EXIT.invalid;
  }
  const { xml, warnings } = await exportFlowToBpmn(flow);
  for (const w of warnings)
    io.stderr(`${file}: warning ${w.code}${w.nodeId ? ` ${w.nodeId}` : ''} ${w.message}\n`);
  if (out === undefined) io.stdout(xml.endsWith('\n') ? xml : `${xml}\n`);
  else {
    try {
      if (!io.writeFile) throw new Error('writing files is not available here');
      io.writeFile(out, xml.endsWith('\n') ? xml : `${xml}\n`);
    } catch (e) {
      io.stderr(`${out}: cannot write the file (${e instanceof Error ? e.message : String(e)})\n`);
      return EXIT.unreadable;
    }
    io.stderr(`${file}: BPMN written to ${out}\n`);
  }
  return EXIT.ok;
}
