import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../src/domain/commands';
import { lintFlow } from '../../../src/domain/lint';
import { serializeFlow } from '../../../src/io';
import { HAZARD_BASE, HAZARD_CASES } from '../../fixtures/hazards/designs';

const hazardCodes = (flow: Parameters<typeof lintFlow>[0]) =>
  lintFlow(flow).filter((p) => p.code.startsWith('OF8'));

describe('hazard rules on their fixtures', () => {
  it('covers all nine hazards (ten codes), and the base design has none', () => {
    expect(new Set(HAZARD_CASES.map((c) => c.code)).size).toBe(10);
    expect(hazardCodes(HAZARD_BASE)).toEqual([]);
  });

  for (const c of HAZARD_CASES) {
    describe(c.slug, () => {
      const found = lintFlow(c.hazard).filter((p) => p.code === c.code);

      it('is reported where it is caused, with names in the message', () => {
        const at = found.find((p) => p.path === c.path);
        expect(at, JSON.stringify(found, null, 1)).toBeDefined();
        for (const name of c.names) expect(at!.message).toContain(name);
        // Names, never ids: the robot ids of these designs never appear in a message.
        for (const r of c.hazard.robots) expect(at!.message).not.toMatch(new RegExp(`\\b${r.id}\\b`));
      });

      it('is not reported on the clean twin', () => {
        expect(found.length).toBeGreaterThan(0);
        expect(lintFlow(c.clean).filter((p) => p.code === c.code)).toEqual([]);
      });

      it(c.fix ? `offers the quick fix "${c.fix}", which removes it` : 'offers no quick fix', () => {
        const at = found.find((p) => p.path === c.path)!;
        expect(at.fix?.title).toBe(c.fix);
        if (!at.fix) return;
        const fixed = applyCommand(c.hazard, at.fix.command);
        expect(fixed.ok).toBe(true);
        if (fixed.ok)
          expect(lintFlow(fixed.flow).filter((p) => p.path === c.path && p.code === c.code)).toEqual([]);
      });

      it('is written to tests/fixtures/hazards as JSON, as this module builds it', () => {
        const dir = new URL('../../fixtures/hazards/', import.meta.url);
        expect(readFileSync(new URL(`${c.slug}.flow.json`, dir), 'utf8')).toBe(serializeFlow(c.hazard));
        expect(readFileSync(new URL(`${c.slug}.clean.flow.json`, dir), 'utf8')).toBe(serializeFlow(c.clean));
      });
    });
  }
});
