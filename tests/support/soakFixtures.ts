import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Flow } from '../../src/domain/flow';
import { flowSchema } from '../../src/domain/flow';
import type { Scenario } from '../../src/domain/scenario';
import { scenarioSchema } from '../../src/domain/scenario';

/*
 * A soak failure, shrunk by fast-check, saved as a fixture: the flow and scenario that break a
 * property, with what broke. tests/unit/engine/soakFixtures.test.ts replays every fixture, so a
 * failure found once stays a regression test after the fix.
 */

export const SOAK_FIXTURE_DIR = 'tests/fixtures/soak';

export interface SoakFixture {
  property: string;
  message: string;
  /** fast-check's seed and path, to find the failure again with `npm run test:soak -- --seed S`. */
  seed: number;
  path?: string;
  flow: Flow;
  scenario: Scenario;
}

/** Writes `<dir>/<yyyy-mm-dd>-<property>.json` (a numbered suffix if that exists); returns the path. */
export function saveSoakFixture(fixture: SoakFixture, dir = SOAK_FIXTURE_DIR, day = new Date()): string {
  mkdirSync(dir, { recursive: true });
  const stem = `${day.toISOString().slice(0, 10)}-${fixture.property}`;
  const taken = new Set(readdirSync(dir));
  let name = `${stem}.json`;
  for (let n = 2; taken.has(name); n++) name = `${stem}-${n}.json`;
  const file = join(dir, name);
  writeFileSync(file, `${JSON.stringify(fixture, null, 2)}\n`);
  return file;
}

/** Every fixture of the directory, its flow and scenario validated (a hand-edited file fails loudly). */
export function readSoakFixtures(dir = SOAK_FIXTURE_DIR): { file: string; fixture: SoakFixture }[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json'));
  } catch {
    return [];
  }
  return names.sort().map((name) => {
    const raw = JSON.parse(readFileSync(join(dir, name), 'utf8')) as SoakFixture;
    return {
      file: name,
      fixture: { ...raw, flow: flowSchema.parse(raw.flow), scenario: scenarioSchema.parse(raw.scenario) },
    };
  });
}
