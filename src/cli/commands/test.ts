import type { Flow } from '../../domain/flow';
import type { Scenario } from '../../domain/scenario';
import { simulate, SimulationInputError } from '../../engine';
import { judgeExpectations } from '../../engine/expectations';
import type { ExpectationVerdict } from '../../engine/expectations';
import { checkDesign, readFlow, readScenario } from '../designCheck';
import type { CliIo } from '../io';
import { EXIT, cliT, nodeIo, writeOutput } from '../io';
import type { JunitCase } from '../junit';
import { junitXml } from '../junit';
import { engineTranslator, runFailureText } from '../runText';
import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';

/** `usage: orderflow test FLOW.json [SCENARIO.json… | FOLDER] …`, in the translator's language. */
export const testUsage = ({ t }: Translator = englishTranslator): string => t('cli.usage.test');

interface Args {
  flow: string;
  inputs: string[];
  junit: string | undefined;
  allowErrors: boolean;
}

/** The command line, or a sentence saying what is wrong with it (in the translator's language). */
function parseArgs(args: readonly string[], { t }: Translator = englishTranslator): Args | string {
  const files: string[] = [];
  let junit: string | undefined;
  let allowErrors = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--junit') {
      junit = args[++i];
      if (junit === undefined || junit.startsWith('-')) return t('cli.test.junitNeedsFile');
    } else if (a.startsWith('--junit=')) junit = a.slice('--junit='.length);
    else if (a === '--allow-errors') allowErrors = true;
    else if (a.startsWith('-')) return t('cli.unknownOption', { option: a });
    else files.push(a);
  }
  if (files.length < 1) return t('cli.test.files');
  const [flow, ...inputs] = files;
  return { flow: flow!, inputs, junit, allowErrors };
}

/**
 * The scenario files named on the command line; a folder stands for its `.json` files in name
 * order, except those that are not scenarios (a flow or timelines often sit beside them).
 */
function scenarioFiles(inputs: readonly string[], io: CliIo): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    const listed = io.listDir?.(input);
    if (listed === undefined) {
      out.push(input);
      continue;
    }
    for (const name of [...listed].sort()) {
      if (!name.endsWith('.json')) continue;
      const path = `${input.replace(/\/+$/, '')}/${name}`;
      if (looksLikeScenario(path, io)) out.push(path);
    }
  }
  return out;
}

function looksLikeScenario(path: string, io: CliIo): boolean {
  try {
    return /"format"\s*:\s*"orderflow\.scenario"/.test(io.readFile(path));
  } catch {
    // Unreadable: keep it, so the run says so instead of passing over it.
    return true;
  }
}

interface Outcome {
  line: string;
  details: string[];
  junit: JunitCase;
  exit: number;
}

/**
 * Runs one scenario and judges its expectations. `PASS`/`FAIL` and the JUnit case are the same in
 * every language (machine output); the notes a person reads are in the translator's.
 */
function testScenario(
  flow: Flow,
  scenario: Scenario,
  file: string,
  translator: Translator = englishTranslator,
): Outcome {
  const { t } = translator;
  const name = scenario.name || file;
  let timeline;
  try {
    timeline = simulate(flow, scenario);
  } catch (e) {
    if (!(e instanceof SimulationInputError)) throw e;
    return {
      line: `FAIL ${name}`,
      details: [`  ${t('cli.test.cannotRun', { reason: runFailureText(e.message, translator) })}`],
      junit: { name, file, error: e.message },
      exit: EXIT.invalid,
    };
  }
  const verdicts = judgeExpectations(flow, scenario, timeline, {}, engineTranslator(translator));
  const falses = verdicts.filter((v) => !v.holds);
  if (falses.length === 0) {
    const shown = verdicts.length === 0 ? t('cli.test.noExpectations', { name }) : name;
    return { line: `PASS ${shown}`, details: [], junit: { name, file }, exit: EXIT.ok };
  }
  const detail = (v: ExpectationVerdict) => `expect[${v.index}]: ${v.statement} — ${v.instead ?? ''}`;
  // JUnit is machine output for CI, English in every language: its details are judged without one.
  const englishFalses = engineTranslator(translator)
    ? judgeExpectations(flow, scenario, timeline).filter((v) => !v.holds)
    : falses;
  return {
    line: `FAIL ${name}`,
    details: falses.map((v) => `  ${detail(v)}`),
    junit: {
      name,
      file,
      failure: {
        message: `${falses.length} of ${verdicts.length} expectation${verdicts.length === 1 ? '' : 's'} false`,
        details: englishFalses.map(detail).join('\n'),
      },
    },
    exit: EXIT.invalid,
  };
}

/**
 * `test FLOW.json SCENARIO.json… | FOLDER [--junit FILE]` (docs/semantics.md §6): runs each scenario and judges
 * its `expect` list. One line per scenario on stdout (`PASS NAME`, `FAIL NAME` and a line per false
 * expectation). Exit 0 when all hold; 1 when one does not, a document is invalid or the design has
 * lint errors (unless --allow-errors); 2 when a file cannot be read or the command line is wrong.
 * Without scenario files, the scenarios the flow document carries are tested.
 */
export function testCommand(args: readonly string[], io: CliIo = nodeIo): number {
  const translator = cliT(io);
  const { t } = translator;
  const parsed = parseArgs(args, translator);
  if (typeof parsed === 'string') {
    io.stderr(`${parsed}\n${testUsage(translator)}\n`);
    return EXIT.unreadable;
  }
  const flow = readFlow(parsed.flow, io);
  if (!flow.ok) return flow.exit;
  const files = scenarioFiles(parsed.inputs, io);
  let exit: number = EXIT.ok;
  const scenarios: { file: string; scenario: Scenario }[] = [];
  const cases: JunitCase[] = [];
  const lines: string[] = [];
  for (const file of files) {
    const loaded = readScenario(file, io);
    if (loaded.ok) scenarios.push({ file, scenario: loaded.value });
    else {
      exit = Math.max(exit, loaded.exit);
      lines.push(`FAIL ${file}`, `  ${t('cli.test.cannotRead')}`);
      cases.push({ name: file, file, error: 'The scenario cannot be read or is not valid' });
    }
  }
  if (parsed.inputs.length === 0) {
    const carried = flow.value.scenarios ?? [];
    carried.forEach((scenario, i) => scenarios.push({ file: `${parsed.flow}#scenarios[${i}]`, scenario }));
  }
  if (scenarios.length === 0 && cases.length === 0) {
    io.stderr(`${t('cli.test.noScenarios', { file: parsed.flow })}\n${testUsage(translator)}\n`);
    return EXIT.unreadable;
  }
  if (
    !checkDesign(
      parsed.flow,
      flow.value,
      scenarios.map((s) => s.scenario),
      parsed.allowErrors,
      io,
    )
  )
    return EXIT.invalid;

  for (const { file, scenario } of scenarios) {
    const outcome = testScenario(flow.value, scenario, file, translator);
    lines.push(outcome.line, ...outcome.details);
    cases.push(outcome.junit);
    exit = Math.max(exit, outcome.exit);
  }
  io.stdout(`${lines.join('\n')}\n`);
  const failed = cases.filter((c) => c.failure || c.error !== undefined).length;
  io.stderr(`${t('cli.test.summary', { count: cases.length, passed: cases.length - failed, failed })}\n`);
  if (
    parsed.junit !== undefined &&
    !writeOutput(parsed.junit, junitXml(flow.value.name || parsed.flow, cases), io)
  )
    return EXIT.unreadable;
  return exit;
}
