import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import type { Scenario } from '../../src/domain/scenario';
import { SCENARIO_KIND } from '../../src/io/kinds';
import { loadDocumentValue } from '../../src/io/load';
import type { MockDb } from '../db';
import { failure, jsonBody } from './respond';

const bodySchema = z.object({ scenarios: z.array(z.unknown()) });

const notFound = (id: string) => failure(404, `There is no flow "${id}".`);

/**
 * The scenarios stored per flow (docs/semantics.md §7, docs/openapi.json): GET the list, PUT a new one. Each
 * scenario is read like an import; one that does not read refuses the whole list, with its path.
 */
export function scenarioHandlers(db: MockDb) {
  return [
    http.get<{ id: string }>('*/api/flows/:id/scenarios', ({ params }) => {
      const list = db.scenarios(params.id);
      return list ? HttpResponse.json({ scenarios: list }) : notFound(params.id);
    }),

    http.put<{ id: string }>('*/api/flows/:id/scenarios', async ({ params, request }) => {
      const body = bodySchema.safeParse(await jsonBody(request));
      if (!body.success) return failure(400, 'Expected {scenarios: [...]}.');
      const list: Scenario[] = [];
      for (const [i, item] of body.data.scenarios.entries()) {
        const loaded = loadDocumentValue(item, SCENARIO_KIND);
        if (!loaded.ok) {
          const errors = loaded.errors.map((e) => ({
            ...e,
            path: e.path.replace(/^\$/, `$.scenarios[${i}]`),
          }));
          return failure(400, `Scenario ${i + 1} is not a valid Orderflow scenario.`, { errors });
        }
        list.push(loaded.value);
      }
      if (!db.setScenarios(params.id, list)) return notFound(params.id);
      return HttpResponse.json({ scenarios: db.scenarios(params.id) });
    }),
  ];
}
