import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * A few real processes: the npm script runs `tsx src/cli/main.ts` with no build step, and the exit
 * code and the stdout/stderr split must survive a real process boundary.
 */
const root = resolve(import.meta.dirname, '../../..');
const tsx = resolve(root, 'node_modules/.bin/tsx');
const run = (...args: string[]) =>
  spawnSync(tsx, ['src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('the orderflow process', () => {
  it('validates the published default flow: exit 0, only the two missing-recipient infos', () => {
    const r = run('validate', 'public/samples/default.flow.json');
    expect(r.status).toBe(0);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => l.split(' ').slice(0, 2).join(' ')),
    ).toEqual(['info OF810', 'info OF810']);
    expect(r.stderr).toContain('0 errors, 0 warnings, 2 infos');
  }, 30_000);

  it('exits 2 for a missing file', () => {
    const r = run('validate', 'does-not-exist.json');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cannot read the file');
  }, 30_000);

  it('prints a schema that parses as JSON', () => {
    const r = run('schema', 'timeline');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ title: 'Orderflow timeline, version 1' });
  }, 30_000);
});
