import { migrate } from './migrations';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import type { Database } from './types';

export interface DatabaseConfig {
  /** `postgres://…`: use that PostgreSQL database; otherwise the embedded one. */
  databaseUrl?: string | undefined;
  /** The embedded database's folder; undefined keeps it in memory (tests). */
  dataDir?: string | undefined;
}

/** Opens the configured database and brings its schema to the latest version. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  const db = config.databaseUrl ? await openPostgres(config.databaseUrl) : await openPglite(config.dataDir);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
