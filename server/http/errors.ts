import type { FastifyError, FastifyInstance } from 'fastify';
import { HttpError } from './body';

declare module 'fastify' {
  interface FastifyRequest {
    /** A failure to report on the request's one log line. */
    failure?: { message: string; stack?: string | undefined };
  }
}

/**
 * Every error becomes a JSON body with a `message` (and `errors`, `problems`, `current` where a
 * route adds them). A 5xx answer says only that something went wrong: the stack goes to the log.
 */
export function errorReplies(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    if (error instanceof HttpError)
      return reply.code(error.statusCode).send({ message: error.message, ...error.extra });
    const status = error.statusCode ?? 500;
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413)
      return reply.code(413).send({ message: 'The body is larger than 10 MB.' });
    if (status >= 400 && status < 500) return reply.code(status).send({ message: error.message });
    request.failure = { message: error.message, stack: error.stack };
    return reply.code(500).send({ message: 'The server had a problem; it has been logged.' });
  });

  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ message: `Nothing at ${request.method} ${request.url.split('?')[0]}.` }),
  );
}
