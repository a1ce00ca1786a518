import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../src/domain/commands';
import type { Flow } from '../../../src/domain/flow';
import { robotId, statusId } from '../../../src/domain/ids';
import { canConnect, canMove } from '../../../src/domain/rules';
import { doUndoRedo, refused, robot, sampleFlow } from './helpers';

const r = robotId;

/** The sample with a4 made parallel, so it is free to be connected. */
function withFreeA4(): Flow {
  const result = applyCommand(sampleFlow(), { type: 'edge.disconnect', to: r('a4') });
  if (!result.ok) throw new Error(result.reason);
  return result.flow;
}

describe('edge.disconnect', () => {
  it('makes the robot parallel', () => {
    doUndoRedo(sampleFlow(), { type: 'edge.disconnect', to: r('a2') }, (next) => {
      expect(robot(next, 'a2').after).toBeNull();
      // Its own successors stay after it: only the one edge goes.
      expect(robot(next, 'a3').after).toBe('a2');
    });
  });

  it('refuses a robot without a previous one, and an unknown robot', () => {
    refused(sampleFlow(), { type: 'edge.disconnect', to: r('a1') }, 'no-previous');
    refused(sampleFlow(), { type: 'edge.disconnect', to: r('zz') }, 'unknown-robot');
  });
});

describe('edge.connect', () => {
  it('chains a parallel robot after another robot of its status', () => {
    doUndoRedo(withFreeA4(), { type: 'edge.connect', from: r('a3'), to: r('a4') }, (next) => {
      expect(robot(next, 'a4').after).toBe('a3');
    });
  });

  it('allows fan-out: a robot may be the previous of several', () => {
    doUndoRedo(withFreeA4(), { type: 'edge.connect', from: r('a1'), to: r('a4') }, (next) => {
      expect(next.robots.filter((x) => x.after === 'a1').map((x) => x.id)).toEqual(['a2', 'a4']);
    });
  });

  it('refuses each rule with its reason', () => {
    const flow = withFreeA4();
    expect(refused(flow, { type: 'edge.connect', from: r('a1'), to: r('a1') }, 'self')).toMatch(/itself/);
    expect(refused(flow, { type: 'edge.connect', from: r('b1'), to: r('a4') }, 'other-status')).toMatch(
      /same status/,
    );
    expect(refused(flow, { type: 'edge.connect', from: r('a4'), to: r('a3') }, 'has-previous')).toMatch(
      /already runs after/,
    );
    expect(refused(flow, { type: 'edge.connect', from: r('a3'), to: r('a1') }, 'cycle')).toMatch(/loop/);
    refused(flow, { type: 'edge.connect', from: r('zz'), to: r('a4') }, 'unknown-robot');
    refused(flow, { type: 'edge.connect', from: r('a1'), to: r('zz') }, 'unknown-robot');
  });
});

describe('canConnect and canMove (shared rules)', () => {
  it('answer yes or no with a reason, without touching the flow', () => {
    const flow = withFreeA4();
    expect(canConnect(flow, r('a2'), r('a4'))).toEqual({ ok: true });
    expect(canConnect(flow, r('a3'), r('a1'))).toMatchObject({ ok: false, code: 'cycle' });
    expect(canMove(flow, r('a1'), statusId('B'))).toEqual({ ok: true });
    expect(canMove(flow, r('a1'), statusId('A'))).toMatchObject({ ok: false, code: 'same-status' });
    expect(canMove(flow, r('a1'), statusId('X'))).toMatchObject({ ok: false, code: 'unknown-status' });
    expect(canMove(flow, r('zz'), statusId('A'))).toMatchObject({ ok: false, code: 'unknown-robot' });
  });

  it('stays finite on a document that already holds a cycle', () => {
    const flow = sampleFlow();
    // An imported document may be broken; lint reports it, the rule must still answer.
    const broken: Flow = {
      ...flow,
      robots: flow.robots.map((x) => (x.id === 'a1' ? { ...x, after: r('a3') } : x)),
    };
    expect(canConnect(broken, r('a2'), r('a4'))).toMatchObject({ ok: false, code: 'has-previous' });
    const freed: Flow = {
      ...broken,
      robots: broken.robots.map((x) => (x.id === 'a4' ? { ...x, after: null } : x)),
    };
    expect(canConnect(freed, r('a3'), r('a4'))).toEqual({ ok: true });
  });
});
