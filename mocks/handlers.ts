import { http, HttpResponse } from 'msw';
import { DEFAULT_ENVIRONMENT } from '../src/domain/reference/defaultEnvironment';
import { environmentSchema } from '../src/domain/scenario';

/**
 * The mocked backend (SPEC §7), shared by the dev server's service worker and the tests' node server.
 * Fixtures are parsed through the same zod schema the client validates with, so the mock can never
 * serve a shape the real API would not. The full API (flows, revisions, 409) comes with its issue.
 */
const reference = environmentSchema.parse(DEFAULT_ENVIRONMENT);

export const handlers = [http.get('/api/reference', () => HttpResponse.json(reference))];
