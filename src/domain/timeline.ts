import { z } from 'zod';
import { companySchema, contactSchema, eventDataSchema, orderFieldsSchema } from './scenario';

export const TIMELINE_FORMAT = 'orderflow.timeline';
export const TIMELINE_VERSION = 1;

/** Timeline instants are UTC with milliseconds, exactly as `Date.prototype.toISOString()` writes them. */
export const utcInstantSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/,
    'Expected a UTC instant as toISOString() writes it',
  );

const base = { seq: z.number().int().positive(), at: utcInstantSchema, status: z.string() };

export const END_REASONS = ['idle', 'until', 'loop-guard', 'limit'] as const;
export type EndReason = (typeof END_REASONS)[number];

export const timelineEntrySchema = z.discriminatedUnion('kind', [
  z.object({
    ...base,
    kind: z.literal('status.entered'),
    from: z.string().nullable(),
    cause: z.enum(['start', 'trigger', 'robot']),
    by: z.string().optional(),
  }),
  z.object({ ...base, kind: z.literal('status.left'), to: z.string() }),
  z.object({ ...base, kind: z.literal('robot.scheduled'), robot: z.string(), runAt: utcInstantSchema }),
  z.object({
    ...base,
    kind: z.literal('robot.done'),
    robot: z.string(),
    output: z.record(z.string(), z.unknown()),
  }),
  z.object({
    ...base,
    kind: z.literal('robot.skipped'),
    robot: z.string(),
    reason: z.enum(['disabled', 'condition']),
  }),
  z.object({ ...base, kind: z.literal('robot.failed'), robot: z.string(), error: z.string() }),
  z.object({
    ...base,
    kind: z.literal('robot.cancelled'),
    robot: z.string(),
    reason: z.enum(['status.left', 'order.canceled']),
  }),
  z.object({
    ...base,
    kind: z.literal('event'),
    event: z.string(),
    source: z.enum(['scenario', 'robot', 'reaction']),
    robot: z.string().optional(),
    data: eventDataSchema.optional(),
  }),
  z.object({
    ...base,
    kind: z.literal('trigger.fired'),
    trigger: z.string(),
    from: z.string(),
    to: z.string(),
  }),
  z.object({ ...base, kind: z.literal('end'), reason: z.enum(END_REASONS) }),
]);
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
export type TimelineEntryKind = TimelineEntry['kind'];
export type TimelineEntryOf<K extends TimelineEntryKind> = Extract<TimelineEntry, { kind: K }>;

export const pendingRunSchema = z.object({ robot: z.string(), runAt: utcInstantSchema });

export const timelineFinalSchema = z.object({
  status: z.string(),
  order: orderFieldsSchema,
  contact: contactSchema,
  company: companySchema.nullable(),
  pending: z.array(pendingRunSchema),
});

/** The timeline document (docs/semantics.md §5): what the simulator logged, and the order at the end. */
export const timelineSchema = z
  .object({
    format: z.literal(TIMELINE_FORMAT),
    version: z.literal(TIMELINE_VERSION),
    entries: z.array(timelineEntrySchema),
    final: timelineFinalSchema,
  })
  .loose();
export type Timeline = z.infer<typeof timelineSchema>;
