import { describe, expect, it } from 'vitest';
import { applyCommand, MAX_STATUSES } from '../../../src/domain/commands';
import type { Flow, Status } from '../../../src/domain/flow';
import { statusId } from '../../../src/domain/ids';
import { doUndoRedo, refused, sampleFlow } from './helpers';

const newStatus = (over: Partial<Status> = {}): Status => ({
  id: statusId('S'),
  name: 'Shipped',
  semantics: 'process',
  color: '#9b51e0',
  ...over,
});
const ids = (flow: Flow) => flow.statuses.map((s) => s.id);

describe('status commands', () => {
  it('add, at the end or an index', () => {
    const flow = sampleFlow();
    doUndoRedo(flow, { type: 'status.add', status: newStatus() }, (next) =>
      expect(ids(next)).toEqual(['A', 'B', 'C', 'S']),
    );
    doUndoRedo(flow, { type: 'status.add', status: newStatus(), index: 2 }, (next) =>
      expect(ids(next)).toEqual(['A', 'B', 'S', 'C']),
    );
  });

  it('update name, semantics and colour', () => {
    doUndoRedo(
      sampleFlow(),
      {
        type: 'status.update',
        id: statusId('B'),
        changes: { name: 'Paid!', semantics: 'success', color: '#000000' },
      },
      (next) =>
        expect(next.statuses[1]).toEqual({ id: 'B', name: 'Paid!', semantics: 'success', color: '#000000' }),
    );
  });

  it('refuses a name another status has (case and spacing ignored), on add and on rename', () => {
    expect(
      refused(sampleFlow(), { type: 'status.add', status: newStatus({ name: ' paid ' }) }, 'duplicate-name'),
    ).toBe('There is already a status called “Paid”; choose another name.');
    refused(
      sampleFlow(),
      { type: 'status.update', id: statusId('A'), changes: { name: 'CANCELED' } },
      'duplicate-name',
    );
    // Its own name in another case is a rename, not a duplicate.
    doUndoRedo(
      sampleFlow(),
      { type: 'status.update', id: statusId('B'), changes: { name: 'PAID' } },
      (next) => expect(next.statuses[1]!.name).toBe('PAID'),
    );
  });

  it('move to an index and reorder all', () => {
    doUndoRedo(sampleFlow(), { type: 'status.move', id: statusId('C'), toIndex: 0 }, (next) =>
      expect(ids(next)).toEqual(['C', 'A', 'B']),
    );
    doUndoRedo(sampleFlow(), { type: 'status.move', id: statusId('A'), toIndex: 99 }, (next) =>
      expect(ids(next)).toEqual(['B', 'C', 'A']),
    );
    doUndoRedo(sampleFlow(), { type: 'status.reorder', order: ['B', 'C', 'A'].map(statusId) }, (next) =>
      expect(ids(next)).toEqual(['B', 'C', 'A']),
    );
  });

  it('delete removes its robots and triggers and reports them; undo brings them back', () => {
    doUndoRedo(sampleFlow(), { type: 'status.delete', id: statusId('B') }, (next, report) => {
      expect(ids(next)).toEqual(['A', 'C']);
      expect(next.robots.map((r) => r.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
      expect(next.triggers).toEqual([]);
      expect(report.removedRobots).toEqual(['b1']);
      expect(report.removedTriggers).toEqual(['tPay']);
      expect(next.layout?.positions?.tPay).toBeUndefined();
    });
  });

  it('refusals', () => {
    const flow = sampleFlow();
    refused(flow, { type: 'status.add', status: newStatus({ id: statusId('A') }) }, 'duplicate-id');
    refused(flow, { type: 'status.add', status: newStatus({ color: 'red' }) }, 'invalid');
    refused(flow, { type: 'status.update', id: statusId('X'), changes: { name: 'x' } }, 'unknown-status');
    refused(flow, { type: 'status.update', id: statusId('A'), changes: { color: 'blue' } }, 'invalid');
    refused(flow, { type: 'status.move', id: statusId('X'), toIndex: 0 }, 'unknown-status');
    refused(flow, { type: 'status.reorder', order: ['A', 'B'].map(statusId) }, 'bad-order');
    refused(flow, { type: 'status.reorder', order: ['A', 'A', 'B'].map(statusId) }, 'bad-order');
    refused(flow, { type: 'status.delete', id: statusId('X') }, 'unknown-status');

    let one = flow;
    for (const id of ['B', 'C']) {
      const r = applyCommand(one, { type: 'status.delete', id: statusId(id) });
      if (r.ok) one = r.flow;
    }
    refused(one, { type: 'status.delete', id: statusId('A') }, 'last-status');

    let full = flow;
    for (let i = full.statuses.length; i < MAX_STATUSES; i++) {
      const r = applyCommand(full, {
        type: 'status.add',
        status: newStatus({ id: statusId(`s${i}`), name: `Stage ${i}` }),
      });
      if (r.ok) full = r.flow;
    }
    expect(full.statuses).toHaveLength(MAX_STATUSES);
    refused(full, { type: 'status.add', status: newStatus() }, 'too-many-statuses');
  });
});
