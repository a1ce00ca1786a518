import { afterEach, describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS, schemaVersion } from '../../server/db/migrations';
import { flowStore } from '../../server/store/flows';
import { DEFAULT_FLOW } from '../../src/domain/samples';
import { TEST_DATABASES } from './support/databases';

describe.each(TEST_DATABASES)('migrations ($name)', (kind) => {
  const disposers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const d of disposers.splice(0)) await d();
  });

  it('bring an empty database to the latest schema, and a second run changes nothing', async () => {
    const { db, dispose } = await kind.empty();
    disposers.push(dispose);
    expect(await schemaVersion(db)).toBe(0);
    expect(await migrate(db)).toBe(MIGRATIONS.length);
    expect(await migrate(db)).toBe(MIGRATIONS.length);
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations');
    expect(rows[0]!.n).toBe(MIGRATIONS.length);
  });

  it('take a database of the previous version forward with its flows and users', async () => {
    const { db, dispose } = await kind.empty();
    disposers.push(dispose);
    await migrate(db, MIGRATIONS.length - 1);
    await db.query("INSERT INTO users (username, password_hash, role) VALUES ('ann', 'x', 'editor')");
    await db.query("INSERT INTO flows (id, name, revision, updated_at) VALUES ('f1', 'Old', 1, now())");
    await db.query(
      "INSERT INTO flow_revisions (flow_id, revision, document, author, created_at) VALUES ('f1', 1, $1, 'ann', now())",
      [JSON.stringify({ ...DEFAULT_FLOW, id: 'f1', name: 'Old' })],
    );
    expect(await migrate(db)).toBe(MIGRATIONS.length);
    const flows = flowStore(db);
    expect((await flows.get('f1'))!.flow.name).toBe('Old');
    expect((await flows.history('f1'))!.publishes).toEqual([]);
    const saved = await flows.save('f1', { ...DEFAULT_FLOW, id: 'f1' as never, name: 'New' }, 1, 'ann');
    expect(saved.kind).toBe('saved');
  });

  it('run once when several servers start together', async () => {
    const { db, dispose } = await kind.empty();
    disposers.push(dispose);
    const versions = await Promise.all([migrate(db), migrate(db), migrate(db)]);
    expect(versions).toEqual([MIGRATIONS.length, MIGRATIONS.length, MIGRATIONS.length]);
  });
});
