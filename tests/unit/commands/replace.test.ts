import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../src/domain/commands';
import type { Flow } from '../../../src/domain/flow';
import { doUndoRedo, refused, robotIds, sampleFlow } from './helpers';

function edited(): Flow {
  const flow = structuredClone(sampleFlow());
  flow.name = 'Imported';
  flow.robots = flow.robots.filter((r) => r.id !== 'a4');
  delete flow.layout;
  return flow;
}

describe('flow.replace', () => {
  it('replaces the whole document as one step, removing keys the new one lacks', () => {
    doUndoRedo(sampleFlow(), { type: 'flow.replace', flow: edited() }, (next) => {
      expect(next).toEqual(edited());
      expect(next.name).toBe('Imported');
      expect(robotIds(next)).not.toContain('a4');
      expect(next.layout).toBeUndefined();
    });
  });

  it('keeps no reference to the given flow, so later edits of it do not leak in', () => {
    const incoming = edited();
    const result = applyCommand(sampleFlow(), { type: 'flow.replace', flow: incoming });
    incoming.name = 'Changed afterwards';
    expect(result.ok && result.flow.name).toBe('Imported');
  });

  it('refuses a flow without statuses', () => {
    refused(sampleFlow(), { type: 'flow.replace', flow: { ...edited(), statuses: [] } }, 'last-status');
  });
});
