import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../src/domain/commands';
import type { Flow, Robot } from '../../../src/domain/flow';
import { robotId } from '../../../src/domain/ids';
import { lintFlow } from '../../../src/domain/lint';
import { allowedPrevious, canConnect } from '../../../src/domain/rules';
import { generateFlow } from '../../fixtures/generators';
import { flowWith, robot } from '../lint/helpers';

/*
 * One connection rule answers the connect command, the inspector's Execution list and lint. These
 * tests ask all three about the same links, and hold the rule's indexed answer to a plain reading of
 * docs/semantics.md §1 written here, one robot pair at a time.
 */

/** May `to` run after `from`, read straight from the definition: walk up from `from` looking for `to`. */
function naiveMayFollow(flow: Flow, from: Robot, to: Robot): boolean {
  if (from.id === to.id || from.status !== to.status) return false;
  const seen = new Set<string>();
  let current: string | null = from.id;
  while (current !== null && !seen.has(current)) {
    if (current === to.id) return false;
    seen.add(current);
    current = flow.robots.find((r) => r.id === current)?.after ?? null;
  }
  return true;
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

const offered = (flow: Flow, id: string) =>
  allowedPrevious(
    flow,
    flow.robots.find((r) => r.id === id)!,
  ).map((r) => r.id);
const connect = (flow: Flow, from: string, to: string) =>
  applyCommand(flow, { type: 'edge.connect', from: robotId(from), to: robotId(to) });
const codesAt = (flow: Flow, id: string) => {
  const index = flow.robots.findIndex((r) => r.id === id);
  return lintFlow(flow)
    .filter((p) => p.path === `$.robots[${index}].after`)
    .map((p) => p.code);
};

describe('one connection rule for the command, the inspector and lint', () => {
  it('a robot of another status: not offered, refused by the command, flagged in a saved design', () => {
    const flow = flowWith(() => undefined);
    expect(offered(flow, 'p_task')).not.toContain('n_code');
    const refused = connect(flow, 'n_code', 'p_task');
    expect(refused).toMatchObject({ ok: false, code: 'other-status' });
    expect(canConnect(flow, robotId('n_code'), robotId('p_task'))).toEqual(
      refused.ok ? null : { ok: false, code: refused.code, reason: refused.reason },
    );
    const saved = flowWith((d) => (robot(d, 'p_task').after = 'n_code'));
    expect(codesAt(saved, 'p_task')).toEqual(['OF301']);
  });

  it('a link that would close a loop: not offered, refused by the command, flagged in a saved design', () => {
    const chained = flowWith((d) => (robot(d, 'n_sms').after = 'n_code'));
    // n_code → n_sms: n_code may not run after n_sms.
    expect(offered(chained, 'n_code')).not.toContain('n_sms');
    expect(offered(chained, 'n_sms')).toContain('n_code');
    expect(connect(chained, 'n_sms', 'n_code')).toMatchObject({ ok: false, code: 'cycle' });
    const saved = flowWith((d) => {
      robot(d, 'n_sms').after = 'n_code';
      robot(d, 'n_code').after = 'n_sms';
    });
    expect(lintFlow(saved).filter((p) => p.code === 'OF303')).toHaveLength(1);
  });

  it('a link the inspector offers is one the command makes', () => {
    const flow = flowWith(() => undefined);
    const choices = offered(flow, 'n_sms');
    expect(choices.length).toBeGreaterThan(0);
    const hasPrevious = flow.robots.find((r) => r.id === 'n_sms')!.after !== null;
    for (const from of choices) {
      // Choosing in the Execution list replaces the current link: disconnect, then connect.
      const result = applyCommand(flow, {
        type: 'batch',
        commands: [
          ...(hasPrevious ? [{ type: 'edge.disconnect' as const, to: robotId('n_sms') }] : []),
          { type: 'edge.connect', from: robotId(from), to: robotId('n_sms') },
        ],
      });
      expect(result.ok, from).toBe(true);
      if (result.ok) expect(codesAt(result.flow, 'n_sms')).toEqual([]);
    }
  });

  it('matches a plain reading of the rule on valid and broken designs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.boolean(), fc.nat(), (seed, broken, pick) => {
        const generated = generateFlow(seed, { statuses: 3, robotsPerStatus: 25, triggers: 0 });
        const flow = broken ? scramble(generated, seed) : generated;
        const robot = flow.robots[pick % flow.robots.length]!;
        const expected = flow.robots.filter((r) => naiveMayFollow(flow, r, robot)).map((r) => r.id);
        expect(allowedPrevious(flow, robot).map((r) => r.id)).toEqual(expected);
        for (const from of flow.robots) {
          const answer = canConnect(flow, from.id, robot.id).ok;
          expect(answer).toBe(robot.after === null && naiveMayFollow(flow, from, robot));
        }
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
