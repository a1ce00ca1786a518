import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import type { Timeline } from '../../../src/domain/timeline';
import { timelineToCsv } from '../../../src/io/exchange';
import { csvField, formatOffset } from '../../../src/io/exchange/csv';
import { loadTimeline } from '../../../src/io';

const golden = (() => {
  const r = loadTimeline(
    readFileSync(new URL('../../fixtures/golden/paid-and-delivered.timeline.json', import.meta.url), 'utf8'),
  );
  if (!r.ok) throw new Error('golden timeline does not load');
  return r.timeline;
})();

/** A minimal RFC 4180 reader, to check the writer round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += c;
  }
  return rows;
}

describe('timelineToCsv', () => {
  it('has a header and one CRLF-terminated row per entry', () => {
    const csv = timelineToCsv(golden, DEFAULT_FLOW);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([
      'seq',
      'at',
      'offset',
      'kind',
      'status',
      'node',
      'detail',
      `local (${DEFAULT_FLOW.settings.timezone})`,
    ]);
    expect(rows).toHaveLength(golden.entries.length + 1);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(rows.every((r) => r.length === 8)).toBe(true);
  });

  it('adds the wall-clock time in the zone of the flow as the last column, the UTC instant unchanged', () => {
    const flow = { ...DEFAULT_FLOW, settings: { ...DEFAULT_FLOW.settings, timezone: 'Asia/Tokyo' } };
    const rows = parseCsv(timelineToCsv(golden, flow));
    expect(rows[0]!.at(-1)).toBe('local (Asia/Tokyo)');
    const first = rows[1]!;
    const utc = new Date(first[1]!);
    const tokyo = new Date(utc.getTime() + 9 * 3600_000).toISOString();
    expect(first.at(-1)).toBe(`${tokyo.slice(0, 10)} ${tokyo.slice(11, 19)}`);
  });

  it('names robots and triggers from the flow and measures the offset from the first entry', () => {
    const rows = parseCsv(timelineToCsv(golden, DEFAULT_FLOW)).slice(1);
    expect(rows[0]![2]).toBe('0d 00:00:00');
    const sms = rows.find((r) => r[3] === 'robot.done' && r[5]!.includes('(n_sms)'));
    expect(sms).toBeDefined();
    const fired = rows.find((r) => r[3] === 'trigger.fired');
    expect(fired![5]).toMatch(/\(t_payment\)$/);
    expect(fired![6]).toBe('N → P');
  });

  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    const timeline: Timeline = {
      ...golden,
      entries: [
        {
          seq: 1,
          at: '2025-01-01T00:00:00.000Z',
          status: 'N',
          kind: 'robot.failed',
          robot: 'x',
          error: 'He said "no", then\nleft',
        },
        {
          seq: 2,
          at: '2025-01-03T01:02:03.000Z',
          status: 'N',
          kind: 'robot.failed',
          robot: 'y',
          error: '=HYPERLINK("x")',
        },
      ],
    };
    const rows = parseCsv(timelineToCsv(timeline));
    expect(rows[1]![6]).toBe('He said "no", then\nleft');
    expect(rows[2]![6]).toBe(`'=HYPERLINK("x")`);
    expect(rows[2]![2]).toBe('2d 01:02:03');
  });

  it('csvField and formatOffset', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField(' pad')).toBe('" pad"');
    expect(formatOffset(90_061_000)).toBe('1d 01:01:01');
  });
});
