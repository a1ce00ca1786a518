import { describe, expect, it } from 'vitest';
import {
  countVariants,
  enumerateVariants,
  sampleIndices,
  seededRandom,
} from '../../../src/domain/simulation';
import { scenarioSchema } from '../../../src/domain/scenario';
import { sample } from './helpers';

const base = sample('paid-and-delivered');

describe('enumerateVariants', () => {
  it('makes every combination of the chosen dimensions, each a valid scenario', () => {
    const dims = { phoneTypes: ['MOBILE', 'WORK'] as const, paid: true, events: [0] };
    expect(countVariants(base, dims)).toBe(4 * 2 * 2);
    const set = enumerateVariants(base, dims, { cap: 100 });
    expect(set).toMatchObject({ total: 16, truncated: false });
    expect(set.variants).toHaveLength(16);
    expect(new Set(set.variants.map((v) => v.label)).size).toBe(16);
    for (const v of set.variants) expect(scenarioSchema.safeParse(v.scenario).success).toBe(true);
  });

  it('gives the client each subset of the varied phone types, keeping real numbers', () => {
    const { variants } = enumerateVariants(base, { phoneTypes: ['MOBILE', 'WORK'] }, { cap: 10 });
    expect(variants.map((v) => v.scenario.contact.phones.map((p) => p.type))).toEqual([
      [],
      ['MOBILE'],
      ['WORK'],
      ['MOBILE', 'WORK'],
    ]);
    expect(variants[1]!.scenario.contact.phones[0]!.value).toBe('+1 415 555 0142');
    expect(variants[0]!.label).toBe('Phones: none of mobile, work');
    // The base is not touched.
    expect(base.contact.phones).toHaveLength(1);
  });

  it('drops an event, unpays the order and unconfigures SMS providers on request', () => {
    const { variants } = enumerateVariants(base, { events: [0], paid: true, smsProvider: true }, { cap: 8 });
    const last = variants[7]!;
    expect(last.choices).toEqual([
      'Payment in 2 hours does not happen',
      'Paid at start',
      'No SMS provider configured',
    ]);
    expect(last.scenario.events.map((e) => e.type)).toEqual(['shipment.shipped', 'order.delivered']);
    expect(last.scenario.order.paid).toBe(true);
    expect(last.scenario.environment?.smsProviders?.every((p) => !p.configured)).toBe(true);
    expect(variants[0]!.scenario.events).toHaveLength(3);
    expect(variants[0]!.scenario.environment).toBeUndefined();
  });

  it('stops at the cap and says what it ran and left out, every dimension varied', () => {
    const set = enumerateVariants(base, { phoneTypes: ['MOBILE', 'WORK', 'HOME'], paid: true }, { cap: 8 });
    expect(set.total).toBe(16);
    expect(set.truncated).toBe(true);
    expect(set.variants).toHaveLength(8);
    // Not the first 8 (which would all be "Not paid at start"): both choices of the last dimension run.
    expect(set.choiceRuns.filter((c) => c.runs === 0)).toEqual([]);
    expect(set.choiceRuns.find((c) => c.label === 'Paid at start')!.runs).toBeGreaterThan(0);
    expect(set.leftOut.count).toBe(8);
    expect(set.leftOut.examples).toHaveLength(8);
    expect(set.pairs).toEqual({ covered: 8, total: 16 });
  });

  it('picks N random combinations, the same ones for the same seed', () => {
    const dims = {
      phoneTypes: ['MOBILE', 'WORK', 'HOME', 'OTHER'] as const,
      emailTypes: ['WORK', 'HOME'] as const,
    };
    const a = enumerateVariants(base, dims, { random: 10, seed: 42 });
    const b = enumerateVariants(base, dims, { random: 10, seed: 42 });
    const c = enumerateVariants(base, dims, { random: 10, seed: 7 });
    expect(a.total).toBe(64);
    expect(a.variants.map((v) => v.index)).toEqual(b.variants.map((v) => v.index));
    expect(a.variants.map((v) => v.index)).not.toEqual(c.variants.map((v) => v.index));
    expect(new Set(a.variants.map((v) => v.index)).size).toBe(10);
    expect(a.truncated).toBe(true);
    expect(enumerateVariants(base, dims, { random: 500, seed: 1 }).variants).toHaveLength(64);
  });

  it('with no dimensions gives the base scenario alone', () => {
    const set = enumerateVariants(base, {}, { cap: 10 });
    expect(set.total).toBe(1);
    expect(set.variants[0]!.label).toBe('As given');
  });
});

describe('seeded random', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = seededRandom(3);
    const b = seededRandom(3);
    const xs = Array.from({ length: 100 }, () => a());
    expect(xs).toEqual(Array.from({ length: 100 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('samples distinct indices in order', () => {
    const picked = sampleIndices(1000, 20, seededRandom(9));
    expect(picked).toHaveLength(20);
    expect([...picked].sort((x, y) => x - y)).toEqual(picked);
    expect(new Set(picked).size).toBe(20);
  });
});
