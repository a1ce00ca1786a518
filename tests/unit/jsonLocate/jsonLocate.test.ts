import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPath } from '../../../src/domain/lint';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { serializeFlow } from '../../../src/io';
import {
  lineColumnAt,
  locateJsonPath,
  offsetAt,
  parseJsonPath,
  problemSpan,
} from '../../../src/io/jsonLocate';

const text = serializeFlow(DEFAULT_FLOW);
const at = (t: string, span: { start: number; end: number }) => t.slice(span.start, span.end);

describe('parseJsonPath', () => {
  it.each([
    ['$', []],
    ['$.robots[3].delay.unit', ['robots', 3, 'delay', 'unit']],
    ['$["odd key"][0]["q\\"uote"]', ['odd key', 0, 'q"uote']],
  ])('%s', (path, steps) => expect(parseJsonPath(path)).toEqual(steps));

  it('refuses what is not a path', () => {
    expect(parseJsonPath('robots[3]')).toBeUndefined();
    expect(parseJsonPath('$.robots[x]')).toBeUndefined();
  });

  it('reads back every path jsonPath writes', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.nat())), (steps) => {
        expect(parseJsonPath(jsonPath(steps))).toEqual(steps);
      }),
    );
  });
});

describe('locateJsonPath', () => {
  it('finds a value and its property name in an export', () => {
    const loc = locateJsonPath(text, '$.robots[3].delay.unit')!;
    expect(loc.exact).toBe(true);
    expect(at(text, loc.value)).toBe('"days"');
    expect(at(text, loc.key!)).toBe('"unit"');
    // The fourth robot's delay, not another one's.
    const robot = locateJsonPath(text, '$.robots[3]')!;
    expect(at(text, robot.value)).toContain('"id": "n_email_reminder"');
  });

  it('finds containers, array items and the root', () => {
    expect(at(text, locateJsonPath(text, '$.statuses[4]')!.value)).toMatch(/^\{[\s\S]*"D"[\s\S]*\}$/);
    expect(locateJsonPath(text, '$')!.value).toEqual({ start: 0, end: text.trimEnd().length });
  });

  it('falls back to the nearest parent for a missing property or index', () => {
    const missing = locateJsonPath(text, '$.robots[3].settings.nope')!;
    expect(missing).toMatchObject({ exact: false, depth: 3 });
    expect(at(text, missing.key!)).toBe('"settings"');
    expect(locateJsonPath(text, '$.robots[999]')).toMatchObject({ exact: false, depth: 1 });
  });

  it('works on compact and oddly spaced JSON, keys with escapes, and takes the last duplicate', () => {
    const t = '{"a\\"b":[1, {"c" :true}],"a\\"b":[ 7 ,\n 8 ]}';
    expect(at(t, locateJsonPath(t, ['a"b', 1])!.value)).toBe('8');
    expect(at(t, locateJsonPath(t, '$["a\\"b"]')!.key!)).toBe('"a\\"b"');
  });

  it('gives up on text that is not JSON', () => {
    expect(locateJsonPath('{"a": [1, 2', '$.a[1]')).toBeUndefined();
  });
});

describe('problemSpan', () => {
  it('underlines the property name, or an array item’s first character', () => {
    expect(at(text, problemSpan(text, '$.robots[3].delay.unit'))).toBe('"unit"');
    expect(at(text, problemSpan(text, '$.robots[3]'))).toBe('{');
    expect(at(text, problemSpan(text, '$.robots[3].settings.to'))).toBe('"settings"');
    expect(problemSpan('not json', '$.x')).toEqual({ start: 0, end: 1 });
  });
});

describe('line and column', () => {
  it('converts offsets both ways', () => {
    const t = 'ab\ncd\n\nef';
    expect(lineColumnAt(t, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt(t, 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumnAt(t, 7)).toEqual({ line: 4, column: 1 });
    for (let i = 0; i <= t.length; i++) {
      const { line, column } = lineColumnAt(t, i);
      expect(offsetAt(t, line, column)).toBe(i);
    }
  });
});
