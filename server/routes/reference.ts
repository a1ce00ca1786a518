import type { FastifyInstance } from 'fastify';
import { DEFAULT_ENVIRONMENT } from '../../src/domain/reference/defaultEnvironment';
import { environmentSchema } from '../../src/domain/scenario';

// The built-in reference data, through the client's own schema, exactly as the mocked backend serves it.
const reference = environmentSchema.parse(DEFAULT_ENVIRONMENT);

export function referenceRoutes(app: FastifyInstance): void {
  app.get('/api/reference', { config: { role: 'viewer' } }, async () => reference);
}
