import { describe, expect, it } from 'vitest';
import type { Robot } from '../../../src/domain/flow';
import { robotId, statusId } from '../../../src/domain/ids';
import { doUndoRedo, refused, robot, robotIds, sampleFlow } from './helpers';

const newRobot = (over: Partial<Robot> = {}): Robot => ({
  id: robotId('n1'),
  type: 'log.write',
  status: statusId('A'),
  after: null,
  delay: { type: 'immediate' },
  settings: { text: 'new' },
  ...over,
});

describe('robot.add', () => {
  it('adds at the end, or at an index, and undoes', () => {
    const flow = sampleFlow();
    doUndoRedo(flow, { type: 'robot.add', robot: newRobot() }, (next) => {
      expect(robotIds(next)).toEqual(['a1', 'a2', 'a3', 'a4', 'b1', 'n1']);
    });
    doUndoRedo(flow, { type: 'robot.add', robot: newRobot(), index: 0 }, (next) => {
      expect(robotIds(next)[0]).toBe('n1');
    });
  });

  it('chains the new robot after a previous one through canConnect', () => {
    doUndoRedo(sampleFlow(), { type: 'robot.add', robot: newRobot({ after: robotId('a3') }) }, (next) => {
      expect(robot(next, 'n1').after).toBe('a3');
    });
  });

  it('refuses a taken id, an unknown status, an invalid robot and a cross-status previous', () => {
    const flow = sampleFlow();
    refused(flow, { type: 'robot.add', robot: newRobot({ id: robotId('a1') }) }, 'duplicate-id');
    refused(flow, { type: 'robot.add', robot: newRobot({ id: robotId('tPay') }) }, 'duplicate-id');
    refused(flow, { type: 'robot.add', robot: newRobot({ status: statusId('X') }) }, 'unknown-status');
    refused(flow, { type: 'robot.add', robot: { ...newRobot(), type: 'nope' as Robot['type'] } }, 'invalid');
    refused(flow, { type: 'robot.add', robot: newRobot({ after: robotId('b1') }) }, 'other-status');
  });
});

describe('robot.update', () => {
  it('changes fields and removes optional ones with null', () => {
    const flow = sampleFlow();
    const named = doUndoRedo(
      flow,
      {
        type: 'robot.update',
        id: robotId('a1'),
        changes: {
          name: 'Log it',
          delay: { type: 'after', value: 3, unit: 'days' },
          settings: { text: 'x' },
        },
      },
      (next) => {
        expect(robot(next, 'a1')).toMatchObject({ name: 'Log it', settings: { text: 'x' } });
        expect(robot(next, 'a1').delay).toEqual({ type: 'after', value: 3, unit: 'days' });
      },
    );
    doUndoRedo(named, { type: 'robot.update', id: robotId('a1'), changes: { name: null } }, (next) => {
      expect('name' in robot(next, 'a1')).toBe(false);
    });
  });

  it('refuses an unknown robot and an invalid value', () => {
    const flow = sampleFlow();
    refused(flow, { type: 'robot.update', id: robotId('zz'), changes: { name: 'x' } }, 'unknown-robot');
    const reason = refused(
      flow,
      {
        type: 'robot.update',
        id: robotId('a1'),
        changes: { delay: { type: 'after', value: -1, unit: 'days' } },
      },
      'invalid',
    );
    expect(reason).toContain('delay');
  });
});

describe('robot.move', () => {
  it('leaves its chain, which closes behind it, and starts parallel in the new status', () => {
    doUndoRedo(
      sampleFlow(),
      { type: 'robot.move', id: robotId('a2'), toStatus: statusId('B') },
      (next, report) => {
        expect(robot(next, 'a2')).toMatchObject({ status: 'B', after: null });
        // a3 ran after a2; it now runs after a2's previous robot, a1.
        expect(robot(next, 'a3').after).toBe('a1');
        expect(report.reattached).toEqual(['a3']);
        // The old position belonged to the old lane.
        expect(next.layout?.positions?.a2).toBeUndefined();
      },
    );
  });

  it('can chain the moved robot in the target status', () => {
    doUndoRedo(
      sampleFlow(),
      { type: 'robot.move', id: robotId('a3'), toStatus: statusId('B'), after: robotId('b1') },
      (next) => expect(robot(next, 'a3')).toMatchObject({ status: 'B', after: 'b1' }),
    );
  });

  it('refuses the same status, an unknown status, an unknown robot and a bad previous', () => {
    const flow = sampleFlow();
    refused(flow, { type: 'robot.move', id: robotId('a1'), toStatus: statusId('A') }, 'same-status');
    refused(flow, { type: 'robot.move', id: robotId('a1'), toStatus: statusId('X') }, 'unknown-status');
    refused(flow, { type: 'robot.move', id: robotId('zz'), toStatus: statusId('B') }, 'unknown-robot');
    refused(
      flow,
      { type: 'robot.move', id: robotId('a1'), toStatus: statusId('B'), after: robotId('a2') },
      'other-status',
    );
  });
});

describe('robot.delete', () => {
  it('removes the robot and reattaches its successors to its previous robot', () => {
    doUndoRedo(sampleFlow(), { type: 'robot.delete', id: robotId('a1') }, (next, report) => {
      expect(robotIds(next)).not.toContain('a1');
      // a1 had no previous: a2 and a4 become parallel starts.
      expect(robot(next, 'a2').after).toBeNull();
      expect(robot(next, 'a4').after).toBeNull();
      expect(report.reattached).toEqual(['a2', 'a4']);
    });
    doUndoRedo(sampleFlow(), { type: 'robot.delete', id: robotId('a2') }, (next) => {
      expect(robot(next, 'a3').after).toBe('a1');
      expect(next.layout?.positions?.a2).toBeUndefined();
    });
  });

  it('leaves the robots after it where it was, so the board keeps its order', () => {
    // Lane A: a1 → a2 → a3 with the branch a4, then a group a5 written before a2 in the document.
    const flow = sampleFlow();
    const a5 = { ...robot(flow, 'a1'), id: robotId('a5') };
    const withGroup = { ...flow, robots: [flow.robots[0]!, a5, ...flow.robots.slice(1)] };
    doUndoRedo(withGroup, { type: 'robot.delete', id: robotId('a1') }, (next) => {
      // a2 and a4 start on entry now, in a1's place: before a5, as they were drawn.
      expect(robotIds(next).map(String)).toEqual(['a2', 'a4', 'a5', 'a3', 'b1']);
    });
  });

  it('refuses an unknown robot', () => {
    refused(sampleFlow(), { type: 'robot.delete', id: robotId('zz') }, 'unknown-robot');
  });
});
