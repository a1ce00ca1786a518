import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_SCENARIOS } from '../../src/domain/samples';
import { migrated, TEST_DATABASES } from './support/databases';
import { api } from './support/flows';
import { signedInFetch, startServer } from './support/server';

describe.each(TEST_DATABASES)('revisions, publishing and scenarios ($name)', (kind) => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let dispose: () => Promise<void>;
  let editor: ReturnType<typeof api>;
  let publisher: ReturnType<typeof api>;

  beforeAll(async () => {
    const fresh = await migrated(kind);
    dispose = fresh.dispose;
    server = await startServer(fresh.db);
    editor = api(server.base, await signedInFetch(server.base, 'editor'));
    publisher = api(server.base, await signedInFetch(server.base, 'publisher'));
  });
  afterAll(async () => {
    await server.close();
    await dispose();
  });

  it('keeps every revision with its author and time, and any revision’s document', async () => {
    const { id, flow } = await editor.create('Original');
    expect(
      (await editor.call('PUT', `/api/flows/${id}`, { flow: { ...flow, name: 'Second' }, baseRevision: 1 }))
        .body.revision,
    ).toBe(2);
    expect(
      (await publisher.call('PUT', `/api/flows/${id}`, { flow: { ...flow, name: 'Third' }, baseRevision: 2 }))
        .body.revision,
    ).toBe(3);
    const history = await editor.call('GET', `/api/flows/${id}/revisions`);
    expect(
      history.body.revisions.map((r: { revision: number; author: string }) => [r.revision, r.author]),
    ).toEqual([
      [3, 'publisher'],
      [2, 'editor'],
      [1, 'editor'],
    ]);
    for (const r of history.body.revisions) expect(Number.isNaN(Date.parse(r.createdAt))).toBe(false);
    const first = await editor.call('GET', `/api/flows/${id}/revisions/1`);
    expect(first.body.flow).toEqual(flow);
    expect((await editor.call('GET', `/api/flows/${id}/revisions/9`)).status).toBe(404);
    expect((await editor.call('GET', `/api/flows/${id}`)).body.flow.name).toBe('Third');
  });

  it('restores an old revision as a new one, never rewriting history', async () => {
    const { id, flow } = await editor.create('Before');
    await editor.call('PUT', `/api/flows/${id}`, { flow: { ...flow, name: 'After' }, baseRevision: 1 });
    const old = (await editor.call('GET', `/api/flows/${id}/revisions/1`)).body.flow;
    const restored = await editor.call('PUT', `/api/flows/${id}`, { flow: old, baseRevision: 2 });
    expect(restored.body.revision).toBe(3);
    const history = (await editor.call('GET', `/api/flows/${id}/revisions`)).body.revisions;
    expect(history).toHaveLength(3);
    expect((await editor.call('GET', `/api/flows/${id}/revisions/2`)).body.flow.name).toBe('After');
  });

  it('records who published which revision and when', async () => {
    const { id } = await editor.create();
    const published = await publisher.call('POST', `/api/flows/${id}/publish`, { revision: 1 });
    expect(published.status).toBe(200);
    expect(published.body.publishedRevision).toBe(1);
    const record = (await editor.call('GET', `/api/flows/${id}`)).body;
    expect([record.publishedRevision, record.publishedBy]).toEqual([1, 'publisher']);
    expect(record.publishedFlow).toEqual(record.flow);
    const history = (await editor.call('GET', `/api/flows/${id}/revisions`)).body;
    expect(history.publishes).toEqual([
      { revision: 1, publishedBy: 'publisher', publishedAt: record.publishedAt },
    ]);
    expect((await publisher.call('POST', `/api/flows/${id}/publish`, { revision: 0 })).status).toBe(409);
  });

  it('refuses to publish a design with errors (422) and lists them', async () => {
    const { id, flow } = await editor.create();
    const robots = flow.robots.map((r, i) => (i === 0 ? { ...r, settings: {} } : r));
    expect(
      (await editor.call('PUT', `/api/flows/${id}`, { flow: { ...flow, robots }, baseRevision: 1 })).status,
    ).toBe(200);
    const refused = await publisher.call('POST', `/api/flows/${id}/publish`, { revision: 2 });
    expect(refused.status).toBe(422);
    expect(refused.body.problems.length).toBeGreaterThan(0);
  });

  it('stores scenarios per flow, validated, and forgets them with the flow', async () => {
    const { id } = await editor.create();
    const scenario = SAMPLE_SCENARIOS[0]!.scenario;
    const put = await editor.call('PUT', `/api/flows/${id}/scenarios/paid`, { scenario });
    expect(put.status).toBe(200);
    expect(put.body.updatedBy).toBe('editor');
    const bad = await editor.call('PUT', `/api/flows/${id}/scenarios/bad`, {
      scenario: { ...scenario, start: 7 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toMatch(/^\$\.start/);
    const list = (await editor.call('GET', `/api/flows/${id}/scenarios`)).body.scenarios;
    expect(list.map((s: { id: string; scenario: unknown }) => [s.id, s.scenario])).toEqual([
      ['paid', scenario],
    ]);
    expect((await editor.call('PUT', '/api/flows/nothing/scenarios/x', { scenario })).status).toBe(404);
    expect((await publisher.call('DELETE', `/api/flows/${id}`)).status).toBe(204);
    expect((await editor.call('GET', `/api/flows/${id}/scenarios`)).body.scenarios).toEqual([]);
  });
});
