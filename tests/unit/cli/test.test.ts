import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { memoryIo } from './helpers';

/* `orderflow test` (docs/semantics.md §6): PASS/FAIL per scenario, a line per false expectation, JUnit, exit codes. */

const shared = (name: string) =>
  readFileSync(new URL(`../../fixtures/conformance/${name}`, import.meta.url), 'utf8');
const FILES = {
  'f.json': shared('ex1-paid-shipped.flow.json'),
  'ok.json': shared('ex4-expectations.scenario.json'),
  'bad.json': shared('ex4b-expectations-fail.scenario.json'),
  'ex2.json': shared('ex2-never-paid.flow.json'),
  'ex2s.json': shared('ex2-never-paid.scenario.json'),
};

function run(args: string[], files: Record<string, string> = FILES, dirs: Record<string, string[]> = {}) {
  const { io, out, written } = memoryIo(files);
  io.listDir = (path) => dirs[path];
  const code = runCli(['test', ...args], io) as number;
  return { code, ...out, written };
}

describe('orderflow test', () => {
  it('passes a scenario whose expectations all hold (exit 0)', () => {
    const r = run(['f.json', 'ok.json']);
    expect(r.stdout).toBe('PASS paid after 2 hours, shipped by reaction, delivered (with expectations)\n');
    expect(r.code).toBe(0);
  });

  it('fails with one line per false expectation: position, robot by name and id, what happened (exit 1)', () => {
    const r = run(['f.json', 'ok.json', 'bad.json']);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')).toEqual([
      'PASS paid after 2 hours, shipped by reaction, delivered (with expectations)',
      'FAIL paid after 2 hours, shipped by reaction, delivered (one expectation false)',
      '  expect[3]: robot "Create a task" (task) is done — it was cancelled at +1d 02:00 (2024-03-30 20:30 in Europe/Berlin) when the order left "Paid, preparing for shipment" (P)',
      '',
    ]);
    expect(r.stderr).toContain('2 scenarios: 1 passed, 1 failed');
  });

  it('writes JUnit XML with a case per scenario and the failure lines', () => {
    const r = run(['f.json', 'ok.json', 'bad.json', '--junit', 'out.xml']);
    const xml = r.written['out.xml']!;
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(xml).toContain('<testsuites name="orderflow test" tests="2" failures="1" errors="0">');
    expect(xml).toContain(
      'name="paid after 2 hours, shipped by reaction, delivered (with expectations)" file="ok.json"/>',
    );
    expect(xml).toContain(
      '<failure message="1 of 7 expectations false" type="expectation">expect[3]: robot &quot;Create a task&quot; (task) is done',
    );
  });

  it('reads a folder: its scenario files in name order, other documents passed over', () => {
    const r = run(
      ['f.json', 'dir'],
      {
        ...FILES,
        'dir/a.json': FILES['bad.json'],
        'dir/b.json': FILES['ok.json'],
        'dir/flow.json': FILES['f.json'],
      },
      { dir: ['b.json', 'flow.json', 'a.json', 'notes.txt'] },
    );
    expect(r.stdout.split('\n').filter((l) => /^(PASS|FAIL)/.test(l))).toEqual([
      'FAIL paid after 2 hours, shipped by reaction, delivered (one expectation false)',
      'PASS paid after 2 hours, shipped by reaction, delivered (with expectations)',
    ]);
  });

  it('exit 2 when a file cannot be read, 1 for an invalid scenario, 2 for a wrong command line', () => {
    expect(run(['f.json', 'missing.json']).code).toBe(2);
    expect(run(['missing.json', 'ok.json']).code).toBe(2);
    const invalid = run(['f.json', 'x.json'], {
      ...FILES,
      'x.json': JSON.stringify({
        format: 'orderflow.scenario',
        version: 1,
        expect: [{ robot: 'a', is: 'late' }],
      }),
    });
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toContain('FAIL x.json');
    expect(run(['f.json', 'ok.json', '--junit']).code).toBe(2);
    expect(run(['f.json', 'ok.json', '--nope']).code).toBe(2);
  });

  it('without scenario files, tests the scenarios the flow document carries', () => {
    const flow = {
      ...JSON.parse(FILES['f.json']),
      scenarios: [JSON.parse(FILES['ok.json']), JSON.parse(FILES['bad.json'])],
    };
    const r = run(['carrying.json'], { ...FILES, 'carrying.json': JSON.stringify(flow) });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter((l) => /^(PASS|FAIL)/.test(l))).toEqual([
      'PASS paid after 2 hours, shipped by reaction, delivered (with expectations)',
      'FAIL paid after 2 hours, shipped by reaction, delivered (one expectation false)',
    ]);
    expect(run(['f.json']).code).toBe(2);
  });

  it('refuses a design with lint errors unless --allow-errors', () => {
    const scenario = JSON.stringify({
      ...JSON.parse(FILES['ex2s.json']),
      expect: [{ status: 'D', is: 'final' }],
    });
    const refused = run(['ex2.json', 's.json'], { ...FILES, 's.json': scenario });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('ex2.json: error OF201');
    const allowed = run(['ex2.json', 's.json', '--allow-errors'], { ...FILES, 's.json': scenario });
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toMatch(/^PASS /);
  });
});
