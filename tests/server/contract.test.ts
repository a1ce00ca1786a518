import { getResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockDb } from '../../mocks/db';
import { createHandlers } from '../../mocks/handlers/index';
import { SAMPLE_SCENARIOS } from '../../src/domain/samples';
import { createApiClient, moreApi } from '../../src/io/api';
import type { ApiClient, ApiResult } from '../../src/io/api';
import { migrated, TEST_DATABASES } from './support/databases';
import { signedInFetch, startServer } from './support/server';

/*
 * One list of cases, run through the designer's own API client against the mocked backend and
 * against the real server: both must give the answers the client expects, so they cannot drift.
 */

function unwrap<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`Expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
}
function failure<T>(result: ApiResult<T>) {
  if (result.ok) throw new Error('Expected a failure.');
  return result.error;
}

interface Backend {
  name: string;
  /** A client signed in as someone who may publish. */
  client: ApiClient;
  close(): Promise<void>;
}

async function mockBackend(): Promise<Backend> {
  const handlers = createHandlers(createMockDb());
  const fetchMock: typeof fetch = async (input, init) =>
    (await getResponse(handlers, new Request(input, init))) ?? new Response(null, { status: 404 });
  return {
    name: 'mock',
    client: createApiClient({ baseUrl: 'http://mock.test', fetch: fetchMock, retries: 0 }),
    close: async () => undefined,
  };
}

async function realBackend(kind: (typeof TEST_DATABASES)[number]): Promise<Backend> {
  const fresh = await migrated(kind);
  const server = await startServer(fresh.db);
  return {
    name: `server (${kind.name})`,
    client: createApiClient({
      baseUrl: server.base,
      fetch: await signedInFetch(server.base, 'publisher'),
      retries: 0,
    }),
    close: async () => {
      await server.close();
      await fresh.dispose();
    },
  };
}

const BACKENDS: { name: string; start: () => Promise<Backend> }[] = [
  { name: 'the mocked backend', start: mockBackend },
  ...TEST_DATABASES.map((kind) => ({ name: `the server on ${kind.name}`, start: () => realBackend(kind) })),
];

describe.each(BACKENDS)('the API contract: $name', ({ start }) => {
  let backend: Backend;
  beforeAll(async () => {
    backend = await start();
  });
  afterAll(() => backend.close());
  const api = () => backend.client;

  it('tells who is signed in', async () => {
    const me = unwrap(await api().me());
    expect(me.user.username.length).toBeGreaterThan(0);
  });

  it('creates a flow under a fresh id from a document, and from the default', async () => {
    const a = unwrap(await api().createFlow());
    const b = unwrap(await api().createFlow({ ...a.flow, name: 'From a document' }));
    expect(a.revision).toBe(1);
    expect(b.flow.id).not.toBe(a.flow.id);
    expect(b.flow.name).toBe('From a document');
    const listed = unwrap(await api().listFlows()).map((f) => f.id);
    expect(listed).toEqual(expect.arrayContaining([a.flow.id, b.flow.id]));
  });

  it('saves over the latest revision and answers a stale one with a conflict carrying theirs', async () => {
    const { flow } = unwrap(await api().createFlow());
    expect(unwrap(await api().saveFlow({ ...flow, name: 'Mine' }, 1)).revision).toBe(2);
    const stale = failure(await api().saveFlow({ ...flow, name: 'Late' }, 1));
    expect(stale.kind).toBe('conflict');
    if (stale.kind === 'conflict')
      expect([stale.current.revision, stale.current.flow.name]).toEqual([2, 'Mine']);
    expect(unwrap(await api().getFlow(flow.id)).flow.name).toBe('Mine');
  });

  it('lists every revision with author and time, and gives back any revision’s document', async () => {
    const { flow } = unwrap(await api().createFlow());
    unwrap(await api().saveFlow({ ...flow, name: 'Second' }, 1));
    const history = unwrap(await moreApi(api()).listRevisions(flow.id));
    expect(history.revisions.map((r) => r.revision)).toEqual([2, 1]);
    expect(history.revisions[0]!.author.length).toBeGreaterThan(0);
    expect(unwrap(await moreApi(api()).getRevision(flow.id, 1)).flow.name).toBe(flow.name);
    expect(failure(await moreApi(api()).getRevision(flow.id, 7))).toMatchObject({
      kind: 'http',
      status: 404,
    });
  });

  it('publishes the latest revision, records who and when, and refuses a stale one', async () => {
    const { flow } = unwrap(await api().createFlow());
    expect(unwrap(await api().publishFlow(flow.id, 1)).publishedRevision).toBe(1);
    const record = unwrap(await api().getFlow(flow.id));
    expect(record.publishedRevision).toBe(1);
    expect(record.publishedBy).toBeDefined();
    expect(unwrap(await moreApi(api()).listRevisions(flow.id)).publishes.map((p) => p.revision)).toEqual([1]);
    unwrap(await api().saveFlow(flow, 1));
    expect(failure(await api().publishFlow(flow.id, 1)).kind).toBe('conflict');
  });

  it('refuses to publish a design with errors (422 with problems)', async () => {
    const { flow } = unwrap(await api().createFlow());
    const robots = flow.robots.map((r, i) => (i === 0 ? { ...r, settings: {} } : r));
    unwrap(await api().saveFlow({ ...flow, robots } as typeof flow, 1));
    const refused = failure(await api().publishFlow(flow.id, 2));
    expect(refused).toMatchObject({ kind: 'http', status: 422 });
    if (refused.kind === 'http') expect(refused.problems!.length).toBeGreaterThan(0);
  });

  it('duplicates and deletes; a deleted flow is not found', async () => {
    const { flow } = unwrap(await api().createFlow());
    const copy = unwrap(await api().duplicateFlow(flow.id));
    expect(copy.flow.name).toBe(`${flow.name} (copy)`);
    unwrap(await api().deleteFlow(flow.id));
    expect(failure(await api().getFlow(flow.id))).toMatchObject({ kind: 'http', status: 404 });
    expect(failure(await api().saveFlow(flow, 1))).toMatchObject({ kind: 'http', status: 404 });
  });

  it('answers an invalid document with 400', async () => {
    const { flow } = unwrap(await api().createFlow());
    const broken = { ...flow, statuses: 'none' } as unknown as typeof flow;
    expect(failure(await api().saveFlow(broken, 1))).toMatchObject({ kind: 'http', status: 400 });
  });

  it('keeps scenarios per flow', async () => {
    const { flow } = unwrap(await api().createFlow());
    const scenario = SAMPLE_SCENARIOS[1]!.scenario;
    const stored = unwrap(await moreApi(api()).putScenario(flow.id, 'never-paid', scenario));
    expect([stored.id, stored.name]).toEqual(['never-paid', scenario.name]);
    expect(unwrap(await moreApi(api()).listScenarios(flow.id)).map((s) => s.scenario)).toEqual([scenario]);
    unwrap(await moreApi(api()).deleteScenario(flow.id, 'never-paid'));
    expect(unwrap(await moreApi(api()).listScenarios(flow.id))).toEqual([]);
  });
});
