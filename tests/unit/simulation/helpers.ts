import { DEFAULT_FLOW, SAMPLE_SCENARIOS } from '../../../src/domain/samples';
import type { Scenario } from '../../../src/domain/scenario';
import { simulate } from '../../../src/engine';

export const flow = DEFAULT_FLOW;

export function sample(slug: string): Scenario {
  const found = SAMPLE_SCENARIOS.find((s) => s.slug === slug);
  if (!found) throw new Error(`No sample ${slug}`);
  return structuredClone(found.scenario);
}

export const timelineOf = (slug: string) => simulate(flow, sample(slug));
