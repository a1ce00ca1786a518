import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FLOW } from '../../src/domain/samples';
import { migrated, TEST_DATABASES } from './support/databases';
import { api } from './support/flows';
import { signedInFetch, startServer } from './support/server';

describe.each(TEST_DATABASES)('bodies, headers, logs ($name)', (kind) => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let dispose: () => Promise<void>;
  let editor: ReturnType<typeof api>;
  const lines: string[] = [];

  beforeAll(async () => {
    const fresh = await migrated(kind);
    dispose = fresh.dispose;
    server = await startServer(fresh.db, { logLines: lines });
    editor = api(server.base, await signedInFetch(server.base, 'editor'));
  });
  afterAll(async () => {
    await server.close();
    await dispose();
  });

  it('answers a body that is not JSON with 400 and where it broke', async () => {
    const r = await editor.call('POST', '/api/flows', '{"flow": {');
    expect(r.status).toBe(400);
    expect(r.body.errors[0].path).toBe('$');
    expect(r.body.errors[0].message).toMatch(/line 1, column/);
  });

  it('answers a document that is not valid with 400 and the JSON path of each problem', async () => {
    const { id, flow } = await editor.create();
    const broken = { ...flow, statuses: [{ ...flow.statuses[0], semantics: 'sometimes' }] };
    const r = await editor.call('PUT', `/api/flows/${id}`, { flow: broken, baseRevision: 1 });
    expect(r.status).toBe(400);
    expect(r.body.errors.map((e: { path: string }) => e.path)).toContain('$.statuses[0].semantics');
    const shape = await editor.call('PUT', `/api/flows/${id}`, { flow, baseRevision: 'one' });
    expect(shape.status).toBe(400);
    expect(shape.body.errors[0].path).toBe('$.baseRevision');
  });

  it('answers a body over 10 MB with 413', async () => {
    const { id, flow } = await editor.create();
    const huge = JSON.stringify({
      flow: { ...flow, padding: 'x'.repeat(10 * 1024 * 1024) },
      baseRevision: 1,
    });
    const r = await editor.call('PUT', `/api/flows/${id}`, huge);
    expect(r.status).toBe(413);
  });

  it('sends the security headers with the API and keeps stack traces out of answers', async () => {
    const r = await editor.call('GET', '/api/flows');
    expect(r.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(r.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(r.headers.get('x-frame-options')).toBe('DENY');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('writes one JSON line per request, without passwords or bodies', async () => {
    lines.length = 0;
    await editor.call('GET', '/api/flows');
    await editor.call('POST', '/api/flows', '{nope');
    const parsed = lines.map((l) => JSON.parse(l));
    expect(parsed.map((l) => [l.method, l.url, l.status])).toEqual([
      ['GET', '/api/flows', 200],
      ['POST', '/api/flows', 400],
    ]);
    expect(parsed[0].user).toBe('editor');
    expect(lines.join('')).not.toMatch(/password|nope/);
  });
});

describe('a failing database', () => {
  it('answers 500 with a plain sentence; the stack goes to the log only', async () => {
    const fresh = await migrated(TEST_DATABASES[0]!);
    const lines: string[] = [];
    const server = await startServer(fresh.db, { logLines: lines });
    const editor = api(server.base, await signedInFetch(server.base, 'editor'));
    await fresh.db.query('DROP TABLE flow_revisions CASCADE');
    const r = await editor.call('POST', '/api/flows', { flow: DEFAULT_FLOW });
    expect(r.status).toBe(500);
    expect(JSON.stringify(r.body)).not.toMatch(/flow_revisions|at .*\.ts|stack/);
    const logged = lines.map((l) => JSON.parse(l)).find((l) => l.status === 500);
    expect(logged.error.stack).toMatch(/flow_revisions/);
    await server.close();
    await fresh.dispose();
  });
});
