import { loadScenario, serializeScenario } from '../io';
import { SAMPLE_SCENARIOS, sampleScenariosFor, samplesLanguageOf } from '../domain/samples';
import type { Flow } from '../domain/flow';
import type { Scenario } from '../domain/scenario';
import type { Locale } from '../i18n/locales';

/** Copies of the three samples of docs/semantics.md §8, as a new design starts with. */
export const sampleScenarios = (): Scenario[] => SAMPLE_SCENARIOS.map((s) => structuredClone(s.scenario));

/**
 * Copies of the samples written for a design: the Russian ones for a design in Moscow time (the
 * Russian default), the English ones for one in Los Angeles time, else those of the language shown.
 */
export const sampleScenariosOfFlow = (flow: Pick<Flow, 'settings'>, locale: Locale) => (): Scenario[] =>
  sampleScenariosFor(samplesLanguageOf(flow, locale)).map((s) => structuredClone(s.scenario));

/** Where the browser keeps a flow's scenarios: one list per flow id, beside the saved design. */
export const scenariosStorageKey = (flowId: string) => `orderflow.scenarios.v1:${flowId}`;

/**
 * The scenarios kept with a flow, or the three samples when none are kept (a new design, blocked
 * storage). A kept list that no longer reads drops only the scenarios that fail to load. `samples`
 * are those written for the design (sampleScenariosFor), the English ones unless given.
 */
export function loadScenarios(
  storage: Pick<Storage, 'getItem'> | undefined,
  flowId: string,
  carried?: readonly Scenario[],
  samples: () => Scenario[] = sampleScenarios,
): Scenario[] {
  return storedScenarios(storage, flowId) ?? (carried ? structuredClone([...carried]) : samples());
}

/**
 * The scenarios this browser keeps for a flow, or undefined when it keeps none. A design opened from
 * a file, a share link or the server then brings its own (its `scenarios` list): the browser copy
 * wins only once the analyst has worked on it here.
 */
export function storedScenarios(
  storage: Pick<Storage, 'getItem'> | undefined,
  flowId: string,
): Scenario[] | undefined {
  let text: string | null = null;
  try {
    text = storage?.getItem(scenariosStorageKey(flowId)) ?? null;
  } catch {
    // Blocked storage: start from the samples.
  }
  if (text === null) return undefined;
  let items: unknown;
  try {
    items = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(items)) return undefined;
  const scenarios = items.flatMap((item) => {
    const result = loadScenario(JSON.stringify(item));
    return result.ok ? [result.scenario] : [];
  });
  return scenarios.length > 0 || items.length === 0 ? scenarios : undefined;
}

/** The flow as it travels (export, share link): with the scenarios the analyst works with, if any. */
export function withScenarios(flow: Flow, scenarios: readonly Scenario[] | undefined): Flow {
  if (!scenarios || scenarios.length === 0) return flow;
  return { ...flow, scenarios: [...scenarios] };
}

/** Keeps a flow's scenarios in the browser; false when the storage refused (full or blocked). */
export function saveScenarios(
  storage: Pick<Storage, 'setItem'> | undefined,
  flowId: string,
  scenarios: readonly Scenario[],
): boolean {
  if (!storage) return false;
  try {
    const list = scenarios.map((s) => JSON.parse(serializeScenario(s)) as unknown);
    storage.setItem(scenariosStorageKey(flowId), JSON.stringify(list));
    return true;
  } catch {
    return false;
  }
}
