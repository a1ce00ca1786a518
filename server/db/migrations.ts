import type { Database, Queryable } from './types';

/**
 * The schema, as an ordered list: migration N takes a database at version N-1 to N. Never edit a
 * migration that has shipped; add the next one. Documents are stored as JSON text, not jsonb, so a
 * flow comes back byte for byte as it was saved (jsonb would reorder its keys).
 */
export const MIGRATIONS: readonly string[] = [
  // 1: users and sessions, flows with every revision.
  `CREATE TABLE users (
     username text PRIMARY KEY,
     password_hash text NOT NULL,
     role text NOT NULL CHECK (role IN ('viewer', 'editor', 'publisher', 'admin')),
     created_at timestamptz NOT NULL DEFAULT now()
   );
   CREATE TABLE sessions (
     token_hash text PRIMARY KEY,
     username text NOT NULL REFERENCES users (username) ON DELETE CASCADE,
     expires_at timestamptz NOT NULL
   );
   CREATE TABLE flows (
     id text PRIMARY KEY,
     name text NOT NULL,
     revision integer NOT NULL,
     updated_at timestamptz NOT NULL,
     published_revision integer
   );
   CREATE TABLE flow_revisions (
     flow_id text NOT NULL REFERENCES flows (id) ON DELETE CASCADE,
     revision integer NOT NULL,
     document text NOT NULL,
     author text NOT NULL,
     created_at timestamptz NOT NULL,
     PRIMARY KEY (flow_id, revision)
   );`,
  // 2: who published what and when (every publish kept), and scenarios stored per flow.
  `CREATE TABLE flow_publishes (
     flow_id text NOT NULL REFERENCES flows (id) ON DELETE CASCADE,
     revision integer NOT NULL,
     published_by text NOT NULL,
     published_at timestamptz NOT NULL
   );
   CREATE INDEX flow_publishes_flow ON flow_publishes (flow_id, published_at);
   CREATE TABLE scenarios (
     flow_id text NOT NULL REFERENCES flows (id) ON DELETE CASCADE,
     id text NOT NULL,
     name text NOT NULL,
     document text NOT NULL,
     updated_by text NOT NULL,
     updated_at timestamptz NOT NULL,
     PRIMARY KEY (flow_id, id)
   );`,
];

/** Any number, the same in every Orderflow process: several servers starting at once migrate once. */
const MIGRATION_LOCK = 71_510_016;

/** The schema version a database is at (0 when empty). */
export async function schemaVersion(db: Queryable): Promise<number> {
  const { rows: table } = await db.query<{ found: boolean }>(
    "SELECT to_regclass('schema_migrations') IS NOT NULL AS found",
  );
  if (!table[0]?.found) return 0;
  const { rows } = await db.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
  return rows[0]?.v ?? 0;
}

/**
 * Applies the migrations the database lacks, up to `target`, each in a transaction of its own under
 * an advisory lock, so a crash leaves the schema at a whole version and racing processes wait
 * (even the bookkeeping table is created under the lock: concurrent CREATE TABLE IF NOT EXISTS
 * can fail in PostgreSQL).
 */
export async function migrate(db: Database, target = MIGRATIONS.length): Promise<number> {
  for (let version = 1; version <= target; version++) {
    await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await tx.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      const { rows } = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [version]);
      if (rows.length > 0) return;
      for (const statement of MIGRATIONS[version - 1]!.split(/;\s*$/m).filter((s) => s.trim())) {
        await tx.query(statement);
      }
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
    });
  }
  return schemaVersion(db);
}
