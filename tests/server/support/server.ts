import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/app';
import type { Database } from '../../../server/db/types';
import type { Role } from '../../../server/store/users';
import { userStore } from '../../../server/store/users';

export const PASSWORD = 'correct horse battery';

/** The server on a database, with one user of each role, listening on a free 127.0.0.1 port. */
export async function startServer(db: Database, options: { logLines?: string[] } = {}) {
  const users = userStore(db);
  for (const role of ['viewer', 'editor', 'publisher', 'admin'] as Role[])
    await users.add(role, PASSWORD, role);
  const lines = options.logLines;
  const app: FastifyInstance = await buildApp({
    db,
    logger: lines ? { level: 'info', stream: { write: (line: string) => void lines.push(line) } } : false,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return { app, base, close: () => app.close() };
}

/** Signs `username` in and returns a fetch that sends its session cookie. */
export async function signedInFetch(
  base: string,
  username: string,
  password = PASSWORD,
): Promise<typeof fetch> {
  const response = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`Sign-in of ${username} answered ${response.status}.`);
  const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
  return (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('cookie', cookie);
    return fetch(input, { ...init, headers });
  };
}
