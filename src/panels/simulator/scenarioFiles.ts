import { SAMPLE_SCENARIOS } from '../../domain/samples';
import type { Scenario } from '../../domain/scenario';
import { loadScenario } from '../../io';
import { downloadFile, scenarioExport } from '../../io/exchange';
import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';
import { problemLine } from './editor/validation';

/** The scenarios a new design starts with: copies of the three samples of docs/semantics.md §8. */
export function sampleScenarios(): Scenario[] {
  return SAMPLE_SCENARIOS.map((s) => structuredClone(s.scenario));
}

/** Starts a browser download of a scenario as JSON (the same text the CLI reads). */
export function downloadScenario(scenario: Scenario): void {
  downloadFile(scenarioExport(scenario));
}

/** "$.events[1].at" → "events.1.at": a load problem's JSON path as the editor's messages key it. */
export function dottedPath(jsonPath: string): string {
  return jsonPath
    .replace(/^\$/, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/\["([^"]*)"\]/g, '.$1')
    .replace(/^\./, '');
}

/**
 * Reads a chosen file as a scenario: the scenario, or the problems in words, each pointing where
 * the editor would ("Event 2, time"), not at a JSON path.
 */
export async function readScenarioFile(
  file: File,
  translator: Translator = englishTranslator,
): Promise<{ ok: true; scenario: Scenario } | { ok: false; message: string }> {
  const result = loadScenario(await file.text(), translator);
  if (result.ok) return { ok: true, scenario: result.scenario };
  return {
    ok: false,
    message: result.errors.map((e) => problemLine(dottedPath(e.path), e.message, translator)).join('\n'),
  };
}
