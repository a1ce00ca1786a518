import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Flow, Robot } from '../../../src/domain/flow';
import { canConnect } from '../../../src/domain/rules';
import { allowedPrevious } from '../../../src/panels/inspector/ExecutionSelect';
import { generateFlow } from '../../fixtures/generators';

/*
 * The inspector's "Execution" list must offer exactly the links the canvas's edge drag would accept:
 * canConnect, asked with the robot's current link set aside.
 */
function byCanConnect(flow: Flow, robot: Robot): string[] {
  const detached: Flow = {
    ...flow,
    robots: flow.robots.map((r) => (r.id === robot.id ? { ...r, after: null } : r)),
  };
  return flow.robots.filter((r) => canConnect(detached, r.id, robot.id).ok).map((r) => r.id);
}

/** Some links re-pointed at random, so chains cross statuses and close loops as broken imports do. */
function scramble(flow: Flow, seed: number): Flow {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const robots = flow.robots.map((r) =>
    next() < 0.15 ? { ...r, after: flow.robots[Math.floor(next() * flow.robots.length)]!.id } : r,
  );
  return { ...flow, robots };
}

describe('the robots a robot may run after', () => {
  it('are the ones canConnect allows, in valid and in broken documents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.boolean(), fc.nat(), (seed, broken, pick) => {
        const generated = generateFlow(seed, { statuses: 3, robotsPerStatus: 25, triggers: 0 });
        const flow = broken ? scramble(generated, seed) : generated;
        const robot = flow.robots[pick % flow.robots.length]!;
        expect(allowedPrevious(flow, robot).map((r) => r.id)).toEqual(byCanConnect(flow, robot));
      }),
      { numRuns: 200 },
    );
  });

  it('leaves out the robot itself and everything already below it in its chain', () => {
    const flow = generateFlow(5, { statuses: 1, robotsPerStatus: 6, triggers: 0 });
    const [a, b, c, d] = flow.robots;
    const chain: Flow = {
      ...flow,
      robots: flow.robots.map((r) =>
        r === b
          ? { ...r, after: a!.id }
          : r === c
            ? { ...r, after: b!.id }
            : r === d
              ? { ...r, after: null }
              : r,
      ),
    };
    const allowed = allowedPrevious(chain, chain.robots[1]!).map((r) => r.id);
    expect(allowed).toContain(a!.id);
    expect(allowed).toContain(d!.id);
    expect(allowed).not.toContain(b!.id);
    expect(allowed).not.toContain(c!.id);
  });
});
