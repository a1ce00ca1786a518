import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { FLOW_KIND } from '../../src/io/kinds';
import { loadDocumentValue } from '../../src/io/load';
import type { MockDb } from '../db';
import { conflictBody, failure, jsonBody, recordBody, summaryBody } from './respond';

const saveBodySchema = z.object({ flow: z.unknown(), baseRevision: z.number().int().nonnegative() });
const createBodySchema = z.object({ flow: z.unknown().optional() }).optional();
const publishBodySchema = z.object({ revision: z.number().int().nonnegative() });

/** Reads a flow sent by the client the way the real backend would: migrate, then validate. */
function readFlow(value: unknown) {
  const loaded = loadDocumentValue(value, FLOW_KIND);
  return loaded.ok
    ? ({ ok: true, flow: loaded.value } as const)
    : ({
        ok: false,
        response: failure(400, 'The flow is not a valid Orderflow document.', { errors: loaded.errors }),
      } as const);
}

const notFound = (id: string) => failure(404, `There is no flow "${id}".`);

/** The stateful flows API over `db`: list, get, create, save with revisions, duplicate, delete, publish. */
export function flowHandlers(db: MockDb) {
  return [
    http.get('*/api/flows', () => HttpResponse.json({ flows: db.list().map(summaryBody) })),

    http.post('*/api/flows', async ({ request }) => {
      const body = createBodySchema.safeParse(await jsonBody(request));
      if (!body.success) return failure(400, 'Expected {flow?}.');
      if (body.data?.flow === undefined) return HttpResponse.json(recordBody(db.create()), { status: 201 });
      const read = readFlow(body.data.flow);
      if (!read.ok) return read.response;
      return HttpResponse.json(recordBody(db.create(read.flow)), { status: 201 });
    }),

    http.get<{ id: string }>('*/api/flows/:id', ({ params }) => {
      const record = db.get(params.id);
      return record ? HttpResponse.json(recordBody(record)) : notFound(params.id);
    }),

    http.put<{ id: string }>('*/api/flows/:id', async ({ params, request }) => {
      const body = saveBodySchema.safeParse(await jsonBody(request));
      if (!body.success) return failure(400, 'Expected {flow, baseRevision}.');
      const read = readFlow(body.data.flow);
      if (!read.ok) return read.response;
      if (read.flow.id !== params.id)
        return failure(400, `The flow's id is "${read.flow.id}", not "${params.id}".`);
      const outcome = db.save(params.id, read.flow, body.data.baseRevision);
      if (outcome.kind === 'not-found') return notFound(params.id);
      if (outcome.kind === 'conflict')
        return HttpResponse.json(conflictBody(outcome.current), { status: 409 });
      return HttpResponse.json({ revision: outcome.record.revision, updatedAt: outcome.record.updatedAt });
    }),

    http.delete<{ id: string }>('*/api/flows/:id', ({ params }) =>
      db.remove(params.id) ? new HttpResponse(null, { status: 204 }) : notFound(params.id),
    ),

    http.post<{ id: string }>('*/api/flows/:id/duplicate', ({ params }) => {
      const record = db.duplicate(params.id);
      return record ? HttpResponse.json(recordBody(record), { status: 201 }) : notFound(params.id);
    }),

    http.post<{ id: string }>('*/api/flows/:id/publish', async ({ params, request }) => {
      const body = publishBodySchema.safeParse(await jsonBody(request));
      if (!body.success) return failure(400, 'Expected {revision}.');
      const outcome = db.publish(params.id, body.data.revision);
      switch (outcome.kind) {
        case 'not-found':
          return notFound(params.id);
        case 'conflict':
          return HttpResponse.json(conflictBody(outcome.current), { status: 409 });
        case 'invalid':
          return failure(422, 'The design has errors.', { problems: outcome.problems });
        case 'published':
          return HttpResponse.json({
            publishedRevision: outcome.record.publishedRevision,
            publishedAt: outcome.record.publishedAt,
          });
      }
    }),
  ];
}
