import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../src/domain/commands';
import { robotId, statusId } from '../../../src/domain/ids';
import { doUndoRedo, refused, robot, sampleFlow } from './helpers';

describe('flow.rename', () => {
  it('renames, trimming spaces', () => {
    doUndoRedo(sampleFlow(), { type: 'flow.rename', name: '  Webshop  ' }, (next) =>
      expect(next.name).toBe('Webshop'),
    );
  });
  it('refuses an empty name', () => {
    refused(sampleFlow(), { type: 'flow.rename', name: '   ' }, 'empty-name');
  });
});

describe('layout.setPosition', () => {
  it('places a card, creating the layout when there is none, and forgets it with null', () => {
    const flow = { ...sampleFlow(), layout: undefined };
    doUndoRedo(flow, { type: 'layout.setPosition', id: 'a1', position: { x: 5, y: 6 } }, (next) =>
      expect(next.layout?.positions).toEqual({ a1: { x: 5, y: 6 } }),
    );
    doUndoRedo(sampleFlow(), { type: 'layout.setPosition', id: 'a2', position: null }, (next) =>
      expect(next.layout?.positions?.a2).toBeUndefined(),
    );
  });
  it('refuses an unknown node and a non-finite position', () => {
    refused(sampleFlow(), { type: 'layout.setPosition', id: 'zz', position: { x: 0, y: 0 } }, 'unknown-node');
    refused(sampleFlow(), { type: 'layout.setPosition', id: 'a1', position: { x: NaN, y: 0 } }, 'invalid');
  });
});

describe('batch', () => {
  it('applies several commands as one step', () => {
    doUndoRedo(
      sampleFlow(),
      {
        type: 'batch',
        commands: [
          { type: 'robot.move', id: robotId('a4'), toStatus: statusId('B') },
          { type: 'layout.setPosition', id: 'a4', position: { x: 1, y: 2 } },
        ],
      },
      (next) => {
        expect(robot(next, 'a4').status).toBe('B');
        expect(next.layout?.positions?.a4).toEqual({ x: 1, y: 2 });
      },
    );
  });
  it('is all or nothing: a refused part leaves the flow untouched', () => {
    const flow = sampleFlow();
    const result = applyCommand(flow, {
      type: 'batch',
      commands: [
        { type: 'flow.rename', name: 'Changed' },
        { type: 'robot.delete', id: robotId('zz') },
      ],
    });
    expect(result).toMatchObject({ ok: false, code: 'unknown-robot' });
    expect(flow.name).toBe('Sample');
  });
});
