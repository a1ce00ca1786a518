import { existsSync } from 'node:fs';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { LogController } from 'fastify';
import type { FastifyInstance } from 'fastify';
import { sessionGuard } from './auth/guard';
import { signInThrottle } from './auth/throttle';
import type { Database } from './db/types';
import { BODY_LIMIT, HttpError, jsonBodies } from './http/body';
import { errorReplies } from './http/errors';
import { requestLog } from './http/logging';
import { isCrossSiteWrite, securityHeaders } from './http/security';
import { flowRoutes } from './routes/flows';
import { historyRoutes } from './routes/history';
import { referenceRoutes } from './routes/reference';
import { scenarioRoutes } from './routes/scenarios';
import { sessionRoutes } from './routes/session';
import { userRoutes } from './routes/users';
import { flowStore } from './store/flows';
import { scenarioStore } from './store/scenarios';
import { userStore } from './store/users';

export interface AppOptions {
  db: Database;
  /** The production build to serve next to the API; none in API-only tests. */
  staticDir?: string | undefined;
  /** pino options or false; tests pass a stream to read the log lines. */
  logger?: boolean | { level?: string; stream?: { write(line: string): void } };
  secureCookie?: boolean;
  now?: () => Date;
}

/** The whole server as a Fastify instance, not listening yet (tests call `inject`). */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const now = options.now ?? (() => new Date());
  const app = Fastify({
    logger: options.logger ?? { level: 'info' },
    // Fastify's own two lines per request are replaced by requestLog's one.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT,
  });
  const users = userStore(options.db, now);

  await app.register(cookie);
  jsonBodies(app);
  securityHeaders(app);
  errorReplies(app);
  requestLog(app);
  app.addHook('onRequest', async (request) => {
    if (isCrossSiteWrite(request.method, request.headers))
      throw new HttpError(403, 'Requests from other sites are refused.');
  });
  sessionGuard(app, users);

  sessionRoutes(app, { users, throttle: signInThrottle(), secureCookie: options.secureCookie ?? false });
  userRoutes(app, users);
  referenceRoutes(app);
  const flows = flowStore(options.db, now);
  const scenarios = scenarioStore(options.db, now);
  flowRoutes(app, flows, scenarios);
  historyRoutes(app, flows);
  scenarioRoutes(app, scenarios);

  if (options.staticDir && existsSync(options.staticDir)) {
    await app.register(fastifyStatic, { root: options.staticDir, index: 'index.html' });
  }
  return app;
}
