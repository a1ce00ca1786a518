import type { IoProblem } from './problems';
import { englishTranslator } from '../i18n/english';
import type { Translator } from '../i18n/translator';

export type JsonObject = Record<string, unknown>;

/** True for a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses JSON text; on failure says where (line and column) in words a user can act on. */
export function parseJsonText(
  text: string,
  { t }: Translator = englishTranslator,
): { ok: true; value: unknown } | { ok: false; error: IoProblem } {
  // A UTF-8 byte order mark is common in files saved by Windows editors; JSON.parse rejects it.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') {
    return {
      ok: false,
      error: { code: 'OF001', path: '$', message: t('io.json.empty') },
    };
  }
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const where = locate(source, detail);
    // The parser's detail (in English, from the JavaScript engine) rarely ends as a sentence does.
    const values = { detail: /[.!?]$/.test(detail) ? detail.slice(0, -1) : detail };
    return {
      ok: false,
      error: {
        code: 'OF001',
        path: '$',
        message: where ? t('io.json.invalidAt', { ...values, ...where }) : t('io.json.invalid', values),
      },
    };
  }
}

/** Node reports "at position N" (older) or "(line L column C)" (newer); turn a position into a line. */
function locate(source: string, detail: string): { line: string; column: string } | undefined {
  if (/line \d+ column \d+/.test(detail)) return undefined;
  const m = /position (\d+)/.exec(detail);
  if (!m) return undefined;
  const offset = Number(m[1]);
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line: String(line), column: String(column) };
}
