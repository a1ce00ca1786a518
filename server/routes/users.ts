import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { HttpError, readBody } from '../http/body';
import type { UserStore } from '../store/users';
import { ROLES, USERNAME } from '../store/users';

const addSchema = z.object({
  username: z.string().regex(USERNAME),
  password: z.string().min(8).max(1000),
  role: z.enum(ROLES),
});
const changeSchema = z.object({
  password: z.string().min(8).max(1000).optional(),
  role: z.enum(ROLES).optional(),
});

/** Users, for admins: list, add, change password or role, remove. */
export function userRoutes(app: FastifyInstance, users: UserStore): void {
  const admin = { config: { role: 'admin' as const } };

  app.get('/api/users', admin, async () => ({ users: await users.list() }));

  app.post('/api/users', admin, async (request, reply) => {
    const body = readBody(addSchema, request.body, '{username, password (8+ characters), role}');
    if ((await users.add(body.username, body.password, body.role)) === 'exists')
      throw new HttpError(409, `There is already a user "${body.username}".`);
    return reply.code(201).send({ user: { username: body.username, role: body.role } });
  });

  app.patch<{ Params: { username: string } }>('/api/users/:username', admin, async (request) => {
    const body = readBody(changeSchema, request.body, '{password?, role?}');
    const { username } = request.params;
    const found =
      (body.password === undefined || (await users.setPassword(username, body.password))) &&
      (body.role === undefined || (await users.setRole(username, body.role)));
    if (!found) throw new HttpError(404, `There is no user "${username}".`);
    return { user: (await users.list()).find((u) => u.username === username) };
  });

  app.delete<{ Params: { username: string } }>('/api/users/:username', admin, async (request, reply) => {
    if (request.params.username === request.user?.username)
      throw new HttpError(409, 'You cannot remove yourself; another admin can.');
    if (!(await users.remove(request.params.username)))
      throw new HttpError(404, `There is no user "${request.params.username}".`);
    return reply.code(204).send();
  });
}
