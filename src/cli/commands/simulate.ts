import type { Scenario } from '../../domain/scenario';
import { simulate, SimulationInputError } from '../../engine';
import { jsonPath } from '../../io';
import { checkDesign, readFlow, readScenario, reportProblems } from '../designCheck';
import type { CliIo } from '../io';
import { EXIT, cliT, nodeIo } from '../io';
import { explanationText, runFailureText, timelineText } from '../runText';
import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';

/** `usage: orderflow simulate FLOW.json SCENARIO.json …`, in the translator's language. */
export const simulateUsage = ({ t }: Translator = englishTranslator): string => t('cli.usage.simulate');

interface Args {
  files: string[];
  format: 'json' | 'text';
  explain: boolean;
  allowErrors: boolean;
}

/**
 * `simulate FLOW.json SCENARIO.json [SCENARIO2.json …] [--format json|text]` (docs/semantics.md §6): one JSON
 * timeline per scenario, one per line; or readable tables (`--explain` adds why each robot and
 * trigger that did not do its thing did not). Reading warnings and the design's lint errors go to
 * stderr; a design with errors is refused (exit 1) unless --allow-errors. Exit 2 when a file cannot
 * be read or is not JSON (and on a usage error); 1 when a document is invalid. Nothing is printed on
 * stdout unless every input is valid, so a script never reads a partial result.
 */
export function simulateCommand(args: readonly string[], io: CliIo = nodeIo): number {
  const translator = cliT(io);
  const parsed = parseArgs(args, translator);
  if (typeof parsed === 'string') {
    io.stderr(`${parsed}\n${simulateUsage(translator)}\n`);
    return EXIT.unreadable;
  }
  const [flowFile, ...scenarioFiles] = parsed.files;
  const flow = readFlow(flowFile!, io);
  const scenarios = scenarioFiles.map((file) => ({ file, loaded: readScenario(file, io) }));
  const failures = [flow, ...scenarios.map((s) => s.loaded)].filter((l) => !l.ok);
  if (failures.length > 0) return Math.max(...failures.map((l) => (l.ok ? 0 : l.exit)));
  if (!flow.ok) return flow.exit;
  const flowDoc = flow.value;
  const valid = scenarios
    .map((s) => (s.loaded.ok ? s.loaded.value : undefined))
    .filter((s) => s !== undefined);
  if (!checkDesign(flowFile!, flowDoc, valid, parsed.allowErrors, io)) return EXIT.invalid;

  const outputs: string[] = [];
  for (const { file, loaded } of scenarios) {
    if (!loaded.ok) return loaded.exit;
    const scenario: Scenario = loaded.value;
    try {
      const timeline = simulate(flowDoc, scenario);
      if (parsed.format === 'json') outputs.push(JSON.stringify(timeline));
      else {
        const title = `${file}${scenario.name ? ` — ${scenario.name}` : ''}`;
        const table = timelineText(timeline, flowDoc, scenario, translator);
        const why = parsed.explain ? `\n\n${explanationText(flowDoc, scenario, timeline, translator)}` : '';
        outputs.push(`${title}\n${table}${why}`);
      }
    } catch (e) {
      if (!(e instanceof SimulationInputError)) throw e;
      const message = runFailureText(e.message, translator);
      reportProblems(file, 'error', [{ code: 'OF004', path: jsonPath(e.path), message }], io);
      return EXIT.invalid;
    }
  }
  io.stdout(`${outputs.join(parsed.format === 'json' ? '\n' : '\n\n')}\n`);
  return EXIT.ok;
}

/** The command line, or a sentence saying what is wrong with it (in the translator's language). */
function parseArgs(args: readonly string[], { t }: Translator = englishTranslator): Args | string {
  const files: string[] = [];
  let format = 'json';
  let explain = false;
  let allowErrors = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--format') format = args[++i] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg === '--explain') explain = true;
    else if (arg === '--allow-errors') allowErrors = true;
    else if (arg.startsWith('--')) return t('cli.unknownOption', { option: arg });
    else files.push(arg);
  }
  if (format !== 'json' && format !== 'text') return t('cli.simulate.unknownFormat', { format });
  if (explain && format !== 'text') return t('cli.simulate.explainNeedsText');
  if (files.length < 2) return t('cli.simulate.files');
  return { files, format, explain, allowErrors };
}
