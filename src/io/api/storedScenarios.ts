import type { Scenario } from '../../domain/scenario';
import { SCENARIO_KIND } from '../kinds';
import { loadDocumentValue } from '../load';
import type { StoredScenario } from './schemas';

/** The id a scenario at position `i` of a flow's list is stored under: sorting by id keeps the order. */
export const scenarioSlotId = (i: number): string => `scenario-${String(i + 1).padStart(3, '0')}`;

/**
 * A flow's stored scenarios as the simulator's list: in id order (the order they were written in),
 * each read like an imported scenario (migrated, validated); one that does not read is left out.
 */
export function scenariosInOrder(stored: readonly StoredScenario[]): Scenario[] {
  return [...stored]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .flatMap((entry) => {
      const loaded = loadDocumentValue(entry.scenario, SCENARIO_KIND);
      return loaded.ok ? [loaded.value] : [];
    });
}
