import type { Flow } from '../../domain/flow';
import { loadFlow } from '../../io';
import type { IoProblem } from '../../io';
import { lineColumnAt, offsetAt, problemSpan } from '../../io/jsonLocate';
import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';

export type TextSeverity = 'error' | 'warning' | 'info';

/** A problem placed in the text: what the problem list shows and what becomes an editor marker. */
export interface TextProblem {
  code: string;
  severity: TextSeverity;
  path: string;
  message: string;
  /** 1-based, end exclusive: the shape monaco's markers take. */
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export type FlowTextCheck =
  { state: 'valid'; flow: Flow; problems: TextProblem[] } | { state: 'invalid'; problems: TextProblem[] };

function place(
  text: string,
  start: number,
  end: number,
): Pick<TextProblem, 'startLine' | 'startColumn' | 'endLine' | 'endColumn'> {
  const a = lineColumnAt(text, start);
  const b = lineColumnAt(text, Math.max(end, start + 1));
  return { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column };
}

/** Places a problem reported by JSON path; a missing property underlines its parent's name. */
export function placeByPath(
  text: string,
  p: { code: string; path: string; message: string },
  severity: TextSeverity,
): TextProblem {
  const span = problemSpan(text, p.path);
  return { code: p.code, severity, path: p.path, message: p.message, ...place(text, span.start, span.end) };
}

/**
 * Where JSON.parse stopped. Engines word it differently: V8 says "position N" and newer versions add
 * "(line L column C)", Firefox says "at line L column C"; anything else points at the start.
 */
export function syntaxErrorOffset(text: string, message: string): number {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return offsetAt(text, Number(lc[1]), Number(lc[2]));
  const pos = /position (\d+)/.exec(message);
  return pos ? Math.min(Number(pos[1]), text.length) : 0;
}

function placeIo(text: string, p: IoProblem, severity: TextSeverity): TextProblem {
  if (p.code !== 'OF001') return placeByPath(text, p, severity);
  const at = syntaxErrorOffset(text, p.message);
  return { code: p.code, severity, path: p.path, message: p.message, ...place(text, at, at + 1) };
}

/**
 * The JSON panel's pipeline for the text being edited: parse → migrate → validate with the same loader
 * as an import. Valid text yields the flow (to hand to the store) and its warnings; invalid text
 * yields only problems, and the canvas keeps its last valid design.
 */
export function checkFlowText(text: string, translator: Translator = englishTranslator): FlowTextCheck {
  const loaded = loadFlow(text, translator);
  if (!loaded.ok) return { state: 'invalid', problems: loaded.errors.map((e) => placeIo(text, e, 'error')) };
  return {
    state: 'valid',
    flow: loaded.flow,
    problems: loaded.warnings.map((w) => placeIo(text, w, 'warning')),
  };
}

/** Lint problems of the flow shown, placed in its text. */
export function placeLintProblems(
  text: string,
  problems: readonly { code: string; severity: TextSeverity; path: string; message: string }[],
): TextProblem[] {
  return problems.map((p) => placeByPath(text, p, p.severity));
}
