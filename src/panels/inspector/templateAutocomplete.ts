import type { TemplateSuggestion } from './types';

/** An open `{{` right before the caret: where it starts and what has been typed after it. */
export interface OpenInsert {
  start: number;
  query: string;
}

/**
 * Finds an unfinished `{{partial` ending at the caret. `{{{{` is the escape for a literal `{{`
 * (docs/semantics.md §4 rule 10), so four braces open nothing.
 */
export function openInsertAt(text: string, caret: number): OpenInsert | undefined {
  const before = text.slice(0, caret);
  const m = /\{\{\s*([A-Za-z0-9_.]*)$/.exec(before);
  if (!m) return undefined;
  const start = m.index;
  let braces = 0;
  for (let i = start + 1; i >= 0 && before[i] === '{'; i--) braces++;
  if (braces % 4 === 0) return undefined;
  return { start, query: m[1] ?? '' };
}

/** Suggestions matching what was typed: path prefix first, then anywhere in the path or label. */
export function filterSuggestions(
  all: readonly TemplateSuggestion[],
  query: string,
  limit = 50,
): TemplateSuggestion[] {
  const q = query.toLowerCase();
  if (!q) return all.slice(0, limit);
  // What people type after `{{` is the start of a label ("acc" for Account number) or of a path.
  const prefix = all.filter((s) => s.label.toLowerCase().startsWith(q) || s.path.toLowerCase().startsWith(q));
  const rest = all.filter(
    (s) => !prefix.includes(s) && (s.path.toLowerCase().includes(q) || s.label.toLowerCase().includes(q)),
  );
  return [...prefix, ...rest].slice(0, limit);
}

/** Replaces `{{partial` (and a `}}` already after the caret) with `{{path}}`; returns the new caret. */
export function insertPath(
  text: string,
  insert: OpenInsert,
  caret: number,
  path: string,
): { text: string; caret: number } {
  const after = text.slice(caret);
  const tail = after.startsWith('}}') ? after.slice(2) : after;
  const inserted = `{{${path}}}`;
  return { text: text.slice(0, insert.start) + inserted + tail, caret: insert.start + inserted.length };
}
