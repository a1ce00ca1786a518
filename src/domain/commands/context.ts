import { current, isDraft } from 'immer';
import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';
import type { Flow } from '../flow';
import { idInUse } from '../ids';
import type { CommandReport, RefusalCode } from './types';

/** Thrown inside the immer recipe to abandon the draft; apply.ts turns it into a refusal result. */
export class Refusal extends Error {
  constructor(
    readonly code: RefusalCode,
    readonly reason: string,
  ) {
    super(reason);
  }
}

export function refuse(code: RefusalCode, reason: string): never {
  throw new Refusal(code, reason);
}

/** Checks a rule's answer and refuses with its reason. */
export function requireOk(result: { ok: true } | { ok: false; code: RefusalCode; reason: string }): void {
  if (!result.ok) refuse(result.code, result.reason);
}

/** Validates an edited entity with its schema; the first issue becomes the refusal sentence. */
export function requireValid(
  schema: {
    safeParse(v: unknown): {
      success: boolean;
      error?: { issues: { message: string; path: PropertyKey[] }[] };
    };
  },
  value: unknown,
  what: 'robot' | 'trigger' | 'status' | 'settings',
  { t }: Translator = englishTranslator,
): void {
  const parsed = schema.safeParse(value);
  if (parsed.success) return;
  const first = parsed.error?.issues[0];
  const where = first ? first.path.map(String).join('.') : '';
  // The schema's own words say what is wrong; the property in brackets says where.
  const issue = first?.message.replace(/[.!?]$/, '') ?? '';
  refuse('invalid', t(where ? 'io.command.invalidAt' : 'io.command.invalid', { what, where, issue }));
}

/** The design's one id namespace (domain/ids.ts): statuses, robots and triggers never share an id. */
export function idTaken(flow: Flow, id: string): boolean {
  return idInUse(flow, id);
}

/**
 * The flow as it stands at this point of a command, as plain objects. Commands run on an immer
 * draft, which makes a draft of every object read through it: a search through 5,000 robots made
 * 5,000 drafts, and a drop in a large design spent most of its time making and finalising them.
 * Read from this, write through the draft.
 */
export const flowNow = (flow: Flow): Flow => (isDraft(flow) ? current(flow) : flow);

/**
 * Makes the draft list read as `next`, a new order or version of `before` (what flowNow read, the
 * same length): only the places whose object changed are written, so the undo step holds those
 * and no more, and no other element is drafted.
 */
export function writeList<T>(draft: T[], before: readonly T[], next: readonly T[]): void {
  for (let i = 0; i < next.length; i++) if (next[i] !== before[i]) draft[i] = next[i]!;
}

/** Forgets the layout position of removed or relocated cards. */
export function dropPositions(flow: Flow, ids: readonly string[]): void {
  const positions = flow.layout?.positions;
  if (!positions) return;
  for (const id of ids) delete positions[id];
}

export const emptyReport = (): CommandReport => ({ removedRobots: [], removedTriggers: [], reattached: [] });

/** Clamps an insertion index into [0, length]; undefined appends. */
export const clampIndex = (index: number | undefined, length: number): number =>
  index === undefined ? length : Math.max(0, Math.min(length, Math.trunc(index)));
