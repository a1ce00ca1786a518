import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnosticRows, withDiagnosticsTable } from '../../../src/cli/diagnostics';

describe("the README's diagnostics table", () => {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

  it('is the one the code generates (run `npm run docs:codes` after changing a code)', () => {
    expect(withDiagnosticsTable(readme)).toBe(readme);
  });

  it('lists every reading and lint code', () => {
    const rows = diagnosticRows();
    expect(rows.length).toBeGreaterThan(40);
    for (const { code } of rows) expect(readme).toContain(`| ${code} |`);
  });
});
