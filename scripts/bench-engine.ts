/**
 * `npm run bench:engine`: engine throughput (figures, not a timed test).
 * (a) a generated flow of 20 statuses × 250 robots (5,000) with 200 triggers, 1,000 generated
 *     scenarios; (b) 10,000 orders through the default flow (SPEC §8), cycling its sample scenarios
 *     with distinct order ids. Orders stream: entries are counted, timelines are not kept.
 */
import type { Flow } from '../src/domain/flow';
import type { Scenario } from '../src/domain/scenario';
import { DEFAULT_FLOW, SAMPLE_SCENARIOS } from '../src/domain/samples';
import { simulate } from '../src/engine';
import { generateFlow, generateScenario } from '../tests/fixtures/generators';

let peakRss = 0;
const sampleRss = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

function bench(label: string, flow: Flow, scenarios: readonly Scenario[], orders: number) {
  let entries = 0;
  const onEntry = () => void entries++;
  // Warm-up: compile the flow and let the JIT settle, outside the measurement.
  for (let i = 0; i < Math.min(50, orders); i++)
    simulate(flow, scenarios[i % scenarios.length]!, { onEntry, collect: false });
  entries = 0;
  peakRss = 0;
  const started = process.hrtime.bigint();
  for (let i = 0; i < orders; i++) {
    simulate(flow, scenarios[i % scenarios.length]!, { onEntry, collect: false });
    if ((i & 127) === 0) sampleRss();
  }
  sampleRss();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const mb = (peakRss / 2 ** 20).toFixed(0);
  console.log(
    `${label}\n  orders ${orders}, entries ${entries}, ${seconds.toFixed(2)} s\n` +
      `  ${Math.round(entries / seconds).toLocaleString('en-US')} entries/s, ` +
      `${Math.round(orders / seconds).toLocaleString('en-US')} orders/s, peak RSS ${mb} MB`,
  );
}

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
);

const samples = SAMPLE_SCENARIOS.map((s) => s.scenario);
const orders = Array.from({ length: 10_000 }, (_, i) => {
  const s = samples[i % samples.length]!;
  return { ...s, order: { ...s.order, id: String(100_000 + i) } };
});
bench('(b) default flow: 10,000 orders', DEFAULT_FLOW, orders, orders.length);
