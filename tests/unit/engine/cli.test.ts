import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/io';
import { simulateCommand } from '../../../src/cli/commands/simulate';
import { FIXTURES, readJson } from './helpers';

/* `orderflow simulate` (docs/semantics.md §6): JSON lines, the text table, and the exit codes. */

const file = (name: string) => fileURLToPath(new URL(name, FIXTURES));

function cli(args: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    readFile: (path) => {
      if (path in files) return files[path]!;
      return readFileSync(path, 'utf8');
    },
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  };
  const code = simulateCommand(args, io);
  return { code, stdout, stderr };
}

describe('simulate command', () => {
  it('prints the timeline as JSON that equals the conformance example', () => {
    const r = cli([file('ex1-paid-shipped.flow.json'), file('ex1-paid-shipped.scenario.json')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toStrictEqual(readJson(new URL('ex1-paid-shipped.timeline.json', FIXTURES)));
  });

  it('refuses a design with lint errors (exit 1, the errors on stderr) unless --allow-errors', () => {
    const flow = file('ex2-never-paid.flow.json');
    const refused = cli([flow, file('ex2-never-paid.scenario.json')]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain(`${flow}: error OF201 $.robots[0].settings.text`);
    expect(refused.stderr).toContain('pass --allow-errors to run it anyway');

    const allowed = cli([flow, file('ex2-never-paid.scenario.json'), '--allow-errors']);
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toContain(`${flow}: error OF201`);
    expect(allowed.stderr).toContain('running anyway (--allow-errors)');
    expect(JSON.parse(allowed.stdout)).toStrictEqual(
      readJson(new URL('ex2-never-paid.timeline.json', FIXTURES)),
    );
  });

  it('passes the migration warnings of a version-0 flow on to stderr, the judgement calls included', () => {
    const v0 = fileURLToPath(new URL('../migrations/flow.v0.json', FIXTURES));
    const scenario = readJson(new URL('ex1-paid-shipped.scenario.json', FIXTURES));
    const r = cli([v0, 's.json'], { 's.json': JSON.stringify(scenario) });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${v0}: warning OF005 $.version`);
    expect(r.stderr).toContain(`${v0}: warning OF008 $.robots[2].afterPrevious`);
    expect(JSON.parse(r.stdout)).toHaveProperty('format', 'orderflow.timeline');
  });

  it('prints one JSON timeline per line for several scenarios', () => {
    const r = cli([
      file('ex3-loop-guard.flow.json'),
      file('ex3-loop-guard.scenario.json'),
      file('ex3b-entry-limit.scenario.json'),
      '--format',
      'json',
      '--allow-errors',
    ]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!)).toStrictEqual(readJson(new URL('ex3-loop-guard.timeline.json', FIXTURES)));
    expect(JSON.parse(lines[1]!)).toStrictEqual(
      readJson(new URL('ex3b-entry-limit.timeline.json', FIXTURES)),
    );
  });

  it('prints an aligned table with offsets from the start in text format', () => {
    const r = cli([
      file('ex1-paid-shipped.flow.json'),
      file('ex1-paid-shipped.scenario.json'),
      '--format=text',
    ]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toContain('paid after 2 hours');
    expect(lines[1]).toMatch(/^AT\s+KIND\s+STATUS\s+NODE\s+DETAIL$/);
    // Columns line up: KIND starts at the same place on every row.
    const kindColumn = lines[1]!.indexOf('KIND');
    const rows = lines.slice(2).filter((l) => l.startsWith('+'));
    expect(rows).toHaveLength(40);
    for (const row of rows) expect(row[kindColumn - 1]).toBe(' ');
    expect(rows[3]).toMatch(/^\+0d 00:00\s+robot\.scheduled\s+N\s+Send email \(remind\)\s+runs \+2d 23:00/);
    expect(rows[24]).toMatch(/^\+1d 02:00\s+event\s+P\s+shipment\.shipped\s+from reaction/);
    expect(rows.at(-1)).toMatch(/^\+4d 16:30\s+end\s+F\s+idle$/);
    expect(r.stdout).toContain('final: status F (Completed), pending: none');
  });

  it('exits 2 when a file cannot be read or is not JSON, 1 when a document is invalid', () => {
    const missing = cli([file('ex1-paid-shipped.flow.json'), '/nowhere/scenario.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('/nowhere/scenario.json: cannot read the file');
    expect(missing.stdout).toBe('');

    const notJson = cli(['flow.json', file('ex1-paid-shipped.scenario.json')], { 'flow.json': '{ nope' });
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/^flow\.json: error OF001 \$ /);

    const flow = readJson(new URL('ex1-paid-shipped.flow.json', FIXTURES)) as {
      robots: { delay: unknown }[];
    };
    flow.robots[1]!.delay = { type: 'after', value: -1, unit: 'days' };
    const invalid = cli(['flow.json', file('ex1-paid-shipped.scenario.json')], {
      'flow.json': JSON.stringify(flow),
    });
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('flow.json: error OF004 $.robots[1].delay');

    const scenario = readJson(new URL('ex1-paid-shipped.scenario.json', FIXTURES)) as {
      start: { status: string };
    };
    scenario.start.status = 'Q';
    const badStart = cli([file('ex1-paid-shipped.flow.json'), 's.json'], {
      's.json': JSON.stringify(scenario),
    });
    expect(badStart.code).toBe(1);
    expect(badStart.stderr).toBe('s.json: error OF004 $.start.status Unknown start status "Q"\n');
  });

  it('reports usage errors with exit 2', () => {
    expect(cli([file('ex1-paid-shipped.flow.json')]).code).toBe(2);
    const r = cli([
      file('ex1-paid-shipped.flow.json'),
      file('ex1-paid-shipped.scenario.json'),
      '--format',
      'xml',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown format "xml"');
  });
});
