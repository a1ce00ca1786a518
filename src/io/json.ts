import type { IoProblem } from './problems';

export type JsonObject = Record<string, unknown>;

/** True for a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses JSON text; on failure says where (line and column) in words a user can act on. */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; error: IoProblem } {
  // A UTF-8 byte order mark is common in files saved by Windows editors; JSON.parse rejects it.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') {
    return {
      ok: false,
      error: { code: 'OF001', path: '$', message: 'The file is empty; expected a JSON document.' },
    };
  }
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const where = locate(source, detail);
    return {
      ok: false,
      // The parser's detail rarely ends as a sentence does; the message should.
      error: {
        code: 'OF001',
        path: '$',
        message: `The file is not valid JSON${where}: ${detail}${/[.!?]$/.test(detail) ? '' : '.'}`,
      },
    };
  }
}

/** Node reports "at position N" (older) or "(line L column C)" (newer); turn a position into a line. */
function locate(source: string, detail: string): string {
  if (/line \d+ column \d+/.test(detail)) return '';
  const m = /position (\d+)/.exec(detail);
  if (!m) return '';
  const offset = Number(m[1]);
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return ` (line ${line}, column ${column})`;
}
