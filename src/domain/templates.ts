/**
 * Template values (docs/semantics.md §4 rule 10): `{{path}}` inserts an order field or an earlier robot's output
 * (`{{robots.ID.KEY}}`); `{{{{` writes a literal `{{`.
 */

export type TemplatePart =
  { kind: 'text'; value: string } | { kind: 'path'; path: string; start: number; end: number };

// Segments after the first may hold hyphens: robot ids made by the designer read `email-send-3`,
// and `{{robots.email-send-3.code}}` must be an insert, not literal text.
const PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_-]+)*$/;

/** Splits a template into literal text and `{{path}}` inserts (with their offsets, for editors and lint). */
export function parseTemplate(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let literal = '';
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('{{{{', i)) {
      literal += '{{';
      i += 4;
      continue;
    }
    if (text.startsWith('{{', i)) {
      const close = text.indexOf('}}', i + 2);
      const inner = close === -1 ? '' : text.slice(i + 2, close).trim();
      if (close !== -1 && PATH.test(inner)) {
        if (literal) parts.push({ kind: 'text', value: literal });
        literal = '';
        parts.push({ kind: 'path', path: inner, start: i, end: close + 2 });
        i = close + 2;
        continue;
      }
    }
    literal += text[i];
    i += 1;
  }
  if (literal) parts.push({ kind: 'text', value: literal });
  return parts;
}

/** The `{{path}}` inserts of a template, in order. */
export function templatePaths(text: string): { path: string; start: number; end: number }[] {
  return parseTemplate(text).flatMap((p) =>
    p.kind === 'path' ? [{ path: p.path, start: p.start, end: p.end }] : [],
  );
}

/** docs/semantics.md §4.1: numbers as plain decimals, booleans as true/false, lists as their values joined by ", ". */
export function formatTemplateValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? plainDecimal(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) {
    return value
      .map((item) =>
        item && typeof item === 'object' && 'value' in item
          ? formatTemplateValue((item as { value: unknown }).value)
          : formatTemplateValue(item),
      )
      .join(', ');
  }
  return JSON.stringify(value);
}

function plainDecimal(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  // Avoid exponent notation (1e21, 1e-7): a template writes plain decimals.
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** Renders a template with `resolve(path)`; a missing value renders as an empty string. */
export function renderTemplate(text: string, resolve: (path: string) => unknown): string {
  let out = '';
  for (const part of parseTemplate(text))
    out += part.kind === 'text' ? part.value : formatTemplateValue(resolve(part.path));
  return out;
}

/** Robot ids referenced by `{{robots.ID.KEY}}` inserts. */
export function referencedRobots(text: string): { robot: string; key: string; path: string }[] {
  return templatePaths(text).flatMap(({ path }) => {
    const m = /^robots\.([^.]+)\.(.+)$/.exec(path);
    return m ? [{ robot: m[1]!, key: m[2]!, path }] : [];
  });
}
