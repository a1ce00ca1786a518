import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../src/domain/commands';
import type { Command } from '../../../src/domain/commands';
import type { Flow } from '../../../src/domain/flow';
import { laneSlots, neighbourCard, robotsInChainOrder } from '../../../src/domain/navigation';
import { sampleFlow } from '../commands/helpers';

const apply = (flow: Flow, command: Command) => {
  const result = applyCommand(flow, command);
  if (!result.ok) throw new Error(result.reason);
  return result.flow;
};

describe('navigation between cards', () => {
  // Sample: lane A holds a1 → a2 → a3 and a1 → a4; lane B holds trigger tPay and robot b1; lane C is empty.
  const flow = sampleFlow();

  it('orders a lane as triggers, then robots chain by chain, depth first', () => {
    const lanes = laneSlots(flow);
    expect(lanes.map((l) => l.slots.map((s) => s.id))).toEqual([
      ['a1', 'a2', 'a3', 'a4'],
      ['tPay', 'b1'],
      [],
    ]);
    expect(robotsInChainOrder(flow.robots.filter((r) => r.status === 'A')).map((x) => x.depth)).toEqual([
      0, 1, 2, 1,
    ]);
  });

  it('up and down walk the lane and stop at its ends', () => {
    expect(neighbourCard(flow, 'a1', 'down')).toBe('a2');
    expect(neighbourCard(flow, 'a3', 'down')).toBe('a4');
    expect(neighbourCard(flow, 'a4', 'down')).toBe('a4');
    expect(neighbourCard(flow, 'a1', 'up')).toBe('a1');
    expect(neighbourCard(flow, 'b1', 'up')).toBe('tPay');
  });

  it('left and right jump to the nearest card of the same kind in the next non-empty lane', () => {
    expect(neighbourCard(flow, 'a2', 'right')).toBe('b1');
    expect(neighbourCard(flow, 'tPay', 'left')).toBe('a1');
    expect(neighbourCard(flow, 'b1', 'left')).toBe('a1');
    expect(neighbourCard(flow, 'b1', 'right')).toBe('b1');
    expect(neighbourCard(flow, 'a1', 'left')).toBe('a1');
  });

  it('keeps the chain depth when crossing lanes', () => {
    const withChain = apply(
      apply(flow, {
        type: 'robot.add',
        robot: { ...flow.robots[4]!, id: 'b2' as never, after: null },
      }),
      { type: 'edge.connect', from: 'b1' as never, to: 'b2' as never },
    );
    expect(neighbourCard(withChain, 'b2', 'left')).toBe('a2');
    expect(neighbourCard(withChain, 'a3', 'right')).toBe('b2');
  });

  it('skips empty lanes', () => {
    const moved = apply(flow, { type: 'status.move', id: 'C' as never, toIndex: 1 });
    expect(neighbourCard(moved, 'a1', 'right')).toBe('b1');
  });

  it('with nothing selected (or an unknown id) any arrow picks the first card of the board', () => {
    expect(neighbourCard(flow, null, 'down')).toBe('a1');
    expect(neighbourCard(flow, 'gone', 'left')).toBe('a1');
  });

  it('from a selected lane, down enters it and left/right reach the neighbouring lanes', () => {
    expect(neighbourCard(flow, 'B', 'down')).toBe('tPay');
    expect(neighbourCard(flow, 'B', 'left')).toBe('a1');
    expect(neighbourCard(flow, 'C', 'down')).toBe('tPay');
    expect(neighbourCard(flow, 'A', 'right')).toBe('tPay');
  });

  it('gives null on a board without cards', () => {
    const empty = { ...flow, robots: [], triggers: [] };
    expect(neighbourCard(empty, null, 'down')).toBeNull();
  });

  it('still reaches robots caught in a cycle of a broken document', () => {
    const broken: Flow = {
      ...flow,
      robots: flow.robots.map((r) => (r.id === 'a1' ? { ...r, after: 'a3' as never } : r)),
    };
    expect(
      laneSlots(broken)[0]!
        .slots.map((s) => s.id)
        .sort(),
    ).toEqual(['a1', 'a2', 'a3', 'a4']);
  });
});
