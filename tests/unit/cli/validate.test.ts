import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { serializeFlow } from '../../../src/io';
import { cli } from './helpers';

const flowText = serializeFlow(DEFAULT_FLOW);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const edited = (edit: (d: any) => void) => {
  const doc = JSON.parse(flowText);
  edit(doc);
  return JSON.stringify(doc);
};

describe('orderflow validate', () => {
  it('reports only the two missing-recipient infos on the default flow and exits 0', () => {
    // The default's SMSes go to a MOBILE phone unchecked: the third sample scenario shows them fail.
    const r = cli(['validate', 'f.json'], { 'f.json': flowText });
    expect(r.code).toBe(0);
    expect(r.lines.map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual([
      'info OF810 $.robots[1]',
      'info OF810 $.robots[8]',
    ]);
    expect(r.stderr).toBe('f.json: 0 errors, 0 warnings, 2 infos\n');
  });

  it('prints lint problems one per line as SEVERITY CODE PATH message and exits 1 on errors', () => {
    const text = edited((d) => {
      d.robots[1].settings.text = '';
      d.statuses.push({ id: 'R', name: 'Returned', semantics: 'failure', color: '#999999' });
    });
    const r = cli(['validate', 'f.json'], { 'f.json': text });
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([
      'warning OF311 $.statuses[5] Nothing leads to status “Returned”: it is not the first status, and no trigger and no robot of a reachable status moves the order there.',
      'info OF312 $.statuses[5] Status “Returned” has no robots and no triggers.',
      'error OF101 $.robots[1].settings.text "Text" is required for Send SMS “SMS with the order number”.',
      `info OF810 $.robots[1] “SMS with the order number” goes to the client's MOBILE phone, and no condition checks the order has one: for an order without it the robot fails ("Phone number is not specified").`,
      `info OF810 $.robots[8] “SMS with the tracking number” goes to the client's MOBILE phone, and no condition checks the order has one: for an order without it the robot fails ("Phone number is not specified").`,
    ]);
    expect(r.stderr).toBe('f.json: 1 error, 1 warning, 3 infos\n');
  });

  it('exits 0 when there are only warnings and infos', () => {
    const text = edited((d) =>
      d.statuses.push({ id: 'R', name: 'Returned', semantics: 'failure', color: '#999999' }),
    );
    expect(cli(['validate', 'f.json'], { 'f.json': text }).code).toBe(0);
  });

  it('prints schema errors with their paths and exits 1', () => {
    const text = edited((d) => (d.robots[3].delay.unit = 'weeks'));
    const r = cli(['validate', 'f.json'], { 'f.json': text });
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([
      'error OF004 $.robots[3].delay.unit Expected one of "minutes", "hours", "days", found the text "weeks".',
    ]);
  });

  it('exits 2 for a file that is not JSON, and for one that cannot be read', () => {
    const broken = cli(['validate', 'f.json'], { 'f.json': '{"format": ' });
    expect(broken.code).toBe(2);
    expect(broken.lines[0]).toMatch(/^error OF001 \$ The file is not valid JSON/);
    const missing = cli(['validate', 'nope.json']);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toContain('nope.json: cannot read the file (no such file)');
  });

  it('exits 1 for JSON that is not a flow', () => {
    const r = cli(['validate', 's.json'], { 's.json': '{"format":"orderflow.scenario","version":1}' });
    expect(r.code).toBe(1);
    expect(r.lines).toEqual(['error OF002 $.format This is an Orderflow scenario, not a flow.']);
  });

  it('includes the warnings of an upgraded file', () => {
    const v0 = readFileSync(resolve(import.meta.dirname, '../../fixtures/migrations/flow.v0.json'), 'utf8');
    const r = cli(['validate', 'old.json'], { 'old.json': v0 });
    expect(r.code).toBe(0);
    expect(r.lines[0]).toMatch(/^warning OF005 \$\.version /);
  });

  it('prints a JSON array with --json', () => {
    const text = edited((d) => (d.robots[1].settings.text = ''));
    const r = cli(['validate', '--json', 'f.json'], { 'f.json': text });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([
      expect.objectContaining({ severity: 'error', code: 'OF101', path: '$.robots[1].settings.text' }),
      expect.objectContaining({ severity: 'info', code: 'OF810', path: '$.robots[1]' }),
      expect.objectContaining({ severity: 'info', code: 'OF810', path: '$.robots[8]' }),
    ]);
  });

  it('exits 2 with its usage when the arguments are wrong', () => {
    for (const args of [['validate'], ['validate', 'a.json', 'b.json'], ['validate', '--strict', 'a.json']]) {
      const r = cli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('usage: orderflow validate FLOW.json');
    }
  });
});

describe('orderflow validate --env', () => {
  const scenario = (environment: unknown) =>
    JSON.stringify({
      format: 'orderflow.scenario',
      version: 1,
      start: { status: 'N', at: '2025-03-03T17:00:00Z' },
      environment,
    });

  it('lints against the reference data of a scenario', () => {
    const env = scenario({ mailboxes: [{ id: 'mb-other', address: 'x@shop.example', name: 'Other' }] });
    const r = cli(['validate', 'f.json', '--env', 'env.json'], { 'f.json': flowText, 'env.json': env });
    expect(r.code).toBe(0);
    expect(r.lines.map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual([
      'info OF810 $.robots[1]',
      'warning OF601 $.robots[2].settings.from',
      'warning OF601 $.robots[3].settings.from',
      'info OF810 $.robots[8]',
    ]);
  });

  it('exits 2 when the environment file is missing, unusable, or not given', () => {
    expect(cli(['validate', 'f.json', '--env', 'none.json'], { 'f.json': flowText }).code).toBe(2);
    expect(cli(['validate', 'f.json', '--env', 'e.json'], { 'f.json': flowText, 'e.json': '{}' }).code).toBe(
      2,
    );
    expect(cli(['validate', 'f.json', '--env'], { 'f.json': flowText }).code).toBe(2);
  });
});
