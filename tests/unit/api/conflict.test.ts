import { describe, expect, it } from 'vitest';
import { db } from '../../../mocks/db';
import { conflictChanges, resolveConflict } from '../../../src/io/api';
import type { ApiError } from '../../../src/io/api';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { client, failure, unwrap, withMockBackend } from './harness';

withMockBackend();

/** A save that meets a colleague's newer revision. */
async function conflicted() {
  db.setFaults({ conflict: true });
  const mine = { ...DEFAULT_FLOW, name: 'Mine' };
  const error = failure(await client().saveFlow(mine, 3));
  if (error.kind !== 'conflict') throw new Error(`expected a conflict, got ${error.kind}`);
  return { mine, error: error as Extract<ApiError, { kind: 'conflict' }> };
}

describe('resolving a save conflict', () => {
  it('summarises what mine changes compared with theirs', async () => {
    const { mine, error } = await conflicted();
    const changes = conflictChanges(mine, error.current);
    expect(changes.map((c) => c.target)).toEqual(['flow', 'robot']);
    expect(changes[0]!.details[0]).toMatch(/\(edited by a colleague\)” → “Mine”/);
    expect(changes[1]!.details).toEqual(['turned on']);
  });

  it('reload theirs: their version, without a call', async () => {
    const { mine, error } = await conflicted();
    const resolved = unwrap(await resolveConflict(client(), 'reload-theirs', mine, error.current));
    expect(resolved).toEqual({ flow: error.current.flow, revision: 4 });
  });

  it('overwrite: mine saved over their revision', async () => {
    const { mine, error } = await conflicted();
    const api = client();
    expect(unwrap(await resolveConflict(api, 'overwrite', mine, error.current)).revision).toBe(5);
    expect(unwrap(await api.getFlow(mine.id)).flow.name).toBe('Mine');
  });

  it('save as a copy: theirs stays, mine is a new flow', async () => {
    const { mine, error } = await conflicted();
    const api = client();
    const resolved = unwrap(await resolveConflict(api, 'save-as-copy', mine, error.current));
    expect(resolved.flow.name).toBe('Mine (my copy)');
    expect(resolved.flow.id).not.toBe(mine.id);
    expect(unwrap(await api.getFlow(mine.id)).flow.name).toMatch(/edited by a colleague/);
  });
});
