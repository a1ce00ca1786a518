import { z } from 'zod';

/** docs/semantics.md §5 delays ("Run"): when a reached robot actually runs. */
export const DELAY_UNITS = ['minutes', 'hours', 'days'] as const;
export type DelayUnit = (typeof DELAY_UNITS)[number];

export const hhmmSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected a time as HH:MM');

const common = { workTime: z.boolean().optional() };

export const delaySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('immediate'), ...common }),
  z.object({
    type: z.literal('after'),
    value: z.number().nonnegative(),
    unit: z.enum(DELAY_UNITS),
    basis: z.string().min(1).optional(),
    ...common,
  }),
  z.object({
    type: z.literal('before'),
    value: z.number().nonnegative(),
    unit: z.enum(DELAY_UNITS),
    basis: z.string().min(1),
    ...common,
  }),
  z.object({ type: z.literal('at'), basis: z.string().min(1), time: hhmmSchema.optional(), ...common }),
]);
export type Delay = z.infer<typeof delaySchema>;

/** An interval such as a task deadline: N units after the run time. */
export const intervalSchema = z.object({ value: z.number().nonnegative(), unit: z.enum(DELAY_UNITS) });
export type Interval = z.infer<typeof intervalSchema>;

/** The delay's basis field, when it has one. */
export const delayBasis = (delay: Delay): string | undefined => ('basis' in delay ? delay.basis : undefined);
