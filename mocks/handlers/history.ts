import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { SCENARIO_KIND } from '../../src/io/kinds';
import { loadDocumentValue } from '../../src/io/load';
import type { MockDb } from '../db';
import { failure, jsonBody } from './respond';

const putScenarioSchema = z.object({ scenario: z.unknown() });

/** Revisions (GET list and one document) and scenarios per flow, as the real server answers them. */
export function historyHandlers(db: MockDb) {
  return [
    http.get<{ id: string }>('*/api/flows/:id/revisions', ({ params }) => {
      const history = db.history(params.id);
      return history ? HttpResponse.json(history) : failure(404, `There is no flow "${params.id}".`);
    }),

    http.get<{ id: string; n: string }>('*/api/flows/:id/revisions/:n', ({ params }) => {
      const found = db.revision(params.id, Number(params.n));
      return found
        ? HttpResponse.json(found)
        : failure(404, `There is no revision ${params.n} of flow "${params.id}".`);
    }),

    http.get<{ id: string }>('*/api/flows/:id/scenarios', ({ params }) =>
      HttpResponse.json({ scenarios: db.scenarios(params.id) ?? [] }),
    ),

    http.put<{ id: string; scenarioId: string }>(
      '*/api/flows/:id/scenarios/:scenarioId',
      async ({ params, request }) => {
        const body = putScenarioSchema.safeParse(await jsonBody(request));
        if (!body.success) return failure(400, 'Expected {scenario}.');
        const loaded = loadDocumentValue(body.data.scenario, SCENARIO_KIND);
        if (!loaded.ok)
          return failure(400, 'The scenario is not a valid Orderflow document.', { errors: loaded.errors });
        const stored = db.putScenario(params.id, params.scenarioId, loaded.value.name, body.data.scenario);
        return stored ? HttpResponse.json(stored) : failure(404, `There is no flow "${params.id}".`);
      },
    ),

    http.delete<{ id: string; scenarioId: string }>('*/api/flows/:id/scenarios/:scenarioId', ({ params }) =>
      db.removeScenario(params.id, params.scenarioId)
        ? new HttpResponse(null, { status: 204 })
        : failure(404, `There is no scenario "${params.scenarioId}".`),
    ),
  ];
}
