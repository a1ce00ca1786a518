import { lintTitle } from '../../../src/domain/lint';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFor } from '../../../src/io/jsonSchemas';
import { loadFlow } from '../../../src/io';
import { LINT_CODES } from '../../../src/domain/lint';
import { cli } from './helpers';

const v0 = readFileSync(resolve(import.meta.dirname, '../../fixtures/migrations/flow.v0.json'), 'utf8');

describe('orderflow --help and unknown commands', () => {
  it('lists every command on stdout with exit 0', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    for (const name of ['validate', 'simulate', 'schema', 'migrate', 'codes'])
      expect(r.stdout).toContain(`  ${name}`);
  });

  it("shows a command's usage", () => {
    expect(cli(['schema', '--help'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('usage: orderflow schema flow|scenario|timeline'),
    });
  });

  it('exits 2 with the help on stderr for no command or an unknown one', () => {
    expect(cli([])).toMatchObject({ code: 2, stdout: '' });
    const r = cli(['lint']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toContain('Unknown command "lint"');
  });
});

describe('orderflow schema', () => {
  it.each(['flow', 'scenario', 'timeline'] as const)('prints the %s JSON Schema', (kind) => {
    const r = cli(['schema', kind]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(jsonSchemaFor(kind));
  });

  it('exits 2 for an unknown kind', () => {
    const r = cli(['schema', 'robot']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toContain('Unknown schema "robot"');
  });
});

describe('orderflow migrate', () => {
  it('prints a version 0 flow upgraded to version 1, warnings on stderr', () => {
    const r = cli(['migrate', 'old.json'], { 'old.json': v0 });
    expect(r.code).toBe(0);
    const upgraded = loadFlow(r.stdout);
    expect(upgraded.ok && upgraded.warnings).toEqual([]);
    expect(upgraded.ok && upgraded.flow.robots.find((x) => x.id === 'sms')?.after).toBe('code');
    expect(r.stderr).toContain('old.json: warning OF005 $.version');
  });

  it('passes a current scenario through unchanged in content', () => {
    const scenario = readFileSync(
      resolve(import.meta.dirname, '../../../public/samples/never-paid.scenario.json'),
      'utf8',
    );
    const r = cli(['migrate', 's.json'], { 's.json': scenario });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(scenario));
  });

  it('exits 1 for an unknown format or an invalid document, 2 for broken JSON', () => {
    expect(cli(['migrate', 'x.json'], { 'x.json': '{"format":"bpmn"}' })).toMatchObject({
      code: 1,
      stdout: '',
    });
    const newer = cli(['migrate', 'x.json'], { 'x.json': '{"format":"orderflow.flow","version":9}' });
    expect(newer).toMatchObject({ code: 1, stdout: '' });
    expect(newer.stderr).toContain('error OF003 $.version');
    expect(cli(['migrate', 'x.json'], { 'x.json': 'nope' })).toMatchObject({ code: 2, stdout: '' });
  });
});

describe('orderflow codes', () => {
  it('lists every lint code with its severity', () => {
    const r = cli(['codes']);
    expect(r.code).toBe(0);
    for (const [code, info] of Object.entries(LINT_CODES))
      expect(r.stdout).toContain(`${code}\t${info.severity}\t${lintTitle(code)}`);
    expect(r.stdout).toContain('OF001\terror\t');
  });
});
