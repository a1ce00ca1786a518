/**
 * Writes the hazard designs and their clean twins (tests/fixtures/hazards/designs.ts) as flow JSON
 * files beside the module, for `orderflow validate` and for readers. A unit test keeps them equal.
 */
import { writeFileSync } from 'node:fs';
import { serializeFlow } from '../src/io';
import { HAZARD_CASES } from '../tests/fixtures/hazards/designs';

const dir = new URL('../tests/fixtures/hazards/', import.meta.url);
for (const c of HAZARD_CASES) {
  writeFileSync(new URL(`${c.slug}.flow.json`, dir), serializeFlow(c.hazard));
  writeFileSync(new URL(`${c.slug}.clean.flow.json`, dir), serializeFlow(c.clean));
}
console.log(`wrote ${HAZARD_CASES.length * 2} files to tests/fixtures/hazards/`);
