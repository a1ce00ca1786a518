import type { Flow } from '../domain/flow';
import type { Scenario } from '../domain/scenario';
import type { Timeline } from '../domain/timeline';

/*
 * Exports are read by people and diffed in version control, so the same document must always print
 * the same way: well-known keys in the order the format describes them, any other key after them
 * alphabetically (unknown keys kept on import included). Array order is meaning, so it is untouched.
 */
const KEY_ORDER = [
  'format',
  'version',
  'seq',
  'at',
  'kind',
  'id',
  'type',
  'status',
  'name',
  'semantics',
  'color',
  'days',
  'start',
  'end',
  'holidays',
  'until',
  'settings',
  'after',
  'allowBackward',
  'delay',
  'condition',
  'executeBy',
  'disabled',
  'timezone',
  'workTime',
  'statuses',
  'robots',
  'triggers',
  'layout',
  'scenarios',
  'order',
  'contact',
  'company',
  'environment',
  'events',
  'reactions',
  'limits',
  'expect',
  'skips',
  'entries',
  'final',
  'field',
  'op',
  'value',
  'unit',
  'basis',
  'time',
  'all',
  'any',
  'not',
];
const RANK = new Map(KEY_ORDER.map((key, i) => [key, i]));

function compareKeys(a: string, b: string): number {
  const [ra, rb] = [RANK.get(a), RANK.get(b)];
  if (ra !== undefined && rb !== undefined) return ra - rb;
  if (ra !== undefined) return -1;
  if (rb !== undefined) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A copy of a JSON value with every object's keys in the stable export order. */
export function withStableKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withStableKeys);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort(compareKeys)) {
    const child = (value as Record<string, unknown>)[key];
    // JSON has no undefined: drop such keys here so the key order test sees what is printed.
    // Defined, not assigned: a "__proto__" key read from a file would otherwise replace the copy's
    // prototype and vanish from the export.
    if (child !== undefined)
      Object.defineProperty(out, key, {
        value: withStableKeys(child),
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return out;
}

const INLINE_WIDTH = 80;

/** Two-space JSON, except that short lists of plain values (weekdays, recipients) stay on one line. */
function pretty(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const flat = value.every((v) => v === null || typeof v !== 'object');
    const inline = `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    if (flat && inline.length + indent.length <= INLINE_WIDTH) return inline;
    const inner = indent + '  ';
    return `[\n${value.map((v) => inner + pretty(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const inner = indent + '  ';
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${pretty(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** Pretty JSON with stable key order and a final newline: the form of every file Orderflow writes. */
export function serializeDocument(doc: unknown): string {
  return `${pretty(withStableKeys(doc), '')}\n`;
}

/** A flow as exported (stable key order, two-space indent). */
export const serializeFlow = (flow: Flow): string => serializeDocument(flow);
/** A scenario as exported. */
export const serializeScenario = (scenario: Scenario): string => serializeDocument(scenario);
/** A timeline as exported. */
export const serializeTimeline = (timeline: Timeline): string => serializeDocument(timeline);
