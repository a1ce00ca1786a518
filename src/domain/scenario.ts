import { z } from 'zod';
import { expectationSchema, skipSchema } from './expectations';
import { EMAIL_TYPES, PHONE_TYPES } from './fields';
import { robotIdSchema, statusIdSchema } from './ids';
import { durationSchema, instantOrDurationSchema, instantSchema } from './instant';
import { EVENT_TYPES } from './types';

export const SCENARIO_FORMAT = 'orderflow.scenario';
export const SCENARIO_VERSION = 1;

export { durationSchema, instantOrDurationSchema, instantSchema };

export const phoneSchema = z.object({ type: z.enum(PHONE_TYPES), value: z.string() });
export const emailSchema = z.object({ type: z.enum(EMAIL_TYPES), value: z.string() });
export type Phone = z.infer<typeof phoneSchema>;
export type Email = z.infer<typeof emailSchema>;

export const contactSchema = z.object({
  name: z.string().default(''),
  phones: z.array(phoneSchema).default([]),
  emails: z.array(emailSchema).default([]),
  chat: z.string().default(''),
});
export type Contact = z.infer<typeof contactSchema>;

export const companySchema = z.object({
  name: z.string().default(''),
  phones: z.array(phoneSchema).default([]),
  emails: z.array(emailSchema).default([]),
});
export type Company = z.infer<typeof companySchema>;

/** The order's `order.*` fields; `custom` holds the custom ones. Open: backends may add more. */
export const orderFieldsSchema = z
  .object({
    id: z.string().optional(),
    accountNumber: z.string().optional(),
    price: z.number().optional(),
    currency: z.string().optional(),
    paid: z.boolean().optional(),
    canceled: z.boolean().optional(),
    cancelReason: z.string().optional(),
    allowDelivery: z.boolean().optional(),
    shipped: z.boolean().optional(),
    trackingNumber: z.string().optional(),
    deliveryStatus: z.enum(['none', 'allowed', 'shipped', 'delivered']).optional(),
    dateInsert: z.string().optional(),
    paymentDueDate: z.string().optional(),
    deliveryDate: z.string().optional(),
    shopTitle: z.string().optional(),
    shopUrl: z.string().optional(),
    responsibleId: z.string().optional(),
    custom: z.record(z.string(), z.unknown()).optional(),
  })
  .loose();
export type OrderFields = z.infer<typeof orderFieldsSchema>;

/** Reference data (docs/semantics.md §7). In a scenario each key given replaces that default list. */
export const employeeSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().optional(),
  phone: z.string().optional(),
  supervisorId: z.string().optional(),
});
export const mailboxSchema = z.object({ id: z.string(), address: z.string(), name: z.string() });
export const numberSchema = z.object({ id: z.string(), number: z.string(), name: z.string() });
export const smsProviderSchema = z.object({ id: z.string(), name: z.string(), configured: z.boolean() });
export const namedRefSchema = z.object({ id: z.string(), name: z.string() });
export const customFieldSchema = z.object({
  name: z.string().regex(/^[A-Za-z0-9_]+$/, 'Custom field names use letters, digits and _'),
  type: z.enum(['string', 'number', 'boolean', 'datetime', 'enum', 'phones', 'emails', 'any']),
});
export const voiceSchema = z.object({ id: z.string(), name: z.string(), language: z.string() });

export const environmentSchema = z
  .object({
    employees: z.array(employeeSchema),
    mailboxes: z.array(mailboxSchema),
    numbers: z.array(numberSchema),
    smsProviders: z.array(smsProviderSchema),
    workflows: z.array(namedRefSchema),
    forms: z.array(namedRefSchema),
    openChannels: z.array(namedRefSchema),
    documentTemplates: z.array(namedRefSchema),
    customFields: z.array(customFieldSchema),
    voices: z.array(voiceSchema),
    codeSequence: z.number().int().nonnegative(),
  })
  .partial()
  .loose();
export type EnvironmentInput = z.infer<typeof environmentSchema>;
export type Employee = z.infer<typeof employeeSchema>;
export type Mailbox = z.infer<typeof mailboxSchema>;
export type OriginationNumber = z.infer<typeof numberSchema>;
export type SmsProvider = z.infer<typeof smsProviderSchema>;
export type NamedRef = z.infer<typeof namedRefSchema>;
export type Voice = z.infer<typeof voiceSchema>;

/** Reference data with every list present (defaults filled in). */
export type Environment = {
  employees: Employee[];
  mailboxes: Mailbox[];
  numbers: OriginationNumber[];
  smsProviders: SmsProvider[];
  workflows: NamedRef[];
  forms: NamedRef[];
  openChannels: NamedRef[];
  documentTemplates: NamedRef[];
  customFields: z.infer<typeof customFieldSchema>[];
  voices: Voice[];
  codeSequence: number;
};

export const eventDataSchema = z.record(z.string(), z.unknown());

export const scenarioEventSchema = z.object({
  at: instantOrDurationSchema,
  type: z.enum(EVENT_TYPES),
  data: eventDataSchema.optional(),
});
export type ScenarioEvent = z.infer<typeof scenarioEventSchema>;

export const reactionSchema = z.object({
  on: z.enum(EVENT_TYPES),
  robot: robotIdSchema.optional(),
  after: durationSchema,
  emit: z.object({ type: z.enum(EVENT_TYPES), data: eventDataSchema.optional() }),
});
export type Reaction = z.infer<typeof reactionSchema>;

export const limitsSchema = z.object({
  maxTransitions: z.number().int().nonnegative().optional(),
  maxEntries: z.number().int().positive().optional(),
});

/** The scenario document (docs/semantics.md §5): one hypothetical order and what happens to it. */
export const scenarioSchema = z
  .object({
    format: z.literal(SCENARIO_FORMAT),
    version: z.literal(SCENARIO_VERSION),
    name: z.string().default(''),
    start: z.object({ status: statusIdSchema, at: instantSchema }),
    until: instantOrDurationSchema.optional(),
    order: orderFieldsSchema.default({}),
    contact: contactSchema.default({ name: '', phones: [], emails: [], chat: '' }),
    company: companySchema.optional(),
    environment: environmentSchema.optional(),
    events: z.array(scenarioEventSchema).default([]),
    reactions: z.array(reactionSchema).optional(),
    limits: limitsSchema.optional(),
    /** What must happen in the run (docs/semantics.md §5 Expectations), judged by `orderflow test` and the Tests tab. */
    expect: z.array(expectationSchema).optional(),
    /** Pauses skipped in the simulator, replayed in order so the CLI gives the same timeline. */
    skips: z.array(skipSchema).optional(),
  })
  .loose();
export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
