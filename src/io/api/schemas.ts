import { z } from 'zod';
import type { Flow } from '../../domain/flow';
import type { Scenario } from '../../domain/scenario';
import { environmentSchema } from '../../domain/scenario';
import { FLOW_KIND, SCENARIO_KIND } from '../kinds';
import { loadDocumentValue } from '../load';

/*
 * The shapes the API answers with (docs/openapi.json describes the same ones for backend authors).
 * Flows are not checked with the bare zod schema but through the document loader, so a flow the
 * server stored in an older format version is migrated exactly as an imported file would be.
 */
export const serverFlowSchema = z.unknown().transform((value, ctx): Flow => {
  const loaded = loadDocumentValue(value, FLOW_KIND);
  if (loaded.ok) return loaded.value;
  for (const e of loaded.errors) ctx.addIssue({ code: 'custom', message: `${e.path}: ${e.message}` });
  return z.NEVER;
});

const revisionSchema = z.number().int().nonnegative();
const instantSchema = z.string().min(1);

/** GET /api/reference: the Environment lists; every list optional, unknown keys kept. */
export const referenceResponseSchema = environmentSchema;

export const flowSummarySchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  revision: revisionSchema,
  updatedAt: instantSchema,
  publishedRevision: revisionSchema.optional(),
});
export type FlowSummary = z.infer<typeof flowSummarySchema>;

export const flowListResponseSchema = z.object({ flows: z.array(flowSummarySchema) });

export const flowRecordSchema = z.object({
  flow: serverFlowSchema,
  revision: revisionSchema,
  updatedAt: instantSchema.optional(),
  publishedRevision: revisionSchema.optional(),
  publishedFlow: serverFlowSchema.optional(),
});
/** One stored flow: the latest revision and, once published, what is live. */
export type FlowRecord = z.infer<typeof flowRecordSchema>;

export const saveResponseSchema = z.object({ revision: revisionSchema, updatedAt: instantSchema.optional() });
export type SaveResult = z.infer<typeof saveResponseSchema>;

export const conflictResponseSchema = z.object({
  current: z.object({ flow: serverFlowSchema, revision: revisionSchema }),
});

export const publishResponseSchema = z.object({ publishedRevision: revisionSchema });
export type PublishResult = z.infer<typeof publishResponseSchema>;

export const remoteProblemSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  path: z.string(),
  message: z.string(),
});
export const problemsResponseSchema = z.object({ problems: z.array(remoteProblemSchema) });

/** Error bodies are informative only: a missing or odd body never hides the status. */
export const errorBodySchema = z.object({ message: z.string() }).loose();

/** `{scenarios: [...]}`: each item read like an imported scenario (migrated, validated). */
export const scenarioListResponseSchema = z.object({
  scenarios: z.array(z.unknown()).transform((items, ctx): Scenario[] =>
    items.flatMap((item, i) => {
      const loaded = loadDocumentValue(item, SCENARIO_KIND);
      if (loaded.ok) return [loaded.value];
      ctx.addIssue({ code: 'custom', path: [i], message: loaded.errors[0]?.message ?? 'Not a scenario' });
      return [];
    }),
  ),
});
