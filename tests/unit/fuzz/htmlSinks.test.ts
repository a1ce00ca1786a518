import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Names, texts and timelines reach the page only through React text (tests/component/fuzz shows
 * markup in them stays text). This keeps the other doors shut: no source file writes HTML from a
 * string, and monaco is never handed trusted or HTML-enabled markdown (its hovers render markdown).
 */

const HTML_SINKS =
  /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|srcdoc|isTrusted\s*:\s*true|supportHtml\s*:\s*true|new\s+Function\s*\(|\beval\s*\(/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('HTML sinks', () => {
  it('no source file turns a string into markup or code', () => {
    const offenders = sourceFiles('src').flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (HTML_SINKS.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(offenders).toEqual([]);
  });

  it('the pattern recognises the sinks it is meant to catch', () => {
    for (const line of [
      '<div dangerouslySetInnerHTML={{ __html: name }} />',
      'el.innerHTML = text;',
      "node.insertAdjacentHTML('beforeend', s)",
      '{ value: summary, isTrusted: true }',
    ])
      expect(HTML_SINKS.test(line)).toBe(true);
  });
});
