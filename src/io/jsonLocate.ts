/*
 * Where a JSON path points in JSON text, so problems reported by path (`$.robots[3].delay.unit`) can be
 * underlined in the editor. A small scanner rather than a full parser: it walks only along the path
 * and skips everything else, and it never builds the document.
 */

export type JsonPathStep = string | number;

/** Offsets into the text, `end` exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface JsonLocation {
  /** The value at the deepest step found. */
  value: TextSpan;
  /** The property name of that value, when it is an object member. */
  key?: TextSpan;
  /** False when the path goes further than the text does (a missing property): the nearest parent. */
  exact: boolean;
  /** How many steps of the path were found. */
  depth: number;
}

/** `$.robots[3]["odd key"].x` → `['robots', 3, 'odd key', 'x']`; undefined when it is not a path. */
export function parseJsonPath(path: string): JsonPathStep[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const steps: JsonPathStep[] = [];
  const re = /\.([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  re.lastIndex = 1;
  while (re.lastIndex < path.length) {
    const m = re.exec(path);
    if (!m) return undefined;
    if (m[1] !== undefined) steps.push(m[1]);
    else if (m[2] !== undefined) steps.push(Number(m[2]));
    else steps.push(JSON.parse(m[3]!) as string);
  }
  return steps;
}

class Scanner {
  constructor(
    readonly text: string,
    public pos = 0,
  ) {}

  ws(): void {
    while (/\s/.test(this.text[this.pos] ?? '')) this.pos++;
  }

  expect(char: string): void {
    this.ws();
    if (this.text[this.pos] !== char) throw new Error(`Expected ${char} at ${this.pos}`);
    this.pos++;
  }

  /** Reads a string token; returns its decoded value and span. */
  string(): { value: string; span: TextSpan } {
    this.ws();
    const start = this.pos;
    if (this.text[start] !== '"') throw new Error(`Expected a string at ${start}`);
    let i = start + 1;
    while (i < this.text.length && this.text[i] !== '"') i += this.text[i] === '\\' ? 2 : 1;
    if (i >= this.text.length) throw new Error('Unterminated string');
    this.pos = i + 1;
    return { value: JSON.parse(this.text.slice(start, this.pos)) as string, span: { start, end: this.pos } };
  }

  /** Skips one value of any kind; returns its span. */
  value(): TextSpan {
    this.ws();
    const start = this.pos;
    const c = this.text[start];
    if (c === '"') return this.string().span;
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      this.pos++;
      this.ws();
      if (this.text[this.pos] === close) {
        this.pos++;
        return { start, end: this.pos };
      }
      for (;;) {
        if (c === '{') {
          this.string();
          this.expect(':');
        }
        this.value();
        this.ws();
        const next = this.text[this.pos++];
        if (next === close) return { start, end: this.pos };
        if (next !== ',') throw new Error(`Expected , or ${close} at ${this.pos - 1}`);
      }
    }
    const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(
      this.text.slice(start, start + 64),
    );
    if (!m) throw new Error(`Unexpected character at ${start}`);
    this.pos += m[0].length;
    return { start, end: this.pos };
  }

  /** Finds member `name` of the object at pos (the last one if repeated, as JSON.parse does). */
  member(name: string): { key: TextSpan; value: TextSpan } | undefined {
    this.expect('{');
    let found: { key: TextSpan; value: TextSpan } | undefined;
    this.ws();
    if (this.text[this.pos] === '}') return undefined;
    for (;;) {
      const key = this.string();
      this.expect(':');
      const value = this.value();
      if (key.value === name) found = { key: key.span, value };
      this.ws();
      const next = this.text[this.pos++];
      if (next === '}') return found;
      if (next !== ',') throw new Error(`Expected , or } at ${this.pos - 1}`);
    }
  }

  /** Finds item `index` of the array at pos. */
  item(index: number): TextSpan | undefined {
    this.expect('[');
    this.ws();
    if (this.text[this.pos] === ']') return undefined;
    for (let i = 0; ; i++) {
      const value = this.value();
      if (i === index) return value;
      this.ws();
      const next = this.text[this.pos++];
      if (next === ']') return undefined;
      if (next !== ',') throw new Error(`Expected , or ] at ${this.pos - 1}`);
    }
  }
}

/**
 * The span of the value a JSON path points to, with its property name if any. A path into something
 * missing gives the nearest existing parent (`exact: false`). Undefined for text that is not JSON.
 */
export function locateJsonPath(
  text: string,
  path: string | readonly JsonPathStep[],
): JsonLocation | undefined {
  const steps = typeof path === 'string' ? parseJsonPath(path) : path;
  if (!steps) return undefined;
  try {
    const root = new Scanner(text).value();
    let here: JsonLocation = { value: root, exact: true, depth: 0 };
    for (const step of steps) {
      const opening = text[here.value.start];
      const scanner = new Scanner(text, here.value.start);
      if (typeof step === 'string' && opening === '{') {
        const found = scanner.member(step);
        if (!found) return { ...here, exact: false };
        here = { value: found.value, key: found.key, exact: true, depth: here.depth + 1 };
      } else if (typeof step === 'number' && opening === '[') {
        const found = scanner.item(step);
        if (!found) return { ...here, exact: false };
        here = { value: found, exact: true, depth: here.depth + 1 };
      } else {
        return { ...here, exact: false };
      }
    }
    return here;
  } catch {
    return undefined;
  }
}

/** 1-based line and column (in UTF-16 code units, as editors count) of an offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: Math.min(offset, text.length) - lineStart + 1 };
}

/** The offset of a 1-based line and column (the inverse of lineColumnAt), clamped to the text. */
export function offsetAt(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + column - 1, text.length);
}

/**
 * What to underline for a problem at `path`: the property name when there is one (underlining a
 * whole robot object would paint forty lines), else the value, or just the opening bracket of a
 * container. Falls back to the first character when nothing can be located.
 */
export function problemSpan(text: string, path: string): TextSpan {
  const loc = locateJsonPath(text, path);
  if (!loc) return { start: 0, end: Math.min(1, text.length) };
  if (loc.key) return loc.key;
  const opening = text[loc.value.start];
  if (opening === '{' || opening === '[') return { start: loc.value.start, end: loc.value.start + 1 };
  return loc.value;
}
