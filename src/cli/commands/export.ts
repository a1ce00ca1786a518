import { lintFlow } from '../../domain/lint';
import { resolveEnvironment } from '../../domain/reference/defaultEnvironment';
import { exportFlowToBpmn } from '../../io/bpmn';
import { compileProcess } from '../../io/bpmn/compile';
import type { CliIo } from '../io';
import { readFlow } from '../designCheck';
import { EXIT, cliT, nodeIo, writeOutput } from '../io';
import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';

/** `usage: orderflow export --to bpmn FLOW.json [--out FILE.bpmn]`, in the translator's language. */
export const exportUsage = ({ t }: Translator = englishTranslator): string => t('cli.usage.export');

/** The command line, or a sentence saying what is wrong with it (in the translator's language). */
function parseArgs(
  args: readonly string[],
  { t }: Translator = englishTranslator,
): { file: string; out: string | undefined } | string {
  let to: string | undefined;
  let out: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--to' || a === '--out') {
      const value = args[++i];
      if (value === undefined || value.startsWith('-')) return t('cli.args.needsValue', { option: a });
      if (a === '--to') to = value;
      else out = value;
    } else if (a.startsWith('-')) return t('cli.unknownOption', { option: a });
    else files.push(a);
  }
  if (to === undefined) return t('cli.export.noFormat');
  if (to !== 'bpmn') return t('cli.export.unknownFormat', { format: to });
  if (files.length !== 1) return t('cli.export.oneFile');
  return { file: files[0]!, out };
}

/**
 * `export --to bpmn FLOW.json [--out FILE]` (docs/semantics.md §6): the flow as BPMN 2.0 XML for Camunda 8, on
 * stdout or into FILE; the flow's reading warnings and the export's warnings on stderr. Exit 0; 1 when the flow is invalid or has
 * lint errors (a design that cannot run as drawn is not deployed); 2 when the file cannot be read or
 * parsed, or the command line is wrong.
 */
export async function exportCommand(args: readonly string[], io: CliIo = nodeIo): Promise<number> {
  const translator = cliT(io);
  const { t } = translator;
  const parsed = parseArgs(args, translator);
  if (typeof parsed === 'string') {
    io.stderr(`${parsed}\n${exportUsage(translator)}\n`);
    return EXIT.unreadable;
  }
  const { file, out } = parsed;
  // Reading warnings (a version-0 upgrade's judgement calls above all) go to stderr before the XML.
  const loaded = readFlow(file, io);
  if (!loaded.ok) return loaded.exit;
  const flow = loaded.value;
  const errors = lintFlow(flow, resolveEnvironment(undefined), translator).filter(
    (p) => p.severity === 'error',
  );
  if (errors.length > 0) {
    for (const e of errors) io.stderr(`${file}: error ${e.code} ${e.path} ${e.message}\n`);
    io.stderr(`${t('cli.export.notExported', { file })}\n`);
    return EXIT.invalid;
  }
  // The XML is machine output, its element names English in every language (SPEC §6); the
  // warnings are for the person running the export, so another language compiles them once more.
  const { xml, warnings: englishWarnings } = await exportFlowToBpmn(flow);
  const warnings = translator.locale === 'en' ? englishWarnings : compileProcess(flow, translator).warnings;
  for (const w of warnings)
    io.stderr(`${file}: warning ${w.code}${w.nodeId ? ` ${w.nodeId}` : ''} ${w.message}\n`);
  if (out === undefined) io.stdout(xml.endsWith('\n') ? xml : `${xml}\n`);
  else {
    if (!writeOutput(out, xml.endsWith('\n') ? xml : `${xml}\n`, io)) return EXIT.unreadable;
    io.stderr(`${t('cli.export.written', { file, out })}\n`);
  }
  return EXIT.ok;
}
