import { z } from 'zod';
import { conditionSchema } from '../domain/condition';
import { delaySchema } from '../domain/delay';
import { flowSchema } from '../domain/flow';
import { scenarioSchema } from '../domain/scenario';
import { timelineSchema } from '../domain/timeline';

export const SCHEMA_KINDS = ['flow', 'scenario', 'timeline'] as const;
export type SchemaKind = (typeof SCHEMA_KINDS)[number];

const SOURCES: Record<SchemaKind, { schema: z.ZodType; title: string; description: string }> = {
  flow: {
    schema: flowSchema,
    title: 'Orderflow flow, version 1',
    description: 'Statuses, automation rules (robots) and triggers of an online-store order pipeline.',
  },
  scenario: {
    schema: scenarioSchema,
    title: 'Orderflow scenario, version 1',
    description: 'A sample order, its reference data and the events that happen to it, for the simulator.',
  },
  timeline: {
    schema: timelineSchema,
    title: 'Orderflow timeline, version 1',
    description: 'What the simulator logged for one flow and scenario, and the order at the end.',
  },
};

/**
 * Shared sub-schemas get readable `$defs` names instead of zod's generated `__schema0`. A private
 * registry keeps these names out of zod's global one (which other modules may fill).
 */
function names() {
  const registry = z.registry<{ id: string; description?: string }>();
  registry.add(conditionSchema, {
    id: 'Condition',
    description: 'A leaf {field, op, value?} or a group all/any/not.',
  });
  registry.add(delaySchema, { id: 'Delay', description: 'When a reached robot runs ("Run").' });
  return registry;
}

/** The JSON Schema of one document format, generated from its zod schema (the single source of truth). */
export function jsonSchemaFor(kind: SchemaKind): Record<string, unknown> {
  const { schema, title, description } = SOURCES[kind];
  // `input`: the shape of a file people write, where keys with defaults may be left out.
  const generated = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', metadata: names() });
  const { $schema, ...rest } = generated;
  return { $schema, title, description, ...rest };
}
