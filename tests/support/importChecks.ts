import type { IoProblem } from '../../src/io';

/*
 * What every answer of the loader must look like, whatever it was given: problems with a known
 * code, a JSON path that points into the input (or at a key missing right under a value that is
 * there), and a message that reads as a sentence of reasonable length.
 */

/** `$.robots[3]["odd key"].after` → ['robots', 3, 'odd key', 'after'], or undefined if malformed. */
export function parseJsonPath(path: string): (string | number)[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const out: (string | number)[] = [];
  let i = 1;
  while (i < path.length) {
    const rest = path.slice(i);
    const dotted = /^\.([A-Za-z_$][A-Za-z0-9_$]*)/.exec(rest);
    const indexed = /^\[(\d+)\]/.exec(rest);
    if (dotted) {
      out.push(dotted[1]!);
      i += dotted[0].length;
    } else if (indexed) {
      out.push(Number(indexed[1]));
      i += indexed[0].length;
    } else if (rest.startsWith('["')) {
      // A JSON string literal: find its closing quote, skipping escapes.
      let end = i + 2;
      while (end < path.length && path[end] !== '"') end += path[end] === '\\' ? 2 : 1;
      if (path[end + 1] !== ']') return undefined;
      out.push(JSON.parse(path.slice(i + 1, end + 1)) as string);
      i = end + 2;
    } else return undefined;
  }
  return out;
}

/** Whether `segments` leads to a value inside `root` (own keys only: "__proto__" is a key, not a prototype). */
export function pathExists(root: unknown, segments: readonly (string | number)[]): boolean {
  let at: unknown = root;
  for (const segment of segments) {
    if (typeof segment === 'number') {
      if (!Array.isArray(at) || segment >= at.length) return false;
      at = at[segment];
    } else {
      if (typeof at !== 'object' || at === null || Array.isArray(at) || !Object.hasOwn(at, segment))
        return false;
      at = (at as Record<string, unknown>)[segment];
    }
  }
  return true;
}

/** The input as the loader saw it (one byte order mark stripped), or undefined when it is not JSON. */
export function parsedInput(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch {
    return undefined;
  }
}

const MAX_MESSAGE = 600;

/** The first thing wrong with one problem of the loader's answer, or undefined. */
export function problemViolation(p: IoProblem, input: { value: unknown } | undefined): string | undefined {
  if (!/^OF0\d\d$/.test(p.code)) return `unknown code ${p.code}`;
  const segments = parseJsonPath(p.path);
  if (!segments) return `malformed path ${p.path.slice(0, 100)}`;
  if (!input) {
    if (p.path !== '$') return `input is not JSON but the path is ${p.path.slice(0, 100)}`;
  } else if (!pathExists(input.value, segments) && !pathExists(input.value, segments.slice(0, -1))) {
    return `neither ${p.path.slice(0, 100)} nor its parent is in the input`;
  }
  if (p.message.length > MAX_MESSAGE) return `a message of ${p.message.length} characters`;
  // Sentences may open with a quoted key or a value ("0 is not allowed here").
  if (!/^[A-Z0-9"“{-]/.test(p.message) || !/[.!?]$/.test(p.message))
    return `not a sentence: ${p.message.slice(0, 200)}`;
  return undefined;
}

/** Every problem checked; the first violation. */
export function problemsViolation(problems: readonly IoProblem[], text: string): string | undefined {
  const input = parsedInput(text);
  for (const p of problems) {
    const v = problemViolation(p, input);
    if (v) return `${p.code} at ${p.path.slice(0, 80)}: ${v}`;
  }
  return undefined;
}
