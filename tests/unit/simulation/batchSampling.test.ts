import { describe, expect, it } from 'vitest';
import { DEFAULT_FLOW, SAMPLE_SCENARIOS } from '../../../src/domain/samples';
import {
  coverage,
  digitsOf,
  enumerateVariants,
  messageForecast,
  sampleCombinations,
  seededRandom,
  smsParts,
} from '../../../src/domain/simulation';
import { simulate } from '../../../src/engine';

/* A capped batch that varies every dimension, badges that add up, and a forecast from the batch's own counts. */

describe('capped batch sampling', () => {
  it('property: every choice of every dimension runs once the cap reaches the widest dimension', () => {
    const random = seededRandom(2024);
    for (let trial = 0; trial < 200; trial++) {
      const sizes = Array.from({ length: 1 + Math.floor(random() * 6) }, () => 2 + Math.floor(random() * 7));
      const total = sizes.reduce((a, b) => a * b, 1);
      const cap = Math.max(...sizes) + Math.floor(random() * 10);
      const { indices } = sampleCombinations(sizes, cap, trial);
      expect(indices.length).toBe(Math.min(cap, total));
      expect(new Set(indices).size).toBe(indices.length);
      expect(indices.every((i) => i >= 0 && i < total)).toBe(true);
      sizes.forEach((n, d) => {
        for (let c = 0; c < n; c++)
          expect(
            indices.some((i) => digitsOf(i, sizes)[d] === c),
            `${sizes} d${d} c${c}`,
          ).toBe(true);
      });
    }
  });

  it('covers every pair of choices when the cap allows, and the same seed picks the same runs', () => {
    const sizes = [2, 2, 2, 2, 2, 2, 2, 2];
    const a = sampleCombinations(sizes, 64, 1);
    expect(a.pairs.covered).toBe(a.pairs.total);
    expect(a.indices.length).toBe(64);
    expect(sampleCombinations(sizes, 64, 1).indices).toEqual(a.indices);
    expect(sampleCombinations(sizes, 64, 2).indices).not.toEqual(a.indices);
  });
});

const base = SAMPLE_SCENARIOS[0]!.scenario;
const dims = { phoneTypes: ['MOBILE', 'WORK'] as const, events: [0, 1], paid: true, smsProvider: true };
const set = enumerateVariants(base, dims, { cap: 20, seed: 3 });
const cov = coverage(
  DEFAULT_FLOW,
  set.variants.map((variant) => ({ variant, timeline: simulate(DEFAULT_FLOW, variant.scenario) })),
);

describe('batch tallies', () => {
  it('the badges of every robot add up to the runs: done, skipped, failed, cancelled, never reached', () => {
    expect(cov.runs).toBe(20);
    for (const [id, t] of Object.entries(cov.robots))
      expect(t.done + t.skipped + t.failed + t.cancelled + t.neverReached, id).toBe(20);
    expect(cov.robots.n_email_reminder!.cancelled).toBeGreaterThan(0);
  });

  it("the forecast per 1,000 orders is the batch's own message count scaled", () => {
    const forecast = messageForecast(cov);
    const sms = forecast.rows.find((r) => r.robot === 'n_sms')!;
    expect(sms.channel).toBe('sms');
    expect(sms.perThousand).toBeCloseTo((cov.robots.n_sms!.done * 1000) / 20, 1);
    expect(sms.partsPerThousand).toBeCloseTo((cov.messages.n_sms!.parts * 1000) / 20, 1);
    const emails = Object.values(cov.messages)
      .filter((m) => m.channel === 'email')
      .reduce((n, m) => n + m.sent, 0);
    expect(forecast.totals.email).toBeCloseTo((emails * 1000) / 20, 1);
  });
});

describe('SMS parts', () => {
  it('GSM-7: 160 in one, 153 per part; the extension characters count twice', () => {
    expect(smsParts('a'.repeat(160))).toBe(1);
    expect(smsParts('a'.repeat(161))).toBe(2);
    expect(smsParts('a'.repeat(306))).toBe(2);
    expect(smsParts('a'.repeat(307))).toBe(3);
    expect(smsParts('€'.repeat(80))).toBe(1);
    expect(smsParts('€'.repeat(81))).toBe(2);
  });

  it('UCS-2 when a character is outside GSM-7: 70 in one, 67 per part', () => {
    expect(smsParts('ж'.repeat(70))).toBe(1);
    expect(smsParts('ж'.repeat(71))).toBe(2);
    expect(smsParts('ж'.repeat(134))).toBe(2);
    expect(smsParts('ж'.repeat(135))).toBe(3);
  });
});
