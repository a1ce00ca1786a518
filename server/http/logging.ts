import type { FastifyInstance } from 'fastify';

/**
 * One JSON line per request, written when the answer has gone out: who asked what, the status and
 * how long it took (plus the error of a 500). Bodies, cookies and passwords are never logged.
 */
export function requestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    const line = {
      method: request.method,
      url: request.url,
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
      ...(request.user ? { user: request.user.username } : {}),
      ...(request.failure ? { error: request.failure } : {}),
    };
    if (reply.statusCode >= 500) request.log.error(line, 'request');
    else request.log.info(line, 'request');
  });
}
