/**
 * `npm run bench:server`: the server on 127.0.0.1, on the embedded database (a fresh folder) and, when
 * BENCH_DATABASE_URL or TEST_DATABASE_URL names a PostgreSQL server where we may create a database,
 * on PostgreSQL too. Measures save and load of the 5,000-robot flow (median, p95) and 50 editors
 * saving 50 different flows at once for BENCH_SECONDS (default 30) with autocannon: throughput, p95
 * latency, errors. Bounded: 20 saves and 20 loads, then the timed run.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { buildApp } from '../server/app';
import { openDatabase } from '../server/db/open';
import type { Database } from '../server/db/types';
import { userStore } from '../server/store/users';
import { DEFAULT_FLOW } from '../src/domain/samples';
import { largeFlow } from './largeFlow';

const PORT = Number(process.env.BENCH_PORT ?? 18095);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const EDITORS = 50;
const ROUNDS = 20;
const PASSWORD = 'bench password';
const POSTGRES = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

/** A fresh database of each kind and how to throw it away. */
async function freshDatabase(
  kind: 'embedded' | 'postgres',
): Promise<{ db: Database; dispose(): Promise<void> }> {
  if (kind === 'embedded') {
    const dir = mkdtempSync(join(tmpdir(), 'orderflow-bench-'));
    const db = await openDatabase({ dataDir: dir });
    return { db, dispose: async () => (await db.close(), rmSync(dir, { recursive: true, force: true })) };
  }
  const name = `orderflow_bench_${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(POSTGRES!);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString() });
  return {
    db,
    dispose: async () => {
      await db.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function bench(kind: 'embedded' | 'postgres'): Promise<void> {
  const { db, dispose } = await freshDatabase(kind);
  await userStore(db).add('bench', PASSWORD, 'editor');
  const app = await buildApp({ db, logger: false });
  await app.listen({ host: '127.0.0.1', port: PORT });
  const base = `http://127.0.0.1:${PORT}`;
  try {
    const signIn = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bench', password: PASSWORD }),
    });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const json = { cookie, 'content-type': 'application/json' };
    const post = async (flow: unknown) =>
      (await (
        await fetch(`${base}/api/flows`, { method: 'POST', headers: json, body: JSON.stringify({ flow }) })
      ).json()) as {
        flow: { id: string };
      };

    // Save and load of the 5,000-robot flow, one at a time.
    const large = largeFlow();
    const { flow: created } = await post(large);
    const body = (revision: number) =>
      JSON.stringify({ flow: { ...large, id: created.id }, baseRevision: revision });
    const saves: number[] = [];
    const loads: number[] = [];
    for (let r = 1; r <= ROUNDS; r++) {
      const text = body(r);
      let t = performance.now();
      const saved = await fetch(`${base}/api/flows/${created.id}`, {
        method: 'PUT',
        headers: json,
        body: text,
      });
      if (saved.status !== 200) throw new Error(`Save answered ${saved.status}.`);
      await saved.arrayBuffer();
      saves.push(performance.now() - t);
      t = performance.now();
      const loaded = await fetch(`${base}/api/flows/${created.id}`, { headers: { cookie } });
      await loaded.arrayBuffer();
      loads.push(performance.now() - t);
    }
    const size = (body(1).length / 1024 / 1024).toFixed(1);
    console.log(
      `${kind}: 5,000-robot flow (${size} MB) save median ${ms(percentile(saves, 50))}, p95 ${ms(percentile(saves, 95))}; load median ${ms(percentile(loads, 50))}, p95 ${ms(percentile(loads, 95))}`,
    );

    // 50 editors, each saving a flow of their own as fast as the server answers.
    const ids: string[] = [];
    for (let i = 0; i < EDITORS; i++)
      ids.push((await post({ ...DEFAULT_FLOW, name: `Editor ${i}` })).flow.id);
    // autocannon clears a connection's context between requests, so the flows are a pool: a request
    // takes a flow no other request is saving, and its answer gives it back at its new revision.
    const free = ids.map((id) => ({ id, revision: 1 }));
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: base,
          connections: EDITORS,
          duration: SECONDS,
          headers: json,
          requests: [
            {
              method: 'PUT',
              setupRequest: (request, context) => {
                const flow = free.shift()!;
                (context as { flow?: typeof flow }).flow = flow;
                return {
                  ...request,
                  path: `/api/flows/${flow.id}`,
                  body: JSON.stringify({
                    flow: { ...DEFAULT_FLOW, id: flow.id },
                    baseRevision: flow.revision,
                  }),
                };
              },
              onResponse: (status, text, context) => {
                const flow = (context as { flow: { id: string; revision: number } }).flow;
                if (status === 200) flow.revision = (JSON.parse(text) as { revision: number }).revision;
                free.push(flow);
              },
            },
          ],
        },
        (error, r) => (error ? reject(error) : resolve(r)),
      );
      instance.on(
        'response',
        (_client: unknown, _status: number, _bytes: number, time: number) => void latencies.push(time),
      );
    });
    const errors = result.errors + result.timeouts + result.non2xx;
    if (errors > 0) console.log(`${kind}: answers by status ${JSON.stringify(Object.fromEntries(statuses))}`);
    console.log(
      `${kind}: ${EDITORS} editors × ${SECONDS} s: ${result.requests.total} saves, ${result.requests.average.toFixed(0)} saves/s, p95 ${ms(percentile(latencies, 95))}, median ${ms(percentile(latencies, 50))}, errors ${errors}`,
    );
  } finally {
    await app.close();
    await dispose();
  }
}

await bench('embedded');
if (POSTGRES) await bench('postgres');
else
  console.log(
    'postgres: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL to a server where a database may be created)',
  );
