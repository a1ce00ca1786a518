import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from './lock';
import type { Database, Queryable } from './types';

/**
 * The embedded database: PostgreSQL compiled to WebAssembly, persisted to a folder. One process
 * owns the folder; PGlite runs one statement at a time, and its transaction() holds the connection
 * until the transaction ends, so concurrent saves queue up instead of interleaving.
 */
export async function openPglite(dataDir: string | undefined): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const unlock = dataDir ? lockDataDir(dataDir) : () => undefined;
  const pg = dataDir ? new PGlite(dataDir) : new PGlite();
  try {
    await pg.waitReady;
  } catch (error) {
    unlock();
    throw error;
  }
  const wrap = (q: Pick<PGlite, 'query'>): Queryable => ({
    query: async <R>(sql: string, params: unknown[] = []) => {
      const result = await q.query<R>(sql, params);
      return { rows: result.rows };
    },
  });
  return {
    kind: 'embedded',
    ...wrap(pg),
    transaction: (work) => pg.transaction((tx) => work(wrap(tx))),
    close: async () => {
      await pg.close();
      unlock();
    },
  };
}
