import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { parseJsonText } from '../../src/io/json';
import { jsonPath } from '../../src/io/problems';

/** The largest body accepted; a bigger one is answered 413 before it is read to the end. */
export const BODY_LIMIT = 10 * 1024 * 1024;

/** An error a route throws to answer with a status and a JSON body (never a stack). */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/**
 * JSON bodies go through the designer's own parser, so a syntax error comes back with the line and
 * column the import dialog would show; an empty body reads as "no body".
 */
export function jsonBodies(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: BODY_LIMIT },
    (_req, body, done) => {
      const text = body as string;
      if (text.trim() === '') return done(null, undefined);
      const parsed = parseJsonText(text);
      if (parsed.ok) return done(null, parsed.value);
      done(new HttpError(400, 'The body is not JSON.', { errors: [parsed.error] }));
    },
  );
}

/** Checks a body with a zod schema; a mismatch is a 400 listing each problem's JSON path. */
export function readBody<S extends z.ZodType>(schema: S, body: unknown, expected: string): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw new HttpError(400, `Expected ${expected}.`, {
    errors: parsed.error.issues.slice(0, 20).map((issue) => ({
      code: 'OF400',
      path: jsonPath(issue.path.filter((p): p is string | number => typeof p !== 'symbol')),
      message: issue.message,
    })),
  });
}
