import { http, HttpResponse } from 'msw';
import { DEFAULT_ENVIRONMENT } from '../../src/domain/reference/defaultEnvironment';
import { environmentSchema } from '../../src/domain/scenario';

/*
 * Reference data is the built-in environment, parsed through the same zod schema the client
 * validates with, so the mock can never serve a shape the real API would not; and lint in the
 * designer judges references against the very lists the backend serves.
 */
const reference = environmentSchema.parse(DEFAULT_ENVIRONMENT);

export const referenceHandlers = [http.get('*/api/reference', () => HttpResponse.json(reference))];
