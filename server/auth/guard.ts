import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from '../http/body';
import type { Role, User, UserStore } from '../store/users';
import { roleAllows } from '../store/users';

export const SESSION_COOKIE = 'orderflow_session';

declare module 'fastify' {
  interface FastifyRequest {
    user?: User;
  }
  interface FastifyContextConfig {
    /** The least role a route needs; `public` routes need no session. */
    role?: Role | 'public';
  }
}

/** The signed-in user; routes behind the guard always have one. */
export function userOf(request: FastifyRequest): User {
  if (!request.user) throw new HttpError(401, 'Sign in first.');
  return request.user;
}

/**
 * Every /api route needs a session (401) and, when it declares one, a role (403). A route states
 * its role in its config; one that forgets gets 'admin', so a new route is closed until opened.
 */
export function sessionGuard(app: FastifyInstance, users: UserStore): void {
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const needed = request.is404 ? 'viewer' : (request.routeOptions.config.role ?? 'admin');
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.user = await users.sessionUser(token);
    if (needed === 'public') return;
    if (!request.user) throw new HttpError(401, 'Sign in first.');
    if (!roleAllows(request.user.role, needed))
      throw new HttpError(403, `This needs the ${needed} role; you are ${request.user.role}.`);
  });
}
