import { z } from 'zod';
import { conditionSchema } from './condition';
import { delaySchema, hhmmSchema } from './delay';
import { flowIdSchema, robotIdSchema, statusIdSchema, triggerIdSchema } from './ids';
import { scenarioSchema } from './scenario';
import { ROBOT_TYPES, TRIGGER_TYPES } from './types';

export const FLOW_FORMAT = 'orderflow.flow';
export const FLOW_VERSION = 1;

/** True for a time zone name the runtime's Intl knows (IANA names and "UTC"). */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .refine(isValidTimeZone, { message: 'Unknown time zone (expected an IANA name such as Europe/Berlin)' });

export const workTimeSchema = z.object({
  days: z.array(z.number().int().min(1).max(7)),
  start: hhmmSchema,
  end: hhmmSchema,
  holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD')).default([]),
});
export type WorkTime = z.infer<typeof workTimeSchema>;

/** docs/semantics.md §4 rule 8: the default working hours, Monday to Friday 09:00–18:00. */
export const DEFAULT_WORK_TIME: WorkTime = {
  days: [1, 2, 3, 4, 5],
  start: '09:00',
  end: '18:00',
  holidays: [],
};

export const flowSettingsSchema = z
  .object({
    timezone: timeZoneSchema.default('UTC'),
    workTime: workTimeSchema.optional(),
  })
  .loose();
export type FlowSettings = z.infer<typeof flowSettingsSchema>;

export const STATUS_SEMANTICS = ['process', 'success', 'failure'] as const;

export const statusSchema = z.object({
  id: statusIdSchema,
  name: z.string(),
  semantics: z.enum(STATUS_SEMANTICS),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Expected a colour as #rrggbb'),
});
export type Status = z.infer<typeof statusSchema>;

/** Settings stay an open record in the document: a half-configured robot is a valid draft; lint judges it. */
export const settingsRecordSchema = z.record(z.string(), z.unknown());

export const robotSchema = z.object({
  id: robotIdSchema,
  type: z.enum(ROBOT_TYPES),
  status: statusIdSchema,
  name: z.string().optional(),
  after: robotIdSchema.nullable(),
  delay: delaySchema,
  condition: conditionSchema.optional(),
  settings: settingsRecordSchema,
  disabled: z.boolean().optional(),
});
export type Robot = z.infer<typeof robotSchema>;

export const triggerSchema = z.object({
  id: triggerIdSchema,
  type: z.enum(TRIGGER_TYPES),
  status: statusIdSchema,
  name: z.string().optional(),
  allowBackward: z.boolean().default(false),
  condition: conditionSchema.optional(),
  executeBy: z.string().optional(),
  settings: settingsRecordSchema,
});
export type Trigger = z.infer<typeof triggerSchema>;

export const positionSchema = z.object({ x: z.number(), y: z.number() });
export const viewportSchema = z.object({ x: z.number(), y: z.number(), zoom: z.number().positive() });

/** Canvas layout: where the user put cards, and the viewport. Optional; backends ignore it. */
export const layoutSchema = z
  .object({
    positions: z.record(z.string(), positionSchema).optional(),
    viewport: viewportSchema.optional(),
  })
  .loose();
export type Layout = z.infer<typeof layoutSchema>;

/** The flow document (docs/semantics.md §5). Unknown top-level keys are kept for forward compatibility. */
export const flowSchema = z
  .object({
    format: z.literal(FLOW_FORMAT),
    version: z.literal(FLOW_VERSION),
    id: flowIdSchema,
    name: z.string(),
    settings: flowSettingsSchema.default({ timezone: 'UTC' }),
    statuses: z
      .array(statusSchema)
      .min(1, 'A flow needs at least one status')
      .max(50, 'A flow has at most 50 statuses'),
    robots: z.array(robotSchema).default([]),
    triggers: z.array(triggerSchema).default([]),
    layout: layoutSchema.optional(),
    /**
     * The design's scenarios, carried with it (export, share link, a saved copy). Optional and
     * additive, so version 1 stays: a reader of the format before this list existed keeps it as an
     * unknown top-level key and writes it back unchanged, and no document changes meaning.
     */
    scenarios: z.array(scenarioSchema).optional(),
  })
  .loose();
export type Flow = z.infer<typeof flowSchema>;
export type FlowInput = z.input<typeof flowSchema>;
