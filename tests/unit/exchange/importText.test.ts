import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FLOW, SAMPLE_SCENARIOS } from '../../../src/domain/samples';
import { importText, readImportFile, serializeFlow, serializeScenario } from '../../../src/io/exchange';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const errorsOf = (text: string) => {
  const r = importText(text, 'flow');
  if (r.ok) throw new Error('expected errors');
  return r.errors.map((e) => [e.code, e.path]);
};

describe('importText', () => {
  it('reads an export back to the identical document', () => {
    const r = importText(serializeFlow(DEFAULT_FLOW), 'flow');
    expect(r).toMatchObject({ ok: true, kind: 'flow', doc: DEFAULT_FLOW, warnings: [] });
  });

  it('reads scenarios too', () => {
    const { scenario } = SAMPLE_SCENARIOS[0]!;
    expect(importText(serializeScenario(scenario), 'scenario')).toMatchObject({ ok: true, doc: scenario });
  });

  it('upgrades an older version and says so', () => {
    const r = importText(
      readFileSync(new URL('../../fixtures/migrations/flow.v0.json', import.meta.url), 'utf8'),
      'flow',
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.warnings.map((w) => w.code)).toContain('OF005');
  });

  it.each([
    ['not-json.orderflow.json', [['OF001', '$']]],
    ['scenario-not-flow.json', [['OF002', '$.format']]],
    ['no-version.orderflow.json', [['OF003', '$.version']]],
    ['newer-version.orderflow.json', [['OF003', '$.version']]],
    [
      'bad-values.orderflow.json',
      [
        ['OF004', '$.statuses[1].color'],
        ['OF004', '$.robots[3].delay.unit'],
      ],
    ],
  ])('%s gives its path-level errors', (name, expected) => {
    expect(errorsOf(fixture(name))).toEqual(expect.arrayContaining(expected));
  });

  it('keeps unknown top-level keys and drops unknown item keys, with warnings', () => {
    const r = importText(fixture('unknown-keys.orderflow.json'), 'flow');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.map((w) => [w.code, w.path])).toEqual([
      ['OF006', '$.owner'],
      ['OF007', '$.robots[0].note'],
    ]);
    expect((r.doc as Record<string, unknown>).owner).toBe('maria');
  });
});

describe('readImportFile', () => {
  it('reads a file', async () => {
    expect(await readImportFile(new Blob(['{"a":1}']))).toEqual({ ok: true, text: '{"a":1}' });
  });
  it('refuses a huge file before reading it', async () => {
    const huge = { size: 50 * 1024 * 1024, text: () => Promise.reject(new Error('read')) } as unknown as Blob;
    const r = await readImportFile(huge);
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/larger than 5 MB/) });
  });
});
