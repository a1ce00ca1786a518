import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HAZARD_CASES } from '../../fixtures/hazards/designs';
import { cli } from './helpers';

/** `orderflow validate` on the hazard fixture files: each hazard reported, never on its clean twin. */
describe('orderflow validate on the hazard designs', () => {
  const dir = new URL('../../fixtures/hazards/', import.meta.url);
  const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');

  it.each(HAZARD_CASES.map((c) => [c.slug, c] as const))('%s', (_, c) => {
    const hazard = cli(['validate', 'f.json'], { 'f.json': read(`${c.slug}.flow.json`) });
    expect(hazard.code).toBe(0); // hazards are warnings and infos: the design can run
    expect(hazard.lines.filter((l) => l.includes(` ${c.code} ${c.path} `))).toHaveLength(1);
    const clean = cli(['validate', 'f.json'], { 'f.json': read(`${c.slug}.clean.flow.json`) });
    expect(clean.lines.filter((l) => l.includes(` ${c.code} `))).toEqual([]);
  });
});
