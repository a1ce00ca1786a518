import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { DEFAULT_FLOW } from '../../src/domain/samples';
import { generateFlow } from '../fixtures/generators';

/*
 * Hostile flow documents for the import fuzz tests: valid documents (the default flow, a v0 file,
 * generated flows) broken by mutations — wrong types, missing fields, unknown types, "after" cycles,
 * duplicate ids, prototype keys, markup in every text — then written as JSON text and broken again
 * as text: truncated, byte order marks, NaN and 1e309, nesting thousands of levels deep.
 */

/** Markup and template tricks that must stay inert text wherever they are shown. */
export const MARKUP = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  '"><svg onload=window.__pwned=1>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '{{__proto__.polluted}}',
  '{{{{order.id}}}}<b>bold</b>',
  '<a href="javascript:alert(1)">click</a>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
] as const;

/** Keys with a meaning to JavaScript objects, or to the format, or none at all. */
const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '',
  ' ',
  'format',
  'robots',
  '<img src=x onerror=1>',
  'a.b[0]',
  '$',
  '"',
] as const;

const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<string>(...MARKUP) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\u0000', '\u202e\u202d', '\ud800', 'x'.repeat(5000)) },
  { weight: 1, arbitrary: fc.constantFrom('log.write', 'email.send', 'N', 'P', 'order.status', 'immediate') },
);

const leaf = fc.oneof(
  hostileString,
  fc.integer(),
  // NaN and ±Infinity become null in JSON.stringify; -0 becomes 0.
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);

/** Any JSON value, shallow: the mutations nest it further. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: leaf },
  { weight: 1, arbitrary: fc.array(leaf, { maxLength: 4 }) },
  {
    weight: 1,
    arbitrary: fc.dictionary(fc.oneof(hostileString, fc.constantFrom(...HOSTILE_KEYS)), leaf, { maxKeys: 4 }),
  },
  { weight: 1, arbitrary: fc.constantFrom([], {}, [[]], { field: 'order.paid' }, { type: 'after' }) },
);

export type Mutation =
  | { kind: 'set'; where: number; value: unknown }
  | { kind: 'delete'; where: number }
  | { kind: 'addKey'; where: number; key: string; value: unknown }
  | { kind: 'markup'; where: number; text: string }
  | { kind: 'type'; where: number; type: string }
  | { kind: 'after'; from: number; to: number }
  | { kind: 'sameId'; from: number; to: number }
  | { kind: 'deep'; where: number; depth: number };

export type TextMutation =
  | { kind: 'none' }
  | { kind: 'truncate'; at: number }
  | { kind: 'bom'; count: number }
  | { kind: 'number'; nth: number; token: string }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicateKey'; key: string }
  | { kind: 'replace'; text: string };

const index = fc.nat({ max: 10_000 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), where: index, value: hostileValue }),
  fc.record({ kind: fc.constant('delete' as const), where: index }),
  fc.record({
    kind: fc.constant('addKey' as const),
    where: index,
    key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), hostileString),
    value: hostileValue,
  }),
  fc.record({ kind: fc.constant('markup' as const), where: index, text: fc.constantFrom(...MARKUP) }),
  fc.record({
    kind: fc.constant('type' as const),
    where: index,
    type: fc.constantFrom('evil.type', '<script>', '', 'order.cancel', 'payment.received', 'constructor'),
  }),
  fc.record({ kind: fc.constant('after' as const), from: index, to: index }),
  fc.record({ kind: fc.constant('sameId' as const), from: index, to: index }),
  fc.record({
    kind: fc.constant('deep' as const),
    where: index,
    depth: fc.oneof(fc.integer({ min: 1, max: 120 }), fc.constantFrom(1_000, 10_000)),
  }),
);

const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: 'none' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: index }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('bom' as const), count: fc.integer({ min: 1, max: 2 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('number' as const),
      nth: index,
      token: fc.constantFrom(
        'NaN',
        'Infinity',
        '-Infinity',
        '1e309',
        '-1e309',
        '1e-400',
        '0x10',
        '01',
        '1.',
        '+1',
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: index,
      text: fc.constantFrom(',', '}', ']', '"', '\\', '\u0000', '/*x*/', "'", '\ufeff'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('duplicateKey' as const),
      key: fc.constantFrom('name', 'version', 'format', 'robots', 'id', 'type'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('replace' as const),
      text: fc.constantFrom('', '   ', 'null', '[]', '"flow"', '1', 'undefined', '{', '\ufeff', '{}', 'true'),
    }),
  },
);

// jsdom gives import.meta.url an http: scheme, so the fixture is found from the repository root.
const V0_FLOW = JSON.parse(
  readFileSync(resolve(process.cwd(), 'tests/fixtures/migrations/flow.v0.json'), 'utf8'),
);

/** The valid documents mutations start from. */
export const BASE_DOCUMENTS: readonly unknown[] = [
  DEFAULT_FLOW,
  V0_FLOW,
  generateFlow(1, { statuses: 3, robotsPerStatus: 3, triggers: 3 }),
  generateFlow(2, { statuses: 2, robotsPerStatus: 4, triggers: 2 }),
];

type Json = unknown;
type Slot = { parent: Record<string, Json> | Json[]; key: string | number };

/** Every place in the document a value sits, in a stable order. */
function slots(doc: Json): Slot[] {
  const out: Slot[] = [];
  const walk = (value: Json) => {
    if (Array.isArray(value)) value.forEach((v, i) => (out.push({ parent: value, key: i }), walk(v)));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) {
        out.push({ parent: value as Record<string, Json>, key: k });
        walk(v);
      }
  };
  walk(doc);
  return out;
}

const containers = (doc: Json) =>
  [doc, ...slots(doc).map((s) => (s.parent as Record<string | number, Json>)[s.key])].filter(
    (v): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v),
  );

/** Sets a key as an own property, so "__proto__" becomes a key of the JSON text, not a prototype. */
function define(target: Record<string, Json>, key: string, value: Json) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A placeholder string the text stage replaces with nesting too deep for JSON.stringify to write. */
const deepMarker = (depth: number) => `\u0001deep:${depth}\u0001`;

function applyMutation(doc: Json, m: Mutation) {
  const all = slots(doc);
  const at = <T>(list: readonly T[], i: number) => (list.length ? list[i % list.length] : undefined);
  const robots = (doc as { robots?: unknown }).robots;
  const robotList = Array.isArray(robots) ? robots.filter((r) => r && typeof r === 'object') : [];
  switch (m.kind) {
    case 'set': {
      const s = at(all, m.where);
      if (s) (s.parent as Record<string | number, Json>)[s.key] = structuredClone(m.value);
      return;
    }
    case 'delete': {
      const s = at(all, m.where);
      if (!s) return;
      if (Array.isArray(s.parent)) s.parent.splice(s.key as number, 1);
      else delete s.parent[s.key as string];
      return;
    }
    case 'addKey': {
      const target = at(containers(doc), m.where);
      if (target) define(target, m.key, structuredClone(m.value));
      return;
    }
    case 'markup': {
      const strings = all.filter(
        (s) => typeof (s.parent as Record<string | number, Json>)[s.key] === 'string',
      );
      const s = at(strings, m.where);
      if (s) (s.parent as Record<string | number, Json>)[s.key] = m.text;
      return;
    }
    case 'type': {
      const typed = containers(doc).filter((c) => typeof c.type === 'string');
      const target = at(typed, m.where);
      if (target) target.type = m.type;
      return;
    }
    case 'after':
    case 'sameId': {
      const from = at(robotList, m.from) as Record<string, Json> | undefined;
      const to = at(robotList, m.to) as Record<string, Json> | undefined;
      if (!from || !to) return;
      if (m.kind === 'after') {
        // A cycle needs both ends in one status; v0 robots chain by "afterPrevious".
        from.after = to.id;
        to.after = from.id;
        from.status = to.status;
        from.afterPrevious = true;
      } else from.id = to.id;
      return;
    }
    case 'deep': {
      const s = at(all, m.where);
      if (s) (s.parent as Record<string | number, Json>)[s.key] = deepMarker(m.depth);
      return;
    }
  }
}

const DEEP = /"\\u0001deep:(\d+)\\u0001"/g;

function applyTextMutation(text: string, m: TextMutation): string {
  switch (m.kind) {
    case 'none':
      return text;
    case 'truncate':
      return text.slice(0, m.at % Math.max(1, text.length));
    case 'bom':
      return '\ufeff'.repeat(m.count) + text;
    case 'number': {
      const numbers = [...text.matchAll(/(?<=[:,[]\s*)-?\d+(\.\d+)?(?=\s*[,}\]])/g)];
      const found = numbers.length ? numbers[m.nth % numbers.length] : undefined;
      if (!found) return text;
      return text.slice(0, found.index) + m.token + text.slice(found.index + found[0].length);
    }
    case 'insert': {
      const at = m.at % Math.max(1, text.length);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'duplicateKey':
      return text.replace(`"${m.key}":`, `"${m.key}":"<b>first</b>","${m.key}":`);
    case 'replace':
      return m.text;
  }
}

/** How to build one hostile text: printed by fast-check as the counterexample (short, unlike the text). */
export interface HostileRecipe {
  base: number;
  mutations: Mutation[];
  textMutation: TextMutation;
}

/** Builds the hostile text: base → mutations on the value → JSON → deep nesting → text mutation. */
export function hostileText({ base, mutations, textMutation: textMut }: HostileRecipe): string {
  const doc = structuredClone(BASE_DOCUMENTS[base % BASE_DOCUMENTS.length]);
  for (const m of mutations) applyMutation(doc, m);
  const json = JSON.stringify(doc).replace(DEEP, (_, depth: string) => {
    const n = Number(depth);
    return '{"not":'.repeat(n) + '{"field":"order.paid","op":"eq","value":true}' + '}'.repeat(n);
  });
  return applyTextMutation(json, textMut);
}

/** A hostile flow document: 1–4 mutations of a valid one, then perhaps a text-level break. */
export const hostileRecipe = (options: { maxMutations?: number } = {}): fc.Arbitrary<HostileRecipe> =>
  fc.record({
    base: fc.nat({ max: BASE_DOCUMENTS.length - 1 }),
    mutations: fc.array(mutation, { minLength: 1, maxLength: options.maxMutations ?? 4 }),
    textMutation,
  });
