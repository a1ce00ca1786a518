import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/open';
import { userStore } from '../../server/store/users';

const dataDir = mkdtempSync(join(tmpdir(), 'orderflow-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** `npm run orderflow -- …` on the embedded database in dataDir, with `input` as standard input. */
function orderflow(args: string[], input = '') {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/orderflow.ts', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, ORDERFLOW_DATA: dataDir, DATABASE_URL: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('orderflow user', () => {
  it('adds, lists, changes and removes users; the password comes from standard input', async () => {
    expect(orderflow(['user', 'add', 'maria', '--role', 'publisher'], 'a long password\n').code).toBe(0);
    expect(orderflow(['user', 'add', 'maria'], 'another password\n')).toMatchObject({ code: 1 });
    expect(orderflow(['user', 'add', 'short'], 'short\n')).toMatchObject({ code: 2 });
    expect(orderflow(['user', 'add', 'x', '--role', 'king'], 'a long password\n')).toMatchObject({ code: 2 });
    expect(orderflow(['user', 'role', 'maria', 'editor']).code).toBe(0);
    expect(orderflow(['user', 'passwd', 'maria'], 'a newer password\n').code).toBe(0);
    expect(orderflow(['user', 'list']).stdout).toBe('maria editor\n');

    const db = await openDatabase({ dataDir });
    const users = userStore(db);
    expect(await users.check('maria', 'a newer password')).toEqual({ username: 'maria', role: 'editor' });
    expect(await users.check('maria', 'a long password')).toBeUndefined();
    const { rows } = await db.query<{ password_hash: string }>('SELECT password_hash FROM users');
    expect(rows[0]!.password_hash).toMatch(/^\$argon2id\$/);
    await db.close();

    expect(orderflow(['user', 'remove', 'maria']).code).toBe(0);
    expect(orderflow(['user', 'remove', 'maria']).code).toBe(1);
    expect(orderflow(['user', 'list']).stdout).toBe('');
  });

  it('leaves every other command to the designer’s command line', () => {
    const r = orderflow(['validate', 'public/samples/default.flow.json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('0 errors');
    expect(orderflow(['validate', 'no-such-file.json']).code).toBe(2);
  });
});
