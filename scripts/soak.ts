/**
 * `npm run test:soak`: the engine's properties (tests/support/engineProperties.ts) over many random
 * flows × scenarios — 10,000 by default. Options: `--runs N`, `--seed S` (to repeat a run).
 * Prints runs, seed, time and entries/s. On a failure fast-check shrinks the flow and scenario to a
 * minimal one, which is saved under tests/fixtures/soak/ (replayed by the unit tests from then on);
 * the script prints its path and exits 1.
 */
import fc from 'fast-check';
import type { EngineCase } from '../tests/support/engineProperties';
import { firstFailure, soakCases } from '../tests/support/engineProperties';
import { minimizeCase } from '../tests/support/minimizeCase';
import { saveSoakFixture } from '../tests/support/soakFixtures';

function option(name: string): number | undefined {
  const i = process.argv.indexOf(name);
  if (i < 0) return undefined;
  const value = Number(process.argv[i + 1]);
  if (!Number.isSafeInteger(value)) {
    console.error(`${name} needs a whole number, found "${process.argv[i + 1] ?? ''}".`);
    process.exit(2);
  }
  return value;
}

const runs = option('--runs') ?? 10_000;
const seed = option('--seed') ?? (Date.now() ^ (process.pid << 16)) | 0;

let entries = 0;
let checked = 0;
const countEntries = (t: { entries: readonly unknown[] }) => void (entries += t.entries.length);

console.log(`Soak: ${runs.toLocaleString('en-US')} runs, seed ${seed}`);
const started = process.hrtime.bigint();
const details = fc.check(
  fc.property(soakCases(), (c: EngineCase) => {
    checked++;
    if (checked % 2000 === 0) console.error(`  ${checked.toLocaleString('en-US')} cases…`);
    return firstFailure(c, countEntries) === undefined;
  }),
  { numRuns: runs, seed },
);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

const rate = (n: number) => Math.round(n / seconds).toLocaleString('en-US');
console.log(
  `${details.numRuns.toLocaleString('en-US')} runs passed of ${runs.toLocaleString('en-US')} in ${seconds.toFixed(1)} s; ` +
    `${entries.toLocaleString('en-US')} timeline entries checked (${rate(entries)} entries/s, ` +
    `${rate(checked)} cases/s; each case is simulated twice, for determinism)`,
);

/** What failed on the shrunk case: a property, or the engine throwing (saved as "crash"). */
function describeFailure(c: EngineCase): { property: string; message: string } {
  try {
    return firstFailure(c) ?? { property: 'unknown', message: String(details.errorInstance) };
  } catch (e) {
    return { property: 'crash', message: e instanceof Error ? e.message : String(e) };
  }
}

if (details.failed) {
  const [counterexample] = details.counterexample ?? [];
  if (!counterexample) {
    console.error(`The soak failed without a counterexample: ${String(details.errorInstance)}`);
    process.exit(1);
  }
  const shrunk = describeFailure(counterexample);
  // fast-check shrank seeds and sizes; now remove robots, triggers and events the failure does not need.
  const minimal = minimizeCase(counterexample, (c) => describeFailure(c).property === shrunk.property);
  const failure = describeFailure(minimal);
  const file = saveSoakFixture({
    property: failure.property,
    message: failure.message,
    seed: details.seed,
    path: details.counterexamplePath ?? undefined,
    ...minimal,
  });
  console.error(
    `Property "${failure.property}" failed (${details.numShrinks} shrinks, then ${minimal.flow.robots.length} robots, ` +
      `${minimal.flow.triggers.length} triggers, ${minimal.scenario.events.length} events left): ${failure.message}\n` +
      `The minimal flow and scenario are in ${file}; repeat with --seed ${details.seed}.`,
  );
  process.exit(1);
}
