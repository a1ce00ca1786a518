import type { z } from 'zod';
import type { Scenario } from '../../domain/scenario';
import { simulate, SimulationInputError } from '../../engine';
import { formatTimelineText } from '../../engine/format';
import { FLOW_KIND, SCENARIO_KIND, jsonPath, loadDocument } from '../../io';
import type { DocumentKind } from '../../io/load';
import type { IoProblem } from '../../io';
import type { CliIo } from '../io';
import { nodeIo } from '../io';

const USAGE = 'usage: orderflow simulate FLOW.json SCENARIO.json [SCENARIO2.json …] [--format json|text]';

type Loaded<T> = { ok: true; value: T } | { ok: false; exit: 1 | 2 };

/**
 * `simulate FLOW.json SCENARIO.json [SCENARIO2.json …] [--format json|text]` (docs/semantics.md §6): one JSON
 * timeline per scenario, one per line; or readable tables. Exit 0; 2 when a file cannot be read or
 * is not JSON (and on a usage error); 1 when a document is invalid. Nothing is printed on stdout
 * unless every input is valid, so a script never reads a partial result.
 */
export function simulateCommand(args: readonly string[], io: CliIo = nodeIo): number {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`${parsed}\n${USAGE}\n`);
    return 2;
  }
  const [flowFile, ...scenarioFiles] = parsed.files;
  const flow = load(flowFile!, FLOW_KIND, io);
  const scenarios = scenarioFiles.map((file) => ({ file, loaded: load(file, SCENARIO_KIND, io) }));
  const failures = [flow, ...scenarios.map((s) => s.loaded)].filter((l) => !l.ok);
  if (failures.length > 0) return Math.max(...failures.map((l) => (l.ok ? 0 : l.exit)));
  if (!flow.ok) return flow.exit;
  const flowDoc = flow.value;

  const outputs: string[] = [];
  for (const { file, loaded } of scenarios) {
    if (!loaded.ok) return loaded.exit;
    const scenario: Scenario = loaded.value;
    try {
      const timeline = simulate(flowDoc, scenario);
      if (parsed.format === 'json') outputs.push(JSON.stringify(timeline));
      else {
        const title = `${file}${scenario.name ? ` — ${scenario.name}` : ''}`;
        outputs.push(`${title}\n${formatTimelineText(timeline, flowDoc, scenario.start.at)}`);
      }
    } catch (e) {
      if (!(e instanceof SimulationInputError)) throw e;
      report(file, [{ code: 'OF004', path: jsonPath(e.path), message: e.message }], io);
      return 1;
    }
  }
  io.stdout(`${outputs.join(parsed.format === 'json' ? '\n' : '\n\n')}\n`);
  return 0;
}

function parseArgs(args: readonly string[]): { files: string[]; format: 'json' | 'text' } | string {
  const files: string[] = [];
  let format = 'json';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--format') format = args[++i] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg.startsWith('--')) return `Unknown option ${arg}`;
    else files.push(arg);
  }
  if (format !== 'json' && format !== 'text') return `Unknown format "${format}" (expected json or text)`;
  if (files.length < 2) return 'Give a flow file and at least one scenario file';
  return { files, format };
}

function load<S extends z.ZodObject>(file: string, kind: DocumentKind<S>, io: CliIo): Loaded<z.infer<S>> {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (e) {
    io.stderr(`${file}: error $ Cannot read the file: ${e instanceof Error ? e.message : String(e)}\n`);
    return { ok: false, exit: 2 };
  }
  const result = loadDocument(text, kind);
  if (result.ok) return { ok: true, value: result.value };
  report(file, result.errors, io);
  // Not JSON at all is "cannot be parsed" (2); a JSON document that breaks the format is invalid (1).
  return { ok: false, exit: result.errors.some((p) => p.code === 'OF001') ? 2 : 1 };
}

function report(file: string, problems: readonly IoProblem[], io: CliIo): void {
  for (const p of problems) io.stderr(`${file}: error ${p.code} ${p.path} ${p.message}\n`);
}
