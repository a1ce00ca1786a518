import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { DocumentKind } from '../../../src/io/load';
import type { DocumentFormat } from '../../../src/io/migrations';
import {
  FLOW_KIND,
  MIGRATIONS,
  SCENARIO_KIND,
  TIMELINE_KIND,
  loadDocument,
  loadFlow,
  migrateDocument,
} from '../../../src/io';

const fixture = (name: string) => resolve(import.meta.dirname, '../../fixtures/migrations', name);
const NOUN = {
  'orderflow.flow': 'flow',
  'orderflow.scenario': 'scenario',
  'orderflow.timeline': 'timeline',
} as const;
const KINDS: Record<DocumentFormat, DocumentKind<z.ZodObject>> = {
  'orderflow.flow': FLOW_KIND,
  'orderflow.scenario': SCENARIO_KIND,
  'orderflow.timeline': TIMELINE_KIND,
};

/** The version each format began at. */
const FIRST_VERSION: Record<keyof typeof MIGRATIONS, number> = {
  'orderflow.flow': 0,
  'orderflow.scenario': 1,
  'orderflow.timeline': 1,
};

describe('the migration list', () => {
  for (const [format, migrations] of Object.entries(MIGRATIONS) as [
    keyof typeof MIGRATIONS,
    (typeof MIGRATIONS)['orderflow.flow'],
  ][]) {
    it(`${format}: one migration from each version since the first, up to the current one`, () => {
      // Flows began at version 0; scenarios and timelines at 1, so they have no history yet and a
      // bump of their version without a migration fails here.
      const since = FIRST_VERSION[format];
      const expected = Array.from({ length: KINDS[format].version - since }, (_, i) => since + i);
      expect(migrations.map((m) => m.from)).toEqual(expected);
      expect(migrations.filter((m) => m.format !== format)).toEqual([]);
    });

    for (const m of migrations) {
      it(`${format}: the fixture of version ${m.from} exists and loads as the current version`, () => {
        const path = fixture(`${NOUN[format]}.v${m.from}.json`);
        expect(existsSync(path), `missing fixture ${path}`).toBe(true);
        const result = loadDocument(readFileSync(path, 'utf8'), KINDS[format]);
        expect(result.ok ? [] : result.errors).toEqual([]);
        if (result.ok) {
          expect(result.value.version).toBe(KINDS[format].version);
          expect(result.warnings.map((w) => w.code)).toContain('OF005');
        }
      });
    }
  }
});

describe('flow version 0 → 1', () => {
  const text = readFileSync(fixture('flow.v0.json'), 'utf8');

  it('turns afterPrevious into the id of the robot listed before it in the same status', () => {
    const result = loadFlow(text);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const after = Object.fromEntries(result.flow.robots.map((r) => [r.id, r.after]));
    expect(after).toEqual({
      code: null,
      sms: 'code',
      paid_mail: null, // first robot of P: nothing before it
      reminder: null,
      cancel: 'reminder', // the previous robot of N in list order, not the previous line of the file
      log_paid: 'paid_mail',
    });
    expect(result.flow.robots.every((r) => !('afterPrevious' in r))).toBe(true);
  });

  it('warns where "after previous" had no previous robot', () => {
    const result = loadFlow(text);
    if (!result.ok) throw new Error('expected ok');
    const judged = result.warnings.filter((w) => w.code === 'OF008');
    expect(judged).toEqual([
      expect.objectContaining({
        path: '$.robots[2].afterPrevious',
        message: expect.stringContaining('"Send email"'),
      }),
    ]);
    expect(result.warnings[0]).toMatchObject({ code: 'OF005', path: '$.version' });
  });

  it('does not modify its input', () => {
    const doc = JSON.parse(text) as Record<string, unknown>;
    const before = JSON.stringify(doc);
    const migrated = migrateDocument(doc, 'orderflow.flow', 1);
    expect(migrated.ok).toBe(true);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('reports a malformed version 0 robot list with its path', () => {
    const doc = { ...JSON.parse(text), robots: [{ id: 'x', status: 'N', afterPrevious: 'yes' }] };
    const result = migrateDocument(doc, 'orderflow.flow', 1);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toMatchObject({ path: '$.robots[0].afterPrevious', code: 'OF004' });
  });

  it('refuses a version it cannot know', () => {
    for (const version of [2, -1, 1.5, '1', undefined]) {
      const result = migrateDocument({ format: 'orderflow.flow', version }, 'orderflow.flow', 1);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0]).toMatchObject({ code: 'OF003', path: '$.version' });
    }
  });
});
