/** One replacement turning `before` into `after`: offsets into `before`, end exclusive. */
export interface TextReplacement {
  start: number;
  end: number;
  text: string;
}

/**
 * The smallest single replacement between two texts (common prefix and suffix kept). Applying only
 * this, instead of replacing the whole model, keeps the user's cursor, selection, scroll position and
 * undo stack when the canvas changes the document under the JSON panel. Undefined when equal.
 */
export function minimalReplacement(before: string, after: string): TextReplacement | undefined {
  if (before === after) return undefined;
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}
