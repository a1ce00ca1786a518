/**
 * `npm run bench:load`: reading the 5,000-robot flow (20 statuses × 250 robots, 200
 * triggers) — JSON.parse, loadFlow (migrate + validate) and lintFlow — against the 100 ms target.
 * Prints figures; it is not a test. `-- --rounds N` changes the number of measured rounds.
 */
import { lintFlow } from '../src/domain/lint';
import { loadFlow } from '../src/io';
import { largeFlow, largeFlowText, largeFlowV0Text } from './largeFlow';

const TARGET_MS = 100;
const WARM_UP = 5;
const roundsArg = process.argv.indexOf('--rounds');
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 30;

interface Phases {
  parse: number;
  load: number;
  lint: number;
  total: number;
  /** CPU time of load + lint: less disturbed than wall time by other processes on the machine. */
  cpu: number;
}

const ms = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e6;

/**
 * One pass the way the app reads a file: loadFlow parses the text itself, so JSON.parse is timed
 * apart first (same text) to show its share; the total is loadFlow + lintFlow.
 */
function pass(text: string): Phases & { problems: number } {
  let t = process.hrtime.bigint();
  JSON.parse(text);
  const parse = ms(t);
  const cpuStarted = process.cpuUsage();
  t = process.hrtime.bigint();
  const loaded = loadFlow(text);
  const load = ms(t);
  if (!loaded.ok) throw new Error(`the generated flow does not load: ${loaded.errors[0]?.message}`);
  t = process.hrtime.bigint();
  const problems = lintFlow(loaded.flow).length;
  const lint = ms(t);
  const cpu = process.cpuUsage(cpuStarted);
  return { parse, load, lint, total: load + lint, cpu: (cpu.user + cpu.system) / 1000, problems };
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
const fmt = (n: number) => n.toFixed(1).padStart(6);

function bench(label: string, text: string) {
  for (let i = 0; i < WARM_UP; i++) pass(text);
  const results = Array.from({ length: ROUNDS }, () => pass(text));
  const row = (name: keyof Phases) => {
    const sorted = results.map((r) => r[name]).sort((a, b) => a - b);
    return `  ${name.padEnd(6)} median ${fmt(quantile(sorted, 0.5))} ms  p95 ${fmt(quantile(sorted, 0.95))} ms  min ${fmt(sorted[0]!)} ms`;
  };
  const median = results.map((r) => r.total).sort((a, b) => a - b)[ROUNDS >> 1]!;
  const verdict = median <= TARGET_MS ? 'within' : 'OVER';
  console.log(
    `${label} — ${(text.length / 2 ** 20).toFixed(1)} MB of JSON, ${results[0]!.problems} lint problems; ` +
      `${WARM_UP} warm-up + ${ROUNDS} rounds`,
  );
  console.log(row('parse') + '   (JSON.parse alone, for scale; loadFlow parses again)');
  console.log(row('load') + '   (loadFlow: parse, migrate, validate)');
  console.log(row('lint') + '   (lintFlow)');
  console.log(row('total') + `   (load + lint, wall) — median ${verdict} the ${TARGET_MS} ms target`);
  console.log(row('cpu') + '   (load + lint, CPU time of this process)');
}

const flow = largeFlow();
console.log(
  `Flow: ${flow.statuses.length} statuses, ${flow.robots.length} robots, ${flow.triggers.length} triggers. ` +
    `Node ${process.version}; wall times, a shared machine makes them noisy.\n`,
);
bench('(a) current version (v1)', largeFlowText(flow));
console.log();
bench('(b) version 0, migrated on load', largeFlowV0Text(flow));
