import { z } from 'zod';

/** Branded ids: a status id can never be passed where a robot id is expected. */
export const statusIdSchema = z.string().min(1).brand<'StatusId'>();
export const robotIdSchema = z.string().min(1).brand<'RobotId'>();
export const triggerIdSchema = z.string().min(1).brand<'TriggerId'>();
export const flowIdSchema = z.string().min(1).brand<'FlowId'>();

export type StatusId = z.infer<typeof statusIdSchema>;
export type RobotId = z.infer<typeof robotIdSchema>;
export type TriggerId = z.infer<typeof triggerIdSchema>;
export type FlowId = z.infer<typeof flowIdSchema>;
/** A robot or a trigger: what the canvas calls a node. */
export type NodeId = RobotId | TriggerId;

/** Casts that document intent at the boundaries (tests, generators, commands built from UI input). */
export const statusId = (id: string) => id as StatusId;
export const robotId = (id: string) => id as RobotId;
export const triggerId = (id: string) => id as TriggerId;
export const flowId = (id: string) => id as FlowId;

/*
 * One id namespace per design. Statuses, robots and triggers are all keyed by their bare id in the
 * same places — the layout's position map, the selection, templates that name a robot, the commands'
 * duplicate check — so an id is unique across all three, and every new one is minted here: the
 * palette's new robots and triggers, pasted copies, new statuses. Ids stay readable in exported JSON
 * (`email-send-3`) and deterministic (no clock, no randomness: undo/redo and the tests rely on the same
 * flow giving the same id). Older documents keep their ids as they are; only new ids are minted.
 */

/** What minting needs of a design: its statuses, robots and triggers. */
interface IdHolders {
  statuses: readonly { id: string }[];
  robots: readonly { id: string }[];
  triggers: readonly { id: string }[];
}

/** Every id in use in the design. */
export function documentIds(design: IdHolders): Set<string> {
  const ids = new Set<string>();
  for (const list of [design.statuses, design.robots, design.triggers]) for (const x of list) ids.add(x.id);
  return ids;
}

/** True when a status, robot or trigger of the design already has this id. */
export function idInUse(design: IdHolders, id: string): boolean {
  return [design.statuses, design.robots, design.triggers].some((list) => list.some((x) => x.id === id));
}

/** A fresh id for the design, from a hint (a type, a name): `email-send-3`. */
export function mintId(design: IdHolders, hint: string): string {
  return idMinter(design)(hint);
}

/**
 * Mints several ids for one edit (a paste): each id handed out counts as taken for the next, since
 * the nodes are only added to the design afterwards.
 */
export function idMinter(design: IdHolders): (hint: string) => string {
  const taken = documentIds(design);
  return (hint) => {
    const id = nextId(hint, taken);
    taken.add(id);
    return id;
  };
}

/**
 * The id format itself: the hint as a slug and the first free number, `email-send-3`. Designs mint
 * through mintId/idMinter; the demo server's flow ids (a namespace of their own) use it directly.
 */
export function nextId(hint: string, taken: Iterable<string>): string {
  const used = taken instanceof Set ? (taken as ReadonlySet<string>) : new Set(taken);
  const base = hint.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'node';
  for (let n = 1; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
