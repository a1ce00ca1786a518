import { describe, expect, it } from 'vitest';
import { db } from '../../../mocks/db';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { client, failure, unwrap, withMockBackend } from './harness';

withMockBackend();

describe('flows API against the mocked backend', () => {
  it('lists the seeded flows with revisions and what is published', async () => {
    const flows = unwrap(await client().listFlows());
    expect(flows.map((f) => f.id)).toEqual(['online-store-default', 'pickup-in-store']);
    expect(flows[0]).toMatchObject({ name: 'Online store — default', revision: 3, publishedRevision: 2 });
    expect(flows[1]!.publishedRevision).toBeUndefined();
  });

  it('gets a flow with its published copy, validated as a flow document', async () => {
    const record = unwrap(await client().getFlow('online-store-default'));
    expect(record.flow).toEqual(DEFAULT_FLOW);
    expect(record.revision).toBe(3);
    expect(record.publishedFlow?.robots.some((r) => r.id === 's_robocall')).toBe(false);
  });

  it('saves over the current revision and gets the next one', async () => {
    const api = client();
    const renamed = { ...DEFAULT_FLOW, name: 'Renamed' };
    expect(unwrap(await api.saveFlow(renamed, 3)).revision).toBe(4);
    expect(unwrap(await api.getFlow(renamed.id)).flow.name).toBe('Renamed');
  });

  it('refuses a stale revision with a conflict carrying what the server has now', async () => {
    const error = failure(await client().saveFlow(DEFAULT_FLOW, 2));
    expect(error.kind).toBe('conflict');
    if (error.kind !== 'conflict') return;
    expect(error.current.revision).toBe(3);
    expect(error.current.flow.id).toBe('online-store-default');
    expect(error.message).toMatch(/revision 3/);
  });

  it('a conflict fault simulates a colleague saving first, once', async () => {
    const api = client();
    db.setFaults({ conflict: true });
    const error = failure(await api.saveFlow(DEFAULT_FLOW, 3));
    expect(error.kind).toBe('conflict');
    if (error.kind !== 'conflict') return;
    expect(error.current.flow.name).toMatch(/edited by a colleague/);
    // Overwrite: save again over the revision the conflict reported.
    expect(unwrap(await api.saveFlow(DEFAULT_FLOW, error.current.revision)).revision).toBe(5);
  });

  it('creates a flow from the default or from a given document', async () => {
    const api = client();
    const fresh = unwrap(await api.createFlow());
    expect(fresh.flow.name).toBe('New flow');
    expect(fresh.revision).toBe(1);
    const copy = unwrap(await api.createFlow({ ...DEFAULT_FLOW, name: 'Imported' }));
    expect(copy.flow.name).toBe('Imported');
    expect(copy.flow.id).not.toBe(fresh.flow.id);
  });

  it('duplicates and deletes', async () => {
    const api = client();
    const dup = unwrap(await api.duplicateFlow('pickup-in-store'));
    expect(dup.flow.name).toBe('Pickup in store (copy)');
    unwrap(await api.deleteFlow(dup.flow.id));
    expect(unwrap(await api.listFlows()).map((f) => f.id)).not.toContain(dup.flow.id);
    expect(failure(await api.deleteFlow(dup.flow.id))).toMatchObject({ kind: 'http', status: 404 });
  });

  it('publishes a design without errors', async () => {
    const api = client();
    expect(unwrap(await api.publishFlow('online-store-default', 3)).publishedRevision).toBe(3);
    expect(unwrap(await api.getFlow('online-store-default')).publishedRevision).toBe(3);
  });

  it('refuses to publish a design with errors and lists them', async () => {
    const api = client();
    const broken = { ...DEFAULT_FLOW, robots: DEFAULT_FLOW.robots.map((r) => ({ ...r, settings: {} })) };
    const { revision } = unwrap(await api.saveFlow(broken, 3));
    const error = failure(await api.publishFlow(broken.id, revision));
    expect(error).toMatchObject({ kind: 'http', status: 422 });
    if (error.kind !== 'http') return;
    expect(error.problems?.length).toBeGreaterThan(0);
    expect(error.problems![0]).toMatchObject({
      severity: 'error',
      path: expect.stringMatching(/^\$\.robots\[/),
    });
    expect(error.message).toMatch(/still has errors/);
  });

  it('refuses to publish a revision that is no longer the latest', async () => {
    expect(failure(await client().publishFlow('online-store-default', 1)).kind).toBe('conflict');
  });
});
