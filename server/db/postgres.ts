import pg from 'pg';
import type { Database, Queryable } from './types';

// Counts (bigint) arrive as strings by default; ours stay far below 2^53, so read them as numbers.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** PostgreSQL through a connection pool; a transaction keeps one client from BEGIN to COMMIT. */
export async function openPostgres(url: string, { max = 10 }: { max?: number } = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max });
  // A dropped idle connection must not take the process down; the next query gets a fresh one.
  pool.on('error', () => undefined);
  const client = await pool.connect();
  client.release();
  return {
    kind: 'postgres',
    query: async <R>(sql: string, params: unknown[] = []) => {
      const result = await pool.query(sql, params);
      return { rows: result.rows as R[] };
    },
    transaction: async (work) => {
      const c = await pool.connect();
      const tx: Queryable = {
        query: async <R>(sql: string, params: unknown[] = []) => {
          const result = await c.query(sql, params);
          return { rows: result.rows as R[] };
        },
      };
      try {
        await c.query('BEGIN');
        const value = await work(tx);
        await c.query('COMMIT');
        return value;
      } catch (error) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        c.release();
      }
    },
    close: () => pool.end(),
  };
}
