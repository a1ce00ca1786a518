import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { firstFailure, smallCases } from '../../support/engineProperties';
import { SOAK_FIXTURE_DIR, readSoakFixtures, saveSoakFixture } from '../../support/soakFixtures';

/* Every failure `npm run test:soak` ever saved stays a regression test (tests/fixtures/soak/). */

describe('soak fixtures', () => {
  it('every failure saved in the soak folder holds now', () => {
    // The folder stays in the repository while empty (.gitkeep), so the soak script and this replay
    // agree on where failures live; moving one without the other fails here.
    expect(existsSync(SOAK_FIXTURE_DIR)).toBe(true);
    for (const { file, fixture } of readSoakFixtures()) expect(firstFailure(fixture), file).toBeUndefined();
  });

  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('a saved failure is read back with its flow and scenario, under a dated name per property', () => {
    dir = mkdtempSync(join(tmpdir(), 'soak-'));
    const [c] = fc.sample(smallCases(), { seed: 3, numRuns: 1 });
    const fixture = { property: 'runs', message: 'x: 1 scheduled runs never ended', seed: 3, ...c! };
    const day = new Date('2026-11-26T10:00:00Z');
    const first = saveSoakFixture(fixture, dir, day);
    const second = saveSoakFixture(fixture, dir, day);
    expect(first).toMatch(/2026-11-26-runs\.json$/);
    expect(second).toMatch(/2026-11-26-runs-2\.json$/);
    const read = readSoakFixtures(dir);
    expect(read.map((r) => r.file)).toEqual(['2026-11-26-runs-2.json', '2026-11-26-runs.json']);
    expect(read[1]!.fixture).toEqual(fixture);
    expect(JSON.parse(readFileSync(first, 'utf8')).scenario.name).toBe(c!.scenario.name);
  });
});
