import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { SESSION_COOKIE, userOf } from '../auth/guard';
import type { SignInThrottle } from '../auth/throttle';
import { HttpError, readBody } from '../http/body';
import type { UserStore } from '../store/users';

const signInSchema = z.object({
  username: z.string().min(1).max(200),
  password: z.string().min(1).max(1000),
});

export interface SessionOptions {
  users: UserStore;
  throttle: SignInThrottle;
  /** Adds `Secure` to the cookie: set it when the server is reached over https. */
  secureCookie: boolean;
}

/** POST /api/session (sign in), DELETE /api/session (sign out), GET /api/me. */
export function sessionRoutes(app: FastifyInstance, { users, throttle, secureCookie }: SessionOptions): void {
  const cookieOptions = { httpOnly: true, sameSite: 'strict', path: '/', secure: secureCookie } as const;

  app.post('/api/session', { config: { role: 'public' } }, async (request, reply) => {
    const body = readBody(signInSchema, request.body, '{username, password}');
    const username = body.username.trim().toLowerCase();
    const wait = throttle.wait(username, request.ip);
    if (wait > 0) {
      reply.header('retry-after', String(Math.ceil(wait / 1000)));
      throw new HttpError(429, 'Too many failed sign-ins; wait before trying again.');
    }
    const user = await users.check(username, body.password);
    if (!user) {
      throttle.failed(username, request.ip);
      throw new HttpError(401, 'Wrong username or password.');
    }
    throttle.succeeded(username);
    const session = await users.openSession(user.username);
    reply.setCookie(SESSION_COOKIE, session.token, { ...cookieOptions, expires: session.expiresAt });
    return { user };
  });

  app.delete('/api/session', { config: { role: 'public' } }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await users.closeSession(token);
    reply.clearCookie(SESSION_COOKIE, cookieOptions);
    return reply.code(204).send();
  });

  app.get('/api/me', { config: { role: 'viewer' } }, async (request) => ({ user: userOf(request) }));
}
