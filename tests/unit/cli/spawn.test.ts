import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flowWith, robot } from '../lint/helpers';

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

  it('measures SMS texts with the sample order of the messages’ language, as the designer does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'orderflow-sms-'));
    try {
      const file = join(dir, 'flow.json');
      const flow = flowWith(
        (d) =>
          (robot(d, 'n_sms').settings.text =
            'Hello {{contact.name}}, thank you for your order! We will text you when it ships.'),
      );
      writeFileSync(file, JSON.stringify(flow));
      // The Russian sample client's name is in Cyrillic: the text goes as UCS-2, in two parts.
      expect(run('validate', file, '--lang', 'ru').stdout).toMatch(/уйдёт 2 частями/);
      expect(run('validate', file).stdout).not.toMatch(/OF809/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it('prints a schema that parses as JSON', () => {
    const r = run('schema', 'timeline');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ title: 'Orderflow timeline, version 1' });
  }, 30_000);
});
