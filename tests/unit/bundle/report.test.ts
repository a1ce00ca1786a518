import { describe, expect, it } from 'vitest';
import { eagerLazyOnly, judge, sizeTable } from '../../../scripts/bundle/report';

const chunk = (path: string, gzip: number) => ({ path, raw: gzip * 3, gzip });

describe('judge', () => {
  it('passes at or under the budget and says how much is left', () => {
    const verdict = judge([chunk('/assets/index.js', 200_000), chunk('/assets/react.js', 50_000)], 250_000);
    expect(verdict).toMatchObject({ ok: true, total: 250_000 });
    expect(verdict.summary).toContain('250.0 kB gzip');
    expect(verdict.summary).toContain('0.0 kB to spare');
  });

  it('fails over the budget, naming the excess and the biggest chunks first', () => {
    const verdict = judge(
      [
        chunk('/assets/small.js', 3_000),
        chunk('/assets/index.js', 240_000),
        chunk('/assets/timeline.js', 30_000),
        chunk('/assets/tiny.js', 1_000),
      ],
      250_000,
    );
    expect(verdict.ok).toBe(false);
    expect(verdict.summary).toContain('OVER by 24.0 kB');
    expect(verdict.summary).toContain(
      'Biggest: /assets/index.js (240.0 kB), /assets/timeline.js (30.0 kB), /assets/small.js (3.0 kB).',
    );
    expect(verdict.summary).not.toContain('tiny');
  });
});

describe('eagerLazyOnly', () => {
  it('reports msw or monaco found in a first-load chunk', () => {
    const found = eagerLazyOnly([
      { path: '/assets/index.js', code: 'console.warn("[MSW] Failed to start")' },
      { path: '/assets/react.js', code: 'createRoot()' },
    ]);
    expect(found).toEqual(['msw in /assets/index.js']);
    expect(eagerLazyOnly([{ path: '/assets/react.js', code: 'createRoot()' }])).toEqual([]);
  });
});

describe('sizeTable', () => {
  it('prints one aligned row per chunk with raw and gzip kB', () => {
    const lines = sizeTable([chunk('/assets/index.js', 1_234), chunk('/a.js', 20_000)]);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^\/assets\/index\.js\s+3\.7\s+1\.2$/);
    expect(lines[2]).toMatch(/^\/a\.js\s+60\.0\s+20\.0$/);
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
  });
});
