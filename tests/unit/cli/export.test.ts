import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { serializeDocument } from '../../../src/io';
import { cliAsync } from './helpers';

const FLOW = serializeDocument(DEFAULT_FLOW);

/** Runs the CLI in memory over the default flow; files written with --out land in `written`. */
const cli = (args: string[], files: Record<string, string> = { 'flow.json': FLOW }) => cliAsync(args, files);

describe('orderflow export --to bpmn', () => {
  it('prints the BPMN on stdout and the export warnings on stderr', async () => {
    const r = await cli(['export', '--to', 'bpmn', 'flow.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<\?xml/);
    expect(r.stdout).toContain('<bpmn:process id="Orderflow_online-store-default"');
    expect(r.stderr).toMatch(
      /^flow\.json: warning BPMN_WORK_TIME s_robocall "Delivery call" runs only in working hours/,
    );
  });

  it('writes the file given with --out and keeps stdout empty', async () => {
    const r = await cli(['export', 'flow.json', '--to', 'bpmn', '--out', 'store.bpmn']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.written['store.bpmn']).toContain('zeebe:taskDefinition type="orderflow.email.send"');
    expect(r.stderr).toContain('BPMN written to store.bpmn');
  });

  it.each([
    [['export', 'flow.json'], 'Say which format to export to: --to bpmn'],
    [['export', '--to', 'xpdl', 'flow.json'], 'Unknown export format "xpdl"'],
    [['export', '--to', 'bpmn'], 'Give exactly one flow file'],
    [['export', '--to', 'bpmn', 'flow.json', '--out'], '--out needs a value'],
    [['export', '--to', 'bpmn', '--zip', 'flow.json'], 'Unknown option --zip'],
  ])('refuses the command line %j with exit 2: %s', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('usage: orderflow export --to bpmn FLOW.json');
  });

  it('exits 2 when the flow cannot be read or is not JSON', async () => {
    expect((await cli(['export', '--to', 'bpmn', 'missing.json'])).code).toBe(2);
    const broken = await cli(['export', '--to', 'bpmn', 'flow.json'], { 'flow.json': '{ "format": ' });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('OF001');
  });

  it('exits 1 with the JSON path when the flow is invalid, and prints nothing', async () => {
    const doc = JSON.parse(FLOW) as { statuses: { semantics: string }[] };
    doc.statuses[0]!.semantics = 'maybe';
    const r = await cli(['export', '--to', 'bpmn', 'flow.json'], { 'flow.json': JSON.stringify(doc) });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('$.statuses[0].semantics');
  });

  it('exits 1 and names the problem when the flow has lint errors', async () => {
    const doc = JSON.parse(FLOW) as { robots: { id: string; settings: Record<string, unknown> }[] };
    doc.robots.find((r) => r.id === 'n_sms')!.settings.text = '';
    const r = await cli(['export', '--to', 'bpmn', 'flow.json'], { 'flow.json': JSON.stringify(doc) });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/error OF101 \$\.robots\[\d+\]\.settings\.text/);
    expect(r.stderr).toContain('not exported');
  });

  it('runs as a real process and writes the file', () => {
    const root = resolve(import.meta.dirname, '../../..');
    const out = join(mkdtempSync(join(tmpdir(), 'orderflow-bpmn-')), 'default.bpmn');
    const r = spawnSync(
      resolve(root, 'node_modules/.bin/tsx'),
      ['src/cli/main.ts', 'export', '--to', 'bpmn', 'public/samples/default.flow.json', '--out', out],
      { cwd: root, encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<bpmndi:BPMNDiagram');
  }, 30_000);
});
