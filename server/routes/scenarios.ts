import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { userOf } from '../auth/guard';
import { HttpError, readBody } from '../http/body';
import type { ScenarioStore } from '../store/scenarios';
import { readScenario } from './readFlow';

const putSchema = z.object({ scenario: z.unknown() });
const scenarioId = z.string().regex(/^[A-Za-z0-9._-]{1,100}$/);

type Params = { Params: { id: string; scenarioId: string } };

/** Scenarios stored with their flow: list (viewer), create or replace and delete (editor). */
export function scenarioRoutes(app: FastifyInstance, scenarios: ScenarioStore): void {
  app.get<{ Params: { id: string } }>(
    '/api/flows/:id/scenarios',
    { config: { role: 'viewer' } },
    async (request) => ({
      scenarios: await scenarios.list(request.params.id),
    }),
  );

  app.put<Params>('/api/flows/:id/scenarios/:scenarioId', { config: { role: 'editor' } }, async (request) => {
    const id = readBody(
      scenarioId,
      request.params.scenarioId,
      'a scenario id of letters, digits, ".", "_" or "-"',
    );
    const body = readBody(putSchema, request.body, '{scenario}');
    const scenario = readScenario(body.scenario);
    const stored = await scenarios.put(
      request.params.id,
      id,
      scenario.name,
      body.scenario,
      userOf(request).username,
    );
    if (!stored) throw new HttpError(404, `There is no flow "${request.params.id}".`);
    return stored;
  });

  app.delete<Params>(
    '/api/flows/:id/scenarios/:scenarioId',
    { config: { role: 'editor' } },
    async (request, reply) => {
      if (!(await scenarios.remove(request.params.id, request.params.scenarioId)))
        throw new HttpError(404, `There is no scenario "${request.params.scenarioId}".`);
      return reply.code(204).send();
    },
  );
}
