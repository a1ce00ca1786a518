import { describe, expect, it } from 'vitest';
import type { Delay } from '../../../src/domain/delay';
import { DEFAULT_WORK_TIME } from '../../../src/domain/flow';
import { computeRunTime, nextWorkingTime } from '../../../src/engine';
import { addDuration, addUnits } from '../../../src/engine/time';

/* Clock, working hours and daylight saving (docs/semantics.md §4 rule 8, §4.1). */

const ms = (iso: string) => Date.parse(iso);
const iso = (n: number) => new Date(n).toISOString();
const BERLIN = 'Europe/Berlin';
const work = { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', holidays: ['2024-04-01'] };

describe('time and working hours', () => {
  it('adds calendar days in the zone across a DST change, hours as elapsed time', () => {
    // 2024-03-31 is the spring-forward day in Berlin: a calendar day keeps the wall time.
    expect(iso(addUnits(ms('2024-03-30T19:30:00Z'), 1, 'days', BERLIN))).toBe('2024-03-31T18:30:00.000Z');
    expect(iso(addUnits(ms('2024-03-30T19:30:00Z'), 24, 'hours', BERLIN))).toBe('2024-03-31T19:30:00.000Z');
    expect(iso(addDuration(ms('2024-03-30T19:30:00Z'), 'P1D', BERLIN))).toBe('2024-03-31T18:30:00.000Z');
    expect(iso(addDuration(ms('2024-03-30T19:30:00Z'), 'PT24H', BERLIN))).toBe('2024-03-31T19:30:00.000Z');
    expect(iso(addDuration(ms('2024-01-31T12:00:00Z'), 'P1M', 'UTC'))).toBe('2024-02-29T12:00:00.000Z');
    // Fall back in New York: 2024-11-03.
    expect(iso(addUnits(ms('2024-11-01T14:00:00Z'), 2, 'days', 'America/New_York'))).toBe(
      '2024-11-03T15:00:00.000Z',
    );
  });

  it('moves a time outside working hours to the next start, skipping weekends and holidays', () => {
    // Friday 20:30 Berlin → Saturday, Sunday, Monday holiday → Tuesday 09:00 CEST.
    expect(iso(nextWorkingTime(ms('2024-03-29T19:30:00Z'), work, BERLIN))).toBe('2024-04-02T07:00:00.000Z');
    // Inside working hours: unchanged. Before the start: the same day's start.
    expect(iso(nextWorkingTime(ms('2024-04-02T10:15:00Z'), work, BERLIN))).toBe('2024-04-02T10:15:00.000Z');
    expect(iso(nextWorkingTime(ms('2024-04-02T05:00:00Z'), work, BERLIN))).toBe('2024-04-02T07:00:00.000Z');
    // End is exclusive: 18:00 sharp is outside.
    expect(iso(nextWorkingTime(ms('2024-04-02T16:00:00Z'), work, BERLIN))).toBe('2024-04-03T07:00:00.000Z');
    // Winter time: 09:00 Berlin is 08:00Z.
    expect(iso(nextWorkingTime(ms('2024-01-13T12:00:00Z'), DEFAULT_WORK_TIME, BERLIN))).toBe(
      '2024-01-15T08:00:00.000Z',
    );
  });

  it('honours custom days and hours, and a night shift', () => {
    const weekend = { days: [6, 7], start: '10:00', end: '14:00', holidays: [] };
    expect(iso(nextWorkingTime(ms('2024-01-10T12:00:00Z'), weekend, 'UTC'))).toBe('2024-01-13T10:00:00.000Z');
    const night = { days: [1, 2, 3, 4, 5], start: '22:00', end: '06:00', holidays: [] };
    expect(iso(nextWorkingTime(ms('2024-01-10T12:00:00Z'), night, 'UTC'))).toBe('2024-01-10T22:00:00.000Z');
    expect(iso(nextWorkingTime(ms('2024-01-10T03:00:00Z'), night, 'UTC'))).toBe('2024-01-10T03:00:00.000Z');
  });

  it('computes run times: raise to t first, then working hours, on every delay type', () => {
    const read = (p: string) =>
      ({ 'order.dueDate': '2024-01-01T00:00:00Z', 'order.deliveryDate': '2024-01-20T03:00:00Z' })[p];
    const ctx = { zone: BERLIN, workTime: DEFAULT_WORK_TIME, read };
    const t = ms('2024-01-12T17:30:00Z'); // Friday 18:30 Berlin
    const at = (d: Delay) => {
      const r = computeRunTime(d, t, ctx);
      return r.failBasis ? `fail ${r.failBasis}` : iso(r.at);
    };
    expect(at({ type: 'immediate' })).toBe(iso(t));
    expect(at({ type: 'immediate', workTime: true })).toBe('2024-01-15T08:00:00.000Z');
    expect(at({ type: 'before', value: 1, unit: 'days', basis: 'order.dueDate', workTime: true })).toBe(
      '2024-01-15T08:00:00.000Z',
    );
    // Saturday 2024-01-20 at 10:00 Berlin → Monday 09:00 with working hours.
    expect(at({ type: 'at', basis: 'order.deliveryDate', time: '10:00' })).toBe('2024-01-20T09:00:00.000Z');
    expect(at({ type: 'at', basis: 'order.deliveryDate', time: '10:00', workTime: true })).toBe(
      '2024-01-22T08:00:00.000Z',
    );
    expect(at({ type: 'after', value: 3, unit: 'hours', basis: 'order.missing' })).toBe('fail order.missing');
    expect(at({ type: 'at', basis: 'contact.name' })).toBe('fail contact.name');
  });
});
