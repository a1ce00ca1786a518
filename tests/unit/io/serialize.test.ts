import { describe, expect, it } from 'vitest';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { serializeDocument, serializeFlow } from '../../../src/io';

describe('serializeFlow', () => {
  it('prints the same text whatever order the keys were built in', () => {
    const reversed = Object.fromEntries(Object.entries(DEFAULT_FLOW).reverse());
    expect(serializeDocument(reversed)).toBe(serializeFlow(DEFAULT_FLOW));
  });

  it("puts format and version first, the format's keys in its order, unknown keys last alphabetically", () => {
    const text = serializeDocument({
      zeta: 1,
      robots: [],
      alpha: 2,
      name: 'n',
      id: 'i',
      version: 1,
      format: 'f',
    });
    expect(Object.keys(JSON.parse(text))).toEqual([
      'format',
      'version',
      'id',
      'name',
      'robots',
      'alpha',
      'zeta',
    ]);
  });

  it('keeps short lists of plain values on one line, ends with a newline and drops undefined', () => {
    const text = serializeDocument({ days: [1, 2, 3], maybe: undefined, nested: [{ a: 1 }] });
    expect(text).toBe('{\n  "days": [1, 2, 3],\n  "nested": [\n    {\n      "a": 1\n    }\n  ]\n}\n');
  });

  it('round-trips through JSON.parse unchanged', () => {
    expect(JSON.parse(serializeFlow(DEFAULT_FLOW))).toEqual(JSON.parse(JSON.stringify(DEFAULT_FLOW)));
  });
});
