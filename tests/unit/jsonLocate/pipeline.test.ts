import { describe, expect, it } from 'vitest';
import { lintFlow } from '../../../src/domain/lint';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { serializeFlow } from '../../../src/io';
import { checkFlowText, placeLintProblems, syntaxErrorOffset } from '../../../src/panels/json/checkFlowText';
import { minimalReplacement } from '../../../src/panels/json/textEdit';

const text = serializeFlow(DEFAULT_FLOW);
const lineOf = (t: string, needle: string) => t.slice(0, t.indexOf(needle)).split('\n').length;

describe('the JSON panel pipeline', () => {
  it('valid text gives the flow, without problems', () => {
    expect(checkFlowText(text)).toEqual({ state: 'valid', flow: DEFAULT_FLOW, problems: [] });
  });

  it('a syntax error is placed where parsing stopped', () => {
    const broken = text.replace('"name": "Shipped",', '"name": "Shipped"');
    const check = checkFlowText(broken);
    expect(check.state).toBe('invalid');
    const [p] = check.problems;
    expect(p).toMatchObject({ code: 'OF001', severity: 'error' });
    // The parser notices on the line after the missing comma.
    expect(p!.startLine).toBe(lineOf(broken, '"name": "Shipped"') + 1);
  });

  it('a value of the wrong shape is placed on its property name', () => {
    const broken = text.replace('"unit": "days"', '"unit": "weeks"');
    const check = checkFlowText(broken);
    expect(check.state).toBe('invalid');
    const p = check.problems.find((x) => x.path.endsWith('.unit'))!;
    expect(p.startLine).toBe(lineOf(broken, '"weeks"'));
    expect(broken.split('\n')[p.startLine - 1]!.slice(p.startColumn - 1, p.endColumn - 1)).toBe('"unit"');
  });

  it('warnings of valid text are placed too', () => {
    const extra = text.replace(
      '"name": "Online store — default",',
      '"name": "Online store — default",\n  "owner": "maria",',
    );
    const check = checkFlowText(extra);
    expect(check.state).toBe('valid');
    expect(check.problems).toMatchObject([
      { code: 'OF006', severity: 'warning', startLine: lineOf(extra, '"owner"') },
    ]);
  });

  it('lint problems become markers with their severity', () => {
    const flow = structuredClone(DEFAULT_FLOW);
    flow.robots[0]!.settings = {};
    const t = serializeFlow(flow);
    const markers = placeLintProblems(t, lintFlow(flow));
    expect(markers.length).toBeGreaterThan(0);
    expect(markers.every((m) => m.startLine >= lineOf(t, '"robots"'))).toBe(true);
    expect(markers.some((m) => m.severity === 'error')).toBe(true);
  });

  it.each([
    ['Unexpected token } in JSON at position 7', 7],
    ["Expected ',' or '}' after property value in JSON at position 12 (line 2 column 3)", 10],
    ['JSON.parse: expected double-quoted property name at line 2 column 3 of the JSON data', 10],
    ['something else', 0],
  ])('reads the error position from "%s"', (message, offset) => {
    expect(syntaxErrorOffset('{"a":1,\n  }', message)).toBe(offset);
  });
});

describe('minimalReplacement', () => {
  it('replaces only what differs', () => {
    expect(minimalReplacement('abcdef', 'abXYef')).toEqual({ start: 2, end: 4, text: 'XY' });
    expect(minimalReplacement('abc', 'abc')).toBeUndefined();
    expect(minimalReplacement('aaa', 'aaaa')).toEqual({ start: 3, end: 3, text: 'a' });
    expect(minimalReplacement('abc', '')).toEqual({ start: 0, end: 3, text: '' });
  });

  it('applied to the old text gives the new one', () => {
    const after = serializeFlow({ ...DEFAULT_FLOW, name: 'Renamed' });
    const r = minimalReplacement(text, after)!;
    expect(text.slice(0, r.start) + r.text + text.slice(r.end)).toBe(after);
    expect(r.text.length).toBeLessThan(20);
  });
});
