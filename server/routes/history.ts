import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { HttpError, readBody } from '../http/body';
import type { FlowStore } from '../store/flows';

const revisionParam = z.coerce.number().int().positive();

/** GET /api/flows/{id}/revisions and /revisions/{n}: who saved what when, and any revision's document. */
export function historyRoutes(app: FastifyInstance, flows: FlowStore): void {
  const viewer = { config: { role: 'viewer' as const } };

  app.get<{ Params: { id: string } }>('/api/flows/:id/revisions', viewer, async (request) => {
    const history = await flows.history(request.params.id);
    if (!history) throw new HttpError(404, `There is no flow "${request.params.id}".`);
    return history;
  });

  app.get<{ Params: { id: string; n: string } }>('/api/flows/:id/revisions/:n', viewer, async (request) => {
    const n = readBody(revisionParam, request.params.n, 'a revision number');
    const found = await flows.revision(request.params.id, n);
    if (!found) throw new HttpError(404, `There is no revision ${n} of flow "${request.params.id}".`);
    return found;
  });
}
