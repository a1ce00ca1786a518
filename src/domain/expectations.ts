import { z } from 'zod';
import { instantOrDurationSchema, instantSchema } from './instant';

/*
 * Expectations (docs/semantics.md §5): statements a scenario makes about its own run, judged on the timeline by
 * the engine (engine/expectations.ts). Strict objects, so a union member is chosen by its keys and a
 * typo ("contain") is an error instead of an expectation that silently always holds.
 */

export const ROBOT_OUTCOMES = ['done', 'failed', 'skipped', 'cancelled', 'not-run', 'pending'] as const;
export type RobotOutcome = (typeof ROBOT_OUTCOMES)[number];
export const STATUS_OUTCOMES = ['entered', 'not-entered', 'final'] as const;
export type StatusOutcome = (typeof STATUS_OUTCOMES)[number];

export const robotExpectationSchema = z.strictObject({
  robot: z.string().min(1),
  is: z.enum(ROBOT_OUTCOMES),
  by: instantOrDurationSchema.optional(),
});

export const statusExpectationSchema = z.strictObject({
  status: z.string().min(1),
  is: z.enum(STATUS_OUTCOMES),
  by: instantOrDurationSchema.optional(),
});

/** A JSON value the output or field is compared with (as text for outputs, by value for fields). */
const jsonValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.unknown()),
  z.record(z.string(), z.unknown()),
]);

export const outputContainsSchema = z.strictObject({
  robot: z.string().min(1),
  output: z.string().min(1),
  contains: z.string(),
});
export const outputEqualsSchema = z.strictObject({
  robot: z.string().min(1),
  output: z.string().min(1),
  equals: jsonValue,
});

export const fieldExpectationSchema = z.strictObject({
  field: z.string().min(1),
  equals: jsonValue,
});

export const expectationSchema = z.union([
  robotExpectationSchema,
  statusExpectationSchema,
  outputContainsSchema,
  outputEqualsSchema,
  fieldExpectationSchema,
]);
export type Expectation = z.infer<typeof expectationSchema>;
export type RobotExpectation = z.infer<typeof robotExpectationSchema>;
export type StatusExpectation = z.infer<typeof statusExpectationSchema>;
export type OutputExpectation = z.infer<typeof outputContainsSchema> | z.infer<typeof outputEqualsSchema>;
export type FieldExpectation = z.infer<typeof fieldExpectationSchema>;

/** Which of the four kinds an expectation is. */
export function expectationKind(e: Expectation): 'robot' | 'status' | 'output' | 'field' {
  if ('field' in e) return 'field';
  if ('status' in e) return 'status';
  if ('output' in e) return 'output';
  return 'robot';
}

/**
 * A skipped pause (the simulator's "Skip pause"), recorded so the CLI replays the run byte for byte:
 * at `at`, after every job already due at that instant, the waiting run of `robot` runs at once.
 * `at` is the instant as the timeline writes it.
 */
export const skipSchema = z.strictObject({
  robot: z.string().min(1),
  at: instantSchema,
});
export type Skip = z.infer<typeof skipSchema>;
