import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../src/domain/commands';
import type { Command, RobotSlot } from '../../../src/domain/commands';
import { robotId, statusId, triggerId } from '../../../src/domain/ids';
import type { Flow } from '../../../src/domain/flow';
import { boardOrder } from '../../../src/canvas/layout';
import { doUndoRedo, refused, robot, robotIds, sampleFlow } from './helpers';

// Lane A of the sample: a1 → a2 → a3 with a fan-out a1 → a4; lane B: b1; trigger tPay in B.
const links = (flow: Flow, status = 'A') =>
  flow.robots.filter((r) => r.status === status).map((r) => `${r.id}<${r.after ?? '·'}`);

/** The sample with a second group in lane A: a5 starts on entry too, written before a2 in the document. */
function twoGroups(): Flow {
  const flow = sampleFlow();
  const a5 = { ...robot(flow, 'a1'), id: robotId('a5'), settings: { text: '5' } };
  return { ...flow, robots: [flow.robots[0]!, a5, ...flow.robots.slice(1)] };
}

/** Lane A as the board draws it, top to bottom. */
const board = (flow: Flow) =>
  boardOrder(flow.robots.filter((r) => r.status === 'A')).rows.map((row) => row.robot.id);

const place = (id: string, toStatus: string, slot: RobotSlot): Command => ({
  type: 'robot.place',
  id: robotId(id),
  toStatus: statusId(toStatus),
  slot,
});

describe('robot.place', () => {
  it('inserts into a chain after a card: the card that followed now runs after the new place', () => {
    doUndoRedo(sampleFlow(), place('a3', 'A', { kind: 'after', previous: robotId('a1') }), (next, report) => {
      // a3 leaves the end of its chain and goes right under a1; a2 now runs after a3.
      expect(links(next)).toEqual(['a1<·', 'a3<a1', 'a2<a3', 'a4<a1']);
      expect(report.reattached).toEqual(['a2']);
    });
  });

  it('moves a card down its chain: the chain closes behind it and reopens below', () => {
    doUndoRedo(sampleFlow(), place('a2', 'A', { kind: 'after', previous: robotId('a3') }), (next) => {
      expect(links(next)).toEqual(['a1<·', 'a3<a1', 'a2<a3', 'a4<a1']);
    });
  });

  it('keeps the rest of the lane in its order when a group’s head moves down onto its second card', () => {
    // Board: a1 → a2 → a3 (branch a4), then the group a5. a1 dropped onto a2 swaps the two: a2 now
    // starts the group where a1 was, above a5, instead of jumping behind every later group.
    const flow = twoGroups();
    expect(board(flow)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
    doUndoRedo(flow, place('a1', 'A', { kind: 'after', previous: robotId('a2') }), (next) => {
      expect(board(next)).toEqual(['a2', 'a1', 'a3', 'a4', 'a5']);
      expect(links(next)).toEqual(['a2<·', 'a4<·', 'a5<·', 'a1<a2', 'a3<a1']);
    });
  });

  it('puts a card at the head of a chain', () => {
    doUndoRedo(sampleFlow(), place('a4', 'A', { kind: 'head', of: robotId('a1') }), (next) => {
      expect(links(next)).toEqual(['a4<·', 'a1<a4', 'a2<a1', 'a3<a2']);
    });
  });

  it('makes a card parallel, as its own group before another group or last', () => {
    doUndoRedo(sampleFlow(), place('a3', 'A', { kind: 'parallel', before: null }), (next) => {
      expect(links(next)).toEqual(['a1<·', 'a2<a1', 'a4<a1', 'a3<·']);
    });
    doUndoRedo(sampleFlow(), place('a2', 'A', { kind: 'parallel', before: robotId('a1') }), (next) => {
      // a2's follower a3 now runs after a1; a2 starts the first group (document order = start order).
      expect(links(next)).toEqual(['a2<·', 'a1<·', 'a3<a1', 'a4<a1']);
    });
  });

  it('moves a card to another status at a slot, in one command', () => {
    doUndoRedo(sampleFlow(), place('a2', 'B', { kind: 'after', previous: robotId('b1') }), (next) => {
      expect(robot(next, 'a2')).toMatchObject({ status: 'B', after: 'b1' });
      expect(links(next)).toEqual(['a1<·', 'a3<a1', 'a4<a1']);
      const order = robotIds(next).map(String);
      expect(order.indexOf('a2')).toBe(order.indexOf('b1') + 1);
    });
  });

  it('forgets a saved position: the board places cards in slots', () => {
    doUndoRedo(sampleFlow(), place('a2', 'A', { kind: 'parallel', before: null }), (next) => {
      expect(next.layout?.positions?.a2).toBeUndefined();
    });
  });

  it('changes nothing when a card is dropped onto its own place', () => {
    const flow = sampleFlow();
    const result = applyCommand(flow, place('a2', 'A', { kind: 'after', previous: robotId('a2') }));
    expect(result.ok && result.patches).toEqual([]);
  });

  it('refuses an anchor in another status or an unknown one', () => {
    const flow = sampleFlow();
    refused(flow, place('a2', 'A', { kind: 'after', previous: robotId('b1') }), 'other-status');
    refused(flow, place('a2', 'A', { kind: 'after', previous: robotId('zz') }), 'unknown-robot');
    refused(flow, place('a2', 'X', { kind: 'parallel', before: null }), 'unknown-status');
  });
});

describe('trigger.place', () => {
  it('moves a trigger into another status’s row, before a trigger or last', () => {
    const flow = sampleFlow();
    doUndoRedo(
      flow,
      { type: 'trigger.place', id: triggerId('tPay'), toStatus: statusId('C'), before: null },
      (next) => {
        expect(next.triggers.map((t) => `${t.id}@${t.status}`)).toEqual(['tPay@C']);
      },
    );
  });

  it('refuses a place before a trigger of another status', () => {
    const flow = sampleFlow();
    flow.triggers.push({ ...flow.triggers[0]!, id: triggerId('tOther'), status: statusId('C') });
    refused(
      flow,
      { type: 'trigger.place', id: triggerId('tPay'), toStatus: statusId('B'), before: triggerId('tOther') },
      'other-status',
    );
  });
});
