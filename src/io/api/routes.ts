/**
 * Every endpoint the client calls, in OpenAPI path syntax. The client builds its URLs from this table
 * only, and a unit test checks it against docs/openapi.json in both directions.
 */
export const API_ROUTES = {
  reference: { method: 'GET', path: '/api/reference' },
  listFlows: { method: 'GET', path: '/api/flows' },
  createFlow: { method: 'POST', path: '/api/flows' },
  getFlow: { method: 'GET', path: '/api/flows/{id}' },
  saveFlow: { method: 'PUT', path: '/api/flows/{id}' },
  deleteFlow: { method: 'DELETE', path: '/api/flows/{id}' },
  duplicateFlow: { method: 'POST', path: '/api/flows/{id}/duplicate' },
  publishFlow: { method: 'POST', path: '/api/flows/{id}/publish' },
  getScenarios: { method: 'GET', path: '/api/flows/{id}/scenarios' },
  putScenarios: { method: 'PUT', path: '/api/flows/{id}/scenarios' },
} as const;

export type ApiRouteName = keyof typeof API_ROUTES;
export type HttpMethod = (typeof API_ROUTES)[ApiRouteName]['method'];

/** `/api/flows/{id}` with `{id: 'a b'}` → `/api/flows/a%20b`. */
export function routePath(name: ApiRouteName, params: Record<string, string> = {}): string {
  return API_ROUTES[name].path.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`Missing path parameter "${key}" for ${name}.`);
    return encodeURIComponent(value);
  });
}
