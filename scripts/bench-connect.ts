/*
 * The connection rule on a 5,000-robot design: the inspector's Execution list (every robot judged as
 * a previous one), one canConnect (the connect command, the canvas's edge drag) and the whole lint.
 * Prints milliseconds; run on a quiet machine for figures worth comparing.
 */
import { lintFlow } from '../src/domain/lint';
import { allowedPrevious, canConnect } from '../src/domain/rules';
import { generateFlow } from '../tests/fixtures/generators';

const flow = generateFlow(7, { statuses: 20, robotsPerStatus: 250, triggers: 0 });
const robot = flow.robots[2500]!;
const timed = (what: string, runs: number, work: () => void) => {
  work(); // warm-up
  const start = performance.now();
  for (let i = 0; i < runs; i++) work();
  console.log(`${what}: ${((performance.now() - start) / runs).toFixed(2)} ms`);
};
console.log(`${flow.robots.length} robots, ${flow.robots.filter((r) => r.after !== null).length} linked`);
timed('Execution list (allowedPrevious)', 50, () => allowedPrevious(flow, robot));
timed('canConnect', 50, () => canConnect(flow, flow.robots[10]!.id, robot.id));
timed('lint', 3, () => lintFlow(flow));
