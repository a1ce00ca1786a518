import { SAMPLE_SCENARIOS } from '../../domain/samples';
import type { Scenario } from '../../domain/scenario';
import { loadScenario } from '../../io';
import { downloadFile, scenarioExport } from '../../io/exchange';

/** The scenarios a new design starts with: copies of the three samples of docs/semantics.md §8. */
export function sampleScenarios(): Scenario[] {
  return SAMPLE_SCENARIOS.map((s) => structuredClone(s.scenario));
}

/** Starts a browser download of a scenario as JSON (the same text the CLI reads). */
export function downloadScenario(scenario: Scenario): void {
  downloadFile(scenarioExport(scenario));
}

/** Reads a chosen file as a scenario: the scenario, or the problems in words with their JSON paths. */
export async function readScenarioFile(
  file: File,
): Promise<{ ok: true; scenario: Scenario } | { ok: false; message: string }> {
  const result = loadScenario(await file.text());
  if (result.ok) return { ok: true, scenario: result.scenario };
  return { ok: false, message: result.errors.map((e) => `${e.path}: ${e.message}`).join('\n') };
}
