import type { FastifyInstance } from 'fastify';
import type { ScenarioStore } from '../store/scenarios';
import { z } from 'zod';
import { lintFlow } from '../../src/domain/lint';
import { DEFAULT_FLOW } from '../../src/domain/samples';
import { userOf } from '../auth/guard';
import { HttpError, readBody } from '../http/body';
import type { FlowRecordRow, FlowStore } from '../store/flows';
import { readFlow } from './readFlow';

const revision = z.number().int().nonnegative();
const saveSchema = z.object({ flow: z.unknown(), baseRevision: revision });
const createSchema = z.object({ flow: z.unknown().optional() }).optional();
const publishSchema = z.object({ revision });

type IdParams = { Params: { id: string } };

const notFound = (id: string) => new HttpError(404, `There is no flow "${id}".`);

const conflict = (current: { flow: unknown; revision: number }) =>
  new HttpError(409, `The flow is at revision ${current.revision}.`, { current });

/** The flows API of docs/openapi.json, as the mocked backend answers it. */
export function flowRoutes(app: FastifyInstance, flows: FlowStore, scenarios: ScenarioStore): void {
  const viewer = { config: { role: 'viewer' as const } };
  const editor = { config: { role: 'editor' as const } };

  app.get('/api/flows', viewer, async () => ({ flows: await flows.list() }));

  app.post('/api/flows', editor, async (request, reply) => {
    const body = readBody(createSchema, request.body, '{flow?}');
    const flow =
      body?.flow === undefined ? { ...structuredClone(DEFAULT_FLOW), name: 'New flow' } : readFlow(body.flow);
    return reply.code(201).send(await flows.create(flow, userOf(request).username));
  });

  app.get<IdParams>('/api/flows/:id', viewer, async (request) => {
    const record = await flows.get(request.params.id);
    if (!record) throw notFound(request.params.id);
    return record;
  });

  app.put<IdParams>('/api/flows/:id', editor, async (request) => {
    const { id } = request.params;
    const body = readBody(saveSchema, request.body, '{flow, baseRevision}');
    const flow = readFlow(body.flow);
    if (flow.id !== id) throw new HttpError(400, `The flow's id is "${flow.id}", not "${id}".`);
    const outcome = await flows.save(id, flow, body.baseRevision, userOf(request).username);
    if (outcome.kind === 'not-found') throw notFound(id);
    if (outcome.kind === 'conflict') throw conflict(outcome.current);
    return { revision: outcome.revision, updatedAt: outcome.updatedAt };
  });

  // Deleting drops a design with all its history: publishers only.
  app.delete<IdParams>('/api/flows/:id', { config: { role: 'publisher' } }, async (request, reply) => {
    if (!(await flows.remove(request.params.id))) throw notFound(request.params.id);
    return reply.code(204).send();
  });

  app.post<IdParams>('/api/flows/:id/duplicate', editor, async (request, reply) => {
    const record: FlowRecordRow | undefined = await flows.get(request.params.id);
    if (!record) throw notFound(request.params.id);
    const copy = { ...record.flow, name: `${record.flow.name} (copy)` };
    const by = userOf(request).username;
    const created = await flows.create(copy, by);
    // A copy of a design is a copy of its tests too (as the mocked backend does).
    for (const kept of await scenarios.list(record.flow.id))
      await scenarios.put(created.flow.id, kept.id, kept.name, kept.scenario, by);
    return reply.code(201).send(created);
  });

  app.post<IdParams>('/api/flows/:id/publish', { config: { role: 'publisher' } }, async (request) => {
    const { id } = request.params;
    const body = readBody(publishSchema, request.body, '{revision}');
    const errorsOf = (flow: Parameters<typeof lintFlow>[0]) =>
      lintFlow(flow).filter((p) => p.severity === 'error');
    const outcome = await flows.publish(id, body.revision, userOf(request).username, errorsOf);
    switch (outcome.kind) {
      case 'not-found':
        throw notFound(id);
      case 'conflict':
        throw conflict(outcome.current);
      case 'invalid':
        throw new HttpError(422, 'The design has errors.', { problems: outcome.problems });
      case 'published':
        return { publishedRevision: outcome.publishedRevision, publishedAt: outcome.publishedAt };
    }
  });
}
