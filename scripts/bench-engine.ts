/**
 * `npm run bench:engine`: engine throughput (figures, not a timed test).
 * (a) a generated flow of 20 statuses × 250 robots (5,000) with 200 triggers, 1,000 generated
 *     scenarios; (b) 10,000 distinct generated orders through the default flow (docs/semantics.md §8);
 *     (c) the default flow's BPMN export run in bpmn-engine (tests/support/bpmn/harness.ts) on the
 *     first orders of (b), against the simulator on the same orders.
 * Orders stream: entries are counted, timelines are not kept.
 */
import type { Flow } from '../src/domain/flow';
import type { Scenario } from '../src/domain/scenario';
import { DEFAULT_FLOW } from '../src/domain/samples';
import { exportFlowToBpmn } from '../src/io/bpmn';
import { simulate } from '../src/engine';
import { generateDefaultFlowOrders, generateFlow, generateScenario } from '../tests/fixtures/generators';
import { parseBpmn, runBpmn } from '../tests/support/bpmn/harness';

let peakRss = 0;
const sampleRss = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

interface Round {
  entries: number;
  seconds: number;
  cpuSeconds: number;
}

/** One measured pass over the orders; entries are counted as they stream, never kept. */
function round(flow: Flow, scenarios: readonly Scenario[], orders: number): Round {
  let entries = 0;
  const onEntry = () => void entries++;
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  for (let i = 0; i < orders; i++) {
    simulate(flow, scenarios[i % scenarios.length]!, { onEntry, collect: false });
    if ((i & 127) === 0) sampleRss();
  }
  sampleRss();
  const cpu = process.cpuUsage(cpuStarted);
  return {
    entries,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    // CPU time is printed too: on a shared machine wall time also measures the neighbours.
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  };
}

const rate = (n: number, seconds: number) => Math.round(n / seconds).toLocaleString('en-US');

/**
 * Simulates the orders `rounds` times and prints every round and the median one. `warmUp` runs
 * first, unmeasured, so the JIT has compiled the engine before the clock starts; the median keeps
 * one slow round (another process on the machine, a major GC) from deciding the figure.
 */
function bench(
  label: string,
  flow: Flow,
  scenarios: readonly Scenario[],
  orders: number,
  warmUp: readonly Scenario[],
  rounds: number,
) {
  for (const s of warmUp) simulate(flow, s, { collect: false });
  peakRss = 0;
  const results: Round[] = [];
  for (let i = 0; i < rounds; i++) results.push(round(flow, scenarios, orders));
  const perRound = results.map((r) => rate(r.entries, r.seconds)).join(', ');
  const median = [...results].sort((x, y) => x.seconds - y.seconds)[rounds >> 1]!;
  const mb = (peakRss / 2 ** 20).toFixed(0);
  console.log(
    `${label}\n  rounds of ${orders} orders, ${median.entries} entries each; entries/s per round: ${perRound}\n` +
      `  median round: ${median.seconds.toFixed(2)} s wall, ${median.cpuSeconds.toFixed(2)} s CPU, ` +
      `${rate(median.entries, median.seconds)} entries/s, ${rate(orders, median.seconds)} orders/s ` +
      `(${rate(median.entries, median.cpuSeconds)} entries per CPU second); peak RSS ${mb} MB`,
  );
}

// `npm run bench:engine -- a` (or `b`, `c`) runs one part only.
const only = process.argv[2];

if (only === undefined || only === 'a') {
  // (a) Immediate and minute/hour delays only, as a busy production flow mostly has; calendar-day
  // delays and working hours run through luxon and are measured by (b).
  const generated = generateFlow(20240101, {
    statuses: 20,
    robotsPerStatus: 250,
    triggers: 200,
    calendarDelays: false,
  });
  const generatedScenarios = Array.from({ length: 1000 }, (_, i) =>
    generateScenario(1000 + i, generated, { events: 6 }),
  );
  bench(
    '(a) generated flow: 20 statuses × 250 robots, 200 triggers, 1,000 scenarios',
    generated,
    generatedScenarios,
    1000,
    // Each of these orders logs thousands of entries: a few are enough to warm up.
    generatedScenarios.slice(0, 50),
    3,
  );
}

if (only === undefined || only === 'b') {
  // (b) Distinct orders: starts over a whole year (DST changes included), prices, payment, contact
  // points and event times all vary. The warm-up orders are other orders of another year, so the
  // first measured round still learns the zone offsets of its own year.
  const orders = generateDefaultFlowOrders(20250101, 10_000, 2025);
  const warmUp = generateDefaultFlowOrders(20230101, 5_000, 2023);
  bench('(b) default flow: 10,000 distinct orders', DEFAULT_FLOW, orders, orders.length, warmUp, 5);
}

/**
 * (c) The same orders through the exported BPMN in bpmn-engine, one engine per order (as a Camunda
 * process instance is), XML parsed once. bpmn-engine is much slower, so it gets fewer orders; the
 * simulator is timed on exactly those orders for the ratio.
 */
async function benchBpmn(count: number) {
  const orders = generateDefaultFlowOrders(20250101, count, 2025);
  const { xml } = await exportFlowToBpmn(DEFAULT_FLOW);
  const parsed = await parseBpmn(xml);
  for (const o of orders.slice(0, 5)) await runBpmn(DEFAULT_FLOW, parsed, o);
  for (const o of orders) simulate(DEFAULT_FLOW, o, { collect: false });
  const timed = async (work: (order: Scenario) => unknown) => {
    const cpuStarted = process.cpuUsage();
    const started = process.hrtime.bigint();
    for (const o of orders) await work(o);
    const cpu = process.cpuUsage(cpuStarted);
    return { wall: Number(process.hrtime.bigint() - started) / 1e9, cpu: (cpu.user + cpu.system) / 1e6 };
  };
  const bpmn = await timed((o) => runBpmn(DEFAULT_FLOW, parsed, o));
  const sim = await timed((o) => simulate(DEFAULT_FLOW, o, { collect: false }));
  const line = (what: string, t: { wall: number; cpu: number }) =>
    `  ${what}: ${rate(count, t.wall)} orders/s (${t.wall.toFixed(2)} s wall), ${rate(count, t.cpu)} orders per CPU second`;
  console.log(
    `(c) default flow exported to BPMN, run in bpmn-engine: the first ${count} orders of (b)\n` +
      `${line('bpmn-engine', bpmn)}\n${line('simulator', sim)}\n` +
      `  ratio simulator / bpmn-engine: ${(bpmn.wall / sim.wall).toFixed(0)}× by wall time, ${(bpmn.cpu / sim.cpu).toFixed(0)}× by CPU time`,
  );
}

if (only === undefined || only === 'c') await benchBpmn(50);
