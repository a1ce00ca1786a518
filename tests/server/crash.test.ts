import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FLOW_KIND } from '../../src/io/kinds';
import { loadDocumentValue } from '../../src/io/load';
import { TEST_DATABASES } from './support/databases';
import { api } from './support/flows';
import { signedInFetch } from './support/server';

const ADMIN_PASSWORD = 'crash test password';

/** `npm start`'s entry in a child process, on a port of the 18080–18099 range kept for these tests. */
async function startChild(port: number, env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      ORDERFLOW_SKIP_BUILD: '1',
      ORDERFLOW_ADMIN_PASSWORD: ADMIN_PASSWORD,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}.`);
    const up = await fetch(`http://127.0.0.1:${port}/api/me`).then(
      (r) => r.status === 401,
      () => false,
    );
    if (up) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('The server did not start.');
}

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

describe.each(TEST_DATABASES.map((d, i) => ({ ...d, port: 18090 + i })))(
  'kill -9 during saves ($name)',
  (kind) => {
    const cleanups: (() => Promise<void> | void)[] = [];
    afterAll(async () => {
      for (const c of cleanups.reverse()) await c();
    });

    it('restarts with every acknowledged revision whole and nothing half-written', async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'orderflow-crash-'));
      cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
      const env: Record<string, string> = { ORDERFLOW_DATA: dataDir };
      if (kind.name === 'postgres') {
        // Its pool stays open to the end: dispose closes it, then drops the database.
        const fresh = await kind.empty();
        env.DATABASE_URL = fresh.url!;
        cleanups.push(() => fresh.dispose());
      } else env.DATABASE_URL = '';
      const base = `http://127.0.0.1:${kind.port}`;

      let child = await startChild(kind.port, env);
      cleanups.push(() => void child.kill('SIGKILL'));
      const admin = api(base, await signedInFetch(base, 'admin', ADMIN_PASSWORD));
      const { id, flow } = await admin.create('Crash');

      // Four writers save as fast as they can; the server is killed while saves are in flight.
      const acknowledged = new Map<number, string>();
      let revision = 1;
      let stop = false;
      const writer = async (w: number) => {
        for (let k = 0; !stop; k++) {
          const name = `w${w}-${k}`;
          const r = await admin
            .call('PUT', `/api/flows/${id}`, { flow: { ...flow, name }, baseRevision: revision })
            .catch(() => undefined);
          if (!r) return;
          if (r.status === 200) {
            acknowledged.set(r.body.revision, name);
            revision = Math.max(revision, r.body.revision);
          } else if (r.status === 409) revision = r.body.current.revision;
        }
      };
      const writers = [0, 1, 2, 3].map(writer);
      while (acknowledged.size < 40) await new Promise((r) => setTimeout(r, 20));
      await killed(child);
      stop = true;
      await Promise.all(writers);

      child = await startChild(kind.port, env);
      const again = api(base, await signedInFetch(base, 'admin', ADMIN_PASSWORD));
      const history = (await again.call('GET', `/api/flows/${id}/revisions`)).body.revisions as {
        revision: number;
      }[];
      const numbers = history.map((h) => h.revision).reverse();
      expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
      for (const [n, name] of acknowledged) {
        const stored = await again.call('GET', `/api/flows/${id}/revisions/${n}`);
        expect([n, stored.body.flow.name]).toEqual([n, name]);
      }
      for (const n of numbers) {
        const stored = await again.call('GET', `/api/flows/${id}/revisions/${n}`);
        expect(loadDocumentValue(stored.body.flow, FLOW_KIND).ok).toBe(true);
      }
      const latest = await again.call('GET', `/api/flows/${id}`);
      expect(latest.body.revision).toBe(numbers.at(-1));
      await killed(child);
    });
  },
);
