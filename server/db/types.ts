/** What the stores need from a database: the same SQL runs on PGlite and on PostgreSQL. */
export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

export interface Database extends Queryable {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** `embedded` (PGlite in a folder) or `postgres`, for the logs and the README's figures. */
  readonly kind: 'embedded' | 'postgres';
}
