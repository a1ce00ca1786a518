import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FLOW } from '../../src/domain/samples';
import { migrated, TEST_DATABASES } from './support/databases';
import { api } from './support/flows';
import { PASSWORD, signedInFetch, startServer } from './support/server';

type Role = 'viewer' | 'editor' | 'publisher' | 'admin';
const ROLES: Role[] = ['viewer', 'editor', 'publisher', 'admin'];

describe.each(TEST_DATABASES)('sign-in and roles ($name)', (kind) => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let dispose: () => Promise<void>;
  const as: Partial<Record<Role, ReturnType<typeof api>>> = {};
  let flowId = '';

  beforeAll(async () => {
    const fresh = await migrated(kind);
    dispose = fresh.dispose;
    server = await startServer(fresh.db);
    for (const role of ROLES) as[role] = api(server.base, await signedInFetch(server.base, role));
    flowId = (await as.editor!.create()).id;
  });
  afterAll(async () => {
    await server.close();
    await dispose();
  });

  /** Every route with the least role it needs; the body is valid so only the role decides. */
  const routes = (): [string, string, Role, unknown?][] => [
    ['GET', '/api/reference', 'viewer'],
    ['GET', '/api/flows', 'viewer'],
    ['GET', `/api/flows/${flowId}`, 'viewer'],
    ['GET', `/api/flows/${flowId}/revisions`, 'viewer'],
    ['GET', `/api/flows/${flowId}/revisions/1`, 'viewer'],
    ['GET', `/api/flows/${flowId}/scenarios`, 'viewer'],
    ['GET', '/api/me', 'viewer'],
    ['POST', '/api/flows', 'editor', {}],
    ['POST', `/api/flows/${flowId}/duplicate`, 'editor'],
    ['PUT', `/api/flows/${flowId}`, 'editor', { flow: { ...DEFAULT_FLOW, id: flowId }, baseRevision: 999 }],
    ['PUT', `/api/flows/${flowId}/scenarios/s1`, 'editor', { scenario: { bad: true } }],
    ['POST', `/api/flows/${flowId}/publish`, 'publisher', { revision: 999 }],
    ['DELETE', '/api/flows/no-such-flow', 'publisher'],
    ['GET', '/api/users', 'admin'],
    ['DELETE', '/api/users/nobody', 'admin'],
  ];

  it('answers 401 to every API call without a session, sign-in aside', async () => {
    const anonymous = api(server.base, fetch);
    for (const [method, path, , body] of [...routes(), ['GET', '/api/unknown', 'viewer'] as const]) {
      const r = await anonymous.call(method, path, body);
      expect([method, path, r.status]).toEqual([method, path, 401]);
    }
  });

  it('answers 403 beyond the role and lets each role do what it includes', async () => {
    for (const role of ROLES) {
      for (const [method, path, needed, body] of routes()) {
        const r = await as[role]!.call(method, path, body);
        const allowed = ROLES.indexOf(role) >= ROLES.indexOf(needed);
        expect([role, method, path, r.status === 403]).toEqual([role, method, path, !allowed]);
        expect(r.status).not.toBe(401);
      }
    }
  });

  it('signs in with an HttpOnly, SameSite cookie, tells who is signed in and signs out', async () => {
    const r = await fetch(`${server.base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'publisher', password: PASSWORD }),
    });
    expect(r.status).toBe(200);
    const cookie = r.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).not.toContain(PASSWORD);
    const session = cookie.split(';')[0]!;
    const me = await fetch(`${server.base}/api/me`, { headers: { cookie: session } });
    expect((await me.json()).user).toEqual({ username: 'publisher', role: 'publisher' });
    const out = await fetch(`${server.base}/api/session`, { method: 'DELETE', headers: { cookie: session } });
    expect(out.status).toBe(204);
    expect((await fetch(`${server.base}/api/me`, { headers: { cookie: session } })).status).toBe(401);
  });

  it('refuses a wrong pair with 401 and slows down repeated failures with 429', async () => {
    const attempt = (password: string) =>
      fetch(`${server.base}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'viewer', password }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await attempt('wrong password')).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toContain(429);
    const blocked = await attempt(PASSWORD);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('refuses a state-changing request that a browser marks as coming from another site', async () => {
    const editor = await signedInFetch(server.base, 'editor');
    const forged = await editor(`${server.base}/api/flows`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: '{}',
    });
    expect(forged.status).toBe(403);
    const crossSite = await editor(`${server.base}/api/flows/${flowId}/duplicate`, {
      method: 'POST',
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    const sameOrigin = await editor(`${server.base}/api/flows`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.base, 'sec-fetch-site': 'same-origin' },
      body: '{}',
    });
    expect(sameOrigin.status).toBe(201);
  });

  it('lets an admin manage users, and a removed user is signed out', async () => {
    const admin = as.admin!;
    expect(
      (await admin.call('POST', '/api/users', { username: 'carla', password: 'short', role: 'editor' }))
        .status,
    ).toBe(400);
    expect(
      (await admin.call('POST', '/api/users', { username: 'carla', password: 'long enough', role: 'editor' }))
        .status,
    ).toBe(201);
    const carla = api(server.base, await signedInFetch(server.base, 'carla', 'long enough'));
    expect((await carla.call('GET', '/api/me')).body.user.role).toBe('editor');
    expect((await admin.call('DELETE', '/api/users/carla')).status).toBe(204);
    expect((await carla.call('GET', '/api/me')).status).toBe(401);
  });
});
