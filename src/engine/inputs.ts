import { z } from 'zod';
import type { Flow } from '../domain/flow';
import { flowSchema, triggerSchema } from '../domain/flow';
import { EVENT_TYPES } from '../domain/types';

/**
 * The flow schema the simulator reads. It is `flowSchema` with one widening: a trigger may listen to
 * any event type, including the events robots emit that have no trigger module of their own
 * (`chat.sent`, `sms.sent`, …). Conformance example ex3 has `chat.sent` triggers, and "where an
 * example shows a detail the SPEC's prose does not spell out, the example is the specification".
 * The engine matches triggers by their type string, so nothing else changes. Once `flowSchema`
 * itself accepts event types, this becomes `flowSchema` and can go.
 */
export const simulationFlowSchema = flowSchema.extend({
  triggers: z.array(triggerSchema.extend({ type: z.enum(EVENT_TYPES) })).default([]),
});

/** Parses a flow for simulation (see simulationFlowSchema). */
export function parseSimulationFlow(input: unknown): ReturnType<typeof safeParse> {
  return safeParse(input);
}

function safeParse(input: unknown) {
  const result = simulationFlowSchema.safeParse(input);
  return result.success
    ? { success: true as const, data: result.data as unknown as Flow }
    : { success: false as const, error: result.error };
}
