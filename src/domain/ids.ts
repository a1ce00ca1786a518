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

/** A fresh id not in `taken`, readable in exported JSON: `email-send-3`. Deterministic (no randomness). */
export function nextId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = prefix.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'node';
  for (let n = 1; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
