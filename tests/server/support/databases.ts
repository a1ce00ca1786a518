import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../../../server/db/open';
import { openPglite } from '../../../server/db/pglite';
import type { Database } from '../../../server/db/types';

/**
 * The databases the server tests run on: always the embedded one (in memory), and PostgreSQL too
 * when TEST_DATABASE_URL (or DATABASE_URL) names a server where we may create databases — each
 * test file gets a database of its own, dropped afterwards.
 */
export const POSTGRES_URL = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;

export interface TestDatabase {
  name: 'embedded' | 'postgres';
  /** An empty database, not migrated, and a function that disposes of it. */
  empty(): Promise<{ db: Database; url?: string; dispose(): Promise<void> }>;
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const embedded: TestDatabase = {
  name: 'embedded',
  async empty() {
    const db = await openPglite(undefined);
    return { db, dispose: () => db.close() };
  },
};

const postgres: TestDatabase = {
  name: 'postgres',
  async empty() {
    const name = `orderflow_test_${randomBytes(5).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${name}`);
    const url = new URL(POSTGRES_URL!);
    url.pathname = `/${name}`;
    const { openPostgres } = await import('../../../server/db/postgres');
    const db = await openPostgres(url.toString());
    return {
      db,
      url: url.toString(),
      async dispose() {
        await db.close();
        await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  },
};

export const TEST_DATABASES: TestDatabase[] = POSTGRES_URL ? [embedded, postgres] : [embedded];

/** A migrated database. */
export async function migrated(kind: TestDatabase) {
  const fresh = await kind.empty();
  const { migrate } = await import('../../../server/db/migrations');
  await migrate(fresh.db);
  return fresh;
}

export { openDatabase };
