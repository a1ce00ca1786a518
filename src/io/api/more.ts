import type { ApiClient } from './client';
import { noBody } from './client';
import type { ApiResult } from './errors';
import { request } from './http';
import { routePath } from './routes';
import type { RevisionHistory, Role, StoredRevision, StoredScenario, User } from './schemas';
import {
  revisionResponseSchema,
  revisionsResponseSchema,
  scenariosResponseSchema,
  storedScenarioSchema,
  userResponseSchema,
  usersResponseSchema,
} from './schemas';

/**
 * The calls the first screen never makes — revision history, stored scenarios, users — over the
 * same connection as `api`. Apart from ApiClient so they load with the parts that use them (the
 * history view) and stay out of the first page load.
 */
export interface MoreApi {
  /** GET /api/flows/{id}/revisions: who saved each revision when, and who published which. */
  listRevisions(id: string): Promise<ApiResult<RevisionHistory>>;
  /** GET /api/flows/{id}/revisions/{n}: that revision's document. */
  getRevision(id: string, n: number): Promise<ApiResult<StoredRevision>>;
  listScenarios(id: string): Promise<ApiResult<StoredScenario[]>>;
  /** PUT /api/flows/{id}/scenarios/{scenarioId}: creates or replaces one scenario. */
  putScenario(id: string, scenarioId: string, scenario: unknown): Promise<ApiResult<StoredScenario>>;
  deleteScenario(id: string, scenarioId: string): Promise<ApiResult<void>>;
  listUsers(): Promise<ApiResult<User[]>>;
  addUser(username: string, password: string, role: Role): Promise<ApiResult<User>>;
  /** A new password (which signs the user out everywhere) or role. */
  changeUser(username: string, change: { password?: string; role?: Role }): Promise<ApiResult<User>>;
  removeUser(username: string): Promise<ApiResult<void>>;
}

export function moreApi(api: ApiClient): MoreApi {
  const transport = api.transport;
  const user = async (r: ApiResult<{ user: User }>): Promise<ApiResult<User>> =>
    r.ok ? { ok: true, value: r.value.user } : r;
  return {
    listRevisions: (id) =>
      request(transport, {
        method: 'GET',
        path: routePath('listRevisions', { id }),
        schema: revisionsResponseSchema,
      }),
    getRevision: (id, n) =>
      request(transport, {
        method: 'GET',
        path: routePath('getRevision', { id, n: String(n) }),
        schema: revisionResponseSchema,
      }),
    listScenarios: async (id) => {
      const r = await request(transport, {
        method: 'GET',
        path: routePath('listScenarios', { id }),
        schema: scenariosResponseSchema,
      });
      return r.ok ? { ok: true, value: r.value.scenarios } : r;
    },
    putScenario: (id, scenarioId, scenario) =>
      request(transport, {
        method: 'PUT',
        path: routePath('putScenario', { id, scenarioId }),
        body: { scenario },
        schema: storedScenarioSchema,
      }),
    deleteScenario: (id, scenarioId) =>
      noBody(transport, 'DELETE', routePath('deleteScenario', { id, scenarioId })),
    listUsers: async () => {
      const r = await request(transport, {
        method: 'GET',
        path: routePath('listUsers'),
        schema: usersResponseSchema,
      });
      return r.ok ? { ok: true, value: r.value.users } : r;
    },
    addUser: async (username, password, role) =>
      user(
        await request(transport, {
          method: 'POST',
          path: routePath('addUser'),
          body: { username, password, role },
          schema: userResponseSchema,
        }),
      ),
    changeUser: async (username, change) =>
      user(
        await request(transport, {
          method: 'PATCH',
          path: routePath('changeUser', { username }),
          body: change,
          schema: userResponseSchema,
        }),
      ),
    removeUser: (username) => noBody(transport, 'DELETE', routePath('removeUser', { username })),
  };
}
