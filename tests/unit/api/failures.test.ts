import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { db } from '../../../mocks/db';
import { server } from '../../../mocks/node';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { client, failure, unwrap, withMockBackend } from './harness';

const log = withMockBackend();
const calls = (method: string, path: string) =>
  log.requests.filter((r) => r.method === method && r.path === path).length;

describe('API failure paths', () => {
  it('a 500 becomes an http error with a sentence for users, after retrying the read', async () => {
    db.setFaults({ status500: true });
    const error = failure(await client({ retries: 2 }).listFlows());
    expect(error).toMatchObject({ kind: 'http', status: 500 });
    expect(error.message).toMatch(/server had a problem/);
    expect(error.message).toMatch(/nothing was lost/);
    expect(calls('GET', '/api/flows')).toBe(3);
  });

  it('a read that fails once succeeds on the retry', async () => {
    server.use(http.get('*/api/reference', () => HttpResponse.json({}, { status: 503 }), { once: true }));
    const reference = unwrap(await client({ retries: 1 }).getReference());
    expect(reference.employees?.length).toBeGreaterThan(0);
    expect(calls('GET', '/api/reference')).toBe(2);
  });

  it('never retries a write: a save could otherwise apply twice', async () => {
    db.setFaults({ status500: true });
    expect(failure(await client({ retries: 3 }).saveFlow(DEFAULT_FLOW, 3)).kind).toBe('http');
    expect(calls('PUT', '/api/flows/online-store-default')).toBe(1);
  });

  it('a slow server times out', async () => {
    db.setFaults({ latencyMs: 300 });
    const error = failure(await client({ timeoutMs: 50, retries: 0 }).getReference());
    expect(error.kind).toBe('timeout');
    expect(error.message).toMatch(/did not answer within/);
  });

  it('offline becomes a network error', async () => {
    db.setFaults({ offline: true });
    const error = failure(await client({ retries: 0 }).getFlow('online-store-default'));
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/could not be reached/);
  });

  it('an answer of the wrong shape is refused with the offending path', async () => {
    server.use(http.get('*/api/flows', () => HttpResponse.json({ flows: [{ id: 3, name: 'x' }] })));
    const error = failure(await client().listFlows());
    expect(error).toMatchObject({ kind: 'invalid-response', status: 200 });
    expect(error.details).toMatch(/flows\.0\.id/);
  });

  it('a flow that is not a valid document is refused', async () => {
    server.use(
      http.get('*/api/flows/:id', () =>
        HttpResponse.json({ flow: { format: 'orderflow.flow' }, revision: 1 }),
      ),
    );
    const error = failure(await client().getFlow('online-store-default'));
    expect(error.kind).toBe('invalid-response');
    expect(error.details).toMatch(/version/);
  });

  it('a body that is not JSON is refused', async () => {
    server.use(
      http.get('*/api/reference', () => new HttpResponse('<html>proxy error</html>', { status: 200 })),
    );
    expect(failure(await client().getReference()).kind).toBe('invalid-response');
  });

  it('a 404 says the flow is gone', async () => {
    const error = failure(await client().getFlow('nope'));
    expect(error).toMatchObject({ kind: 'http', status: 404 });
    expect(error.message).toMatch(/does not have this flow/);
  });

  it('uses a base URL with a path prefix', async () => {
    server.use(http.get('http://api.test/v2/api/flows', () => HttpResponse.json({ flows: [] })));
    expect(unwrap(await client({ baseUrl: 'http://api.test/v2/' }).listFlows())).toEqual([]);
  });
});
