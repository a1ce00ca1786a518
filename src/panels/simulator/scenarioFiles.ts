import { SAMPLE_SCENARIOS } from '../../domain/samples';
import type { Scenario } from '../../domain/scenario';
import { loadScenario, serializeScenario } from '../../io';

/** The scenarios a new design starts with: copies of the three samples of SPEC §8. */
export function sampleScenarios(): Scenario[] {
  return SAMPLE_SCENARIOS.map((s) => structuredClone(s.scenario));
}

/** A file name for a scenario's export: "paid-and-delivered.scenario.json". */
export function scenarioFileName(scenario: Scenario): string {
  const slug = scenario.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'scenario'}.scenario.json`;
}

/** Starts a browser download of a scenario as JSON (the same text the CLI reads). */
export function downloadScenario(scenario: Scenario): void {
  const blob = new Blob([serializeScenario(scenario)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = scenarioFileName(scenario);
  a.click();
  URL.revokeObjectURL(url);
}

/** Reads a chosen file as a scenario: the scenario, or the problems in words with their JSON paths. */
export async function readScenarioFile(
  file: File,
): Promise<{ ok: true; scenario: Scenario } | { ok: false; message: string }> {
  const result = loadScenario(await file.text());
  if (result.ok) return { ok: true, scenario: result.scenario };
  return { ok: false, message: result.errors.map((e) => `${e.path}: ${e.message}`).join('\n') };
}
