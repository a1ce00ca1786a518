import { englishTranslator } from '../i18n/english';
import type { Translator } from '../i18n/translator';
import { z } from 'zod';
import type { Command } from './commands';
import { webhookCode } from './factory';
import { webhookCodeSetting } from './catalog';
import { robotSchema, triggerSchema } from './flow';
import type { Flow, Robot, Trigger } from './flow';
import type { StatusId } from './ids';
import { idMinter, robotId, triggerId } from './ids';

/*
 * Copy and paste of robots and triggers as JSON. Pure: the system clipboard lives
 * in store/clipboard.ts. The text is a small versioned document so a paste can tell an Orderflow
 * clipboard from any other text and a future version can be migrated or refused clearly.
 */

export const CLIPBOARD_FORMAT = 'orderflow.clipboard';
export const CLIPBOARD_VERSION = 1;

export interface ClipboardDocument {
  format: typeof CLIPBOARD_FORMAT;
  version: typeof CLIPBOARD_VERSION;
  robots: Robot[];
  triggers: Trigger[];
}

/** The envelope is checked apart from the nodes, so the error names what is wrong in words. */
const envelopeSchema = z.object({
  format: z.literal(CLIPBOARD_FORMAT),
  version: z.number(),
  robots: z.array(z.unknown()).default([]),
  triggers: z.array(z.unknown()).default([]),
});

export type ParseResult = { ok: true; doc: ClipboardDocument } | { ok: false; error: string };

export type PasteResult =
  { ok: true; command: Extract<Command, { type: 'batch' }>; ids: string[] } | { ok: false; error: string };

/** The selected robots and triggers (in document order) as a clipboard document; null when none. */
export function copySelection(flow: Flow, selection: readonly string[]): ClipboardDocument | null {
  const ids = new Set(selection);
  const robots = flow.robots.filter((r) => ids.has(r.id));
  const triggers = flow.triggers.filter((t) => ids.has(t.id));
  if (robots.length === 0 && triggers.length === 0) return null;
  return { format: CLIPBOARD_FORMAT, version: CLIPBOARD_VERSION, robots, triggers };
}

/** The clipboard text: indented, because users paste it into chats and tickets and read it. */
export const serializeClipboard = (doc: ClipboardDocument): string => JSON.stringify(doc, null, 2);

/** Reads clipboard text; any other text gives a sentence for the user, never an exception. */
export function parseClipboard(text: string, translator: Translator = englishTranslator): ParseResult {
  const { t } = translator;
  const NOT_OURS = t('io.clipboard.notOurs');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: NOT_OURS };
  }
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) return { ok: false, error: NOT_OURS };
  const { version, robots, triggers } = envelope.data;
  if (version !== CLIPBOARD_VERSION)
    return {
      ok: false,
      error: t('io.clipboard.version', { version, supported: CLIPBOARD_VERSION }),
    };
  const parsedRobots: Robot[] = [];
  for (const [i, raw] of robots.entries()) {
    const parsed = robotSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: invalidNode('robot', i, parsed.error, translator) };
    parsedRobots.push(parsed.data);
  }
  const parsedTriggers: Trigger[] = [];
  for (const [i, raw] of triggers.entries()) {
    const parsed = triggerSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: invalidNode('trigger', i, parsed.error, translator) };
    parsedTriggers.push(parsed.data);
  }
  if (parsedRobots.length + parsedTriggers.length === 0) return { ok: false, error: t('io.clipboard.empty') };
  return {
    ok: true,
    doc: {
      format: CLIPBOARD_FORMAT,
      version: CLIPBOARD_VERSION,
      robots: parsedRobots,
      triggers: parsedTriggers,
    },
  };
}

function invalidNode(what: 'robot' | 'trigger', index: number, error: z.ZodError, { t }: Translator): string {
  const issue = error.issues[0];
  // The property in brackets: the clipboard holds JSON, and whoever pasted it may fix it there.
  const where = issue ? issue.path.map(String).join('.') : '';
  const problem = (issue?.message ?? '').replace(/[.!?]$/, '');
  return where
    ? t('io.clipboard.invalid', { what, number: index + 1, where, problem })
    : t('io.clipboard.invalidHere', { what, number: index + 1, problem });
}

export interface PasteOptions {
  /** The lane to paste into; when absent (or unknown), each node goes back to its own lane. */
  targetStatus?: StatusId | undefined;
}

/**
 * Turns a clipboard document into one `batch` command (one undo step) that adds copies with fresh
 * ids. `after` links inside the pasted set follow the copies; links to robots outside it, or that
 * would cross lanes after retargeting, become null (parallel), since an edge never crosses statuses.
 */
export function pasteCommand(
  flow: Flow,
  doc: ClipboardDocument,
  options: PasteOptions = {},
  { t }: Translator = englishTranslator,
): PasteResult {
  const statuses = new Set<string>(flow.statuses.map((s) => s.id));
  const fallback = flow.statuses[0]?.id;
  if (fallback === undefined) return { ok: false, error: t('io.clipboard.noStatus') };
  const target = options.targetStatus && statuses.has(options.targetStatus) ? options.targetStatus : null;
  // Pasting into another design whose lanes differ lands in the first lane rather than failing.
  const laneOf = (original: StatusId): StatusId => target ?? (statuses.has(original) ? original : fallback);

  const fresh = idMinter(flow);

  const newRobotIds = new Map<string, string>();
  for (const robot of doc.robots)
    if (!newRobotIds.has(robot.id)) newRobotIds.set(robot.id, fresh(robot.type));
  const copies: Robot[] = doc.robots.map((robot) => ({
    ...structuredClone(robot),
    id: robotId(newRobotIds.get(robot.id)!),
    status: laneOf(robot.status),
    settings: remapRobotRefs(structuredClone(robot.settings), newRobotIds) as Robot['settings'],
    after: null,
  }));
  // Keep the links whose previous robot was pasted too and lands in the same lane.
  doc.robots.forEach((robot, i) => {
    const previous = robot.after === null ? undefined : doc.robots.findIndex((r) => r.id === robot.after);
    if (previous === undefined || previous < 0) return;
    if (copies[previous]!.status !== copies[i]!.status) return;
    copies[i]!.after = copies[previous]!.id;
  });

  const triggers: Trigger[] = [];
  for (const trigger of doc.triggers) {
    const copy: Trigger = {
      ...structuredClone(trigger),
      id: triggerId(fresh(trigger.type)),
      status: laneOf(trigger.status),
    };
    // A webhook's code is its public address: two triggers must never share one.
    const codeKey = webhookCodeSetting(copy.type);
    if (codeKey !== undefined)
      copy.settings = {
        ...copy.settings,
        [codeKey]: webhookCode({ ...flow, triggers: [...flow.triggers, ...triggers] }, copy.id),
      };
    triggers.push(copy);
  }

  const commands: Command[] = [
    ...chainOrder(copies).map((robot): Command => ({ type: 'robot.add', robot })),
    ...triggers.map((trigger): Command => ({ type: 'trigger.add', trigger })),
  ];
  return {
    ok: true,
    command: { type: 'batch', commands },
    ids: [...copies.map((r) => r.id), ...triggers.map((t) => t.id)],
  };
}

/**
 * robot.add connects a robot to its previous one, which must already exist: add previous robots
 * first. Robots caught in a cycle (hand-edited clipboard text) are added in parallel instead.
 */
function chainOrder(robots: Robot[]): Robot[] {
  const ordered: Robot[] = [];
  const added = new Set<string>();
  let pending = robots;
  while (pending.length > 0) {
    const ready = pending.filter((r) => r.after === null || added.has(r.after));
    if (ready.length === 0) {
      for (const robot of pending) ordered.push({ ...robot, after: null });
      break;
    }
    for (const robot of ready) {
      ordered.push(robot);
      added.add(robot.id);
    }
    pending = pending.filter((r) => !added.has(r.id));
  }
  return ordered;
}

/** Templates may cite earlier outputs as {{robots.ID.KEY}}: copies cite the copies, not the originals. */
function remapRobotRefs(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string')
    return value.replace(/(\{\{\s*robots\.)([^.}\s]+)\./g, (match, head: string, id: string) =>
      ids.has(id) ? `${head}${ids.get(id)!}.` : match,
    );
  if (Array.isArray(value)) return value.map((v) => remapRobotRefs(v, ids));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, remapRobotRefs(v, ids)]));
  return value;
}

/** Parses clipboard text and builds the paste command: the whole paste pipeline in one call. */
export function pasteText(
  flow: Flow,
  text: string,
  options: PasteOptions = {},
  translator: Translator = englishTranslator,
): PasteResult {
  const parsed = parseClipboard(text, translator);
  return parsed.ok ? pasteCommand(flow, parsed.doc, options, translator) : parsed;
}

/** One command (one undo step) deleting the selected robots and triggers; null when none is selected. */
export function deleteSelectionCommand(flow: Flow, selection: readonly string[]): Command | null {
  const ids = new Set(selection);
  const commands: Command[] = [
    ...flow.robots.filter((r) => ids.has(r.id)).map((r): Command => ({ type: 'robot.delete', id: r.id })),
    ...flow.triggers.filter((t) => ids.has(t.id)).map((t): Command => ({ type: 'trigger.delete', id: t.id })),
  ];
  return commands.length === 0 ? null : { type: 'batch', commands };
}
