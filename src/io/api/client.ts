import type { Flow } from '../../domain/flow';
import type { EnvironmentInput, Scenario } from '../../domain/scenario';
import type { ApiResult } from './errors';
import { conflictError, httpError } from './errors';
import type { TransportOptions } from './http';
import { request } from './http';
import { routePath } from './routes';
import type { FlowRecord, FlowSummary, Me, PublishResult, SaveResult, User } from './schemas';
import { SCENARIO_KIND } from '../kinds';
import { loadDocumentValue } from '../load';
import { scenarioSlotId, scenariosInOrder } from './storedScenarios';
import {
  meResponseSchema,
  scenariosResponseSchema,
  storedScenarioSchema,
  sessionResponseSchema,
  conflictResponseSchema,
  flowListResponseSchema,
  flowRecordSchema,
  problemsResponseSchema,
  publishResponseSchema,
  referenceResponseSchema,
  saveResponseSchema,
} from './schemas';

export interface ApiClientOptions {
  /** Where the API lives; default `VITE_API_URL`, else the page's own origin. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Per attempt; default 10 s. */
  timeoutMs?: number;
  /** Extra attempts for reads; default 2. */
  retries?: number;
  /** First retry delay; default 300 ms, doubling. */
  backoffMs?: number;
}

/** Every call an Orderflow front end makes to its backend (docs/semantics.md §7; docs/openapi.json). */
export interface ApiClient {
  /** GET /api/reference: employees, mailboxes, numbers, SMS providers, voices and the other lists. */
  getReference(signal?: AbortSignal): Promise<ApiResult<EnvironmentInput>>;
  /** GET /api/flows: the flows screen's list. */
  listFlows(signal?: AbortSignal): Promise<ApiResult<FlowSummary[]>>;
  /** GET /api/flows/{id}: the latest revision and what is published. */
  getFlow(id: string, signal?: AbortSignal): Promise<ApiResult<FlowRecord>>;
  /** PUT /api/flows/{id}: saves over `baseRevision`; a stale one fails with kind `conflict`. */
  saveFlow(flow: Flow, baseRevision: number): Promise<ApiResult<SaveResult>>;
  /** POST /api/flows: a new flow, from `flow` or (without it) from the server's default. */
  createFlow(flow?: Flow): Promise<ApiResult<FlowRecord>>;
  /** POST /api/flows/{id}/duplicate: a copy under a new id and name. */
  duplicateFlow(id: string): Promise<ApiResult<FlowRecord>>;
  /** DELETE /api/flows/{id}. */
  deleteFlow(id: string): Promise<ApiResult<void>>;
  /** POST /api/flows/{id}/publish: refused (http 422 with `problems`) while the design has errors. */
  publishFlow(id: string, revision: number): Promise<ApiResult<PublishResult>>;
  /** POST /api/session: signs in (the server sets an HttpOnly cookie); a wrong pair is http 401. */
  signIn(username: string, password: string): Promise<ApiResult<User>>;
  signOut(): Promise<ApiResult<void>>;
  /** GET /api/me: who is signed in (http 401 when nobody), and whether the backend is a demo. */
  me(signal?: AbortSignal): Promise<ApiResult<Me>>;
  /** The connection (base URL, fetch, timeouts) the lazily loaded clients reuse: see more.ts. */
  readonly transport: TransportOptions;
  /** GET /api/flows/{id}/scenarios: the scenarios stored with the flow (docs/semantics.md §7). */
  getScenarios(id: string, signal?: AbortSignal): Promise<ApiResult<Scenario[]>>;
  /** PUT /api/flows/{id}/scenarios: replaces them; 400 when one is not a valid scenario. */
  putScenarios(id: string, scenarios: readonly Scenario[]): Promise<ApiResult<Scenario[]>>;
}

function defaultBaseUrl(): string {
  const configured = import.meta.env?.VITE_API_URL as string | undefined;
  if (configured) return configured;
  // Same origin. Node's fetch cannot resolve a bare path, so use the page's origin when there is one.
  return typeof location !== 'undefined' && location.origin !== 'null' ? location.origin : '';
}

/** Builds a client; every method resolves to `{ok: true, value}` or `{ok: false, error}`, never throws. */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const transport: TransportOptions = {
    baseUrl: options.baseUrl ?? defaultBaseUrl(),
    // Bound late so test doubles installed on globalThis after creation (msw) are still used.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeoutMs: options.timeoutMs ?? 10_000,
    retries: options.retries ?? 2,
    backoffMs: options.backoffMs ?? 300,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };

  return {
    getReference: (signal) =>
      request(transport, {
        method: 'GET',
        path: routePath('reference'),
        schema: referenceResponseSchema,
        ...(signal ? { signal } : {}),
      }),

    listFlows: async (signal) => {
      const r = await request(transport, {
        method: 'GET',
        path: routePath('listFlows'),
        schema: flowListResponseSchema,
        ...(signal ? { signal } : {}),
      });
      return r.ok ? { ok: true, value: r.value.flows } : r;
    },

    getFlow: (id, signal) =>
      request(transport, {
        method: 'GET',
        path: routePath('getFlow', { id }),
        schema: flowRecordSchema,
        ...(signal ? { signal } : {}),
      }),

    saveFlow: (flow, baseRevision) =>
      request(transport, {
        method: 'PUT',
        path: routePath('saveFlow', { id: flow.id }),
        body: { flow, baseRevision },
        schema: saveResponseSchema,
        onError: (status, body) => {
          if (status !== 409) return undefined;
          const parsed = conflictResponseSchema.safeParse(body);
          // A 409 without a readable current version still must not look like a plain failure.
          return parsed.success
            ? conflictError(parsed.data.current)
            : httpError(409, 'Conflict without a current version.');
        },
      }),

    createFlow: (flow) =>
      request(transport, {
        method: 'POST',
        path: routePath('createFlow'),
        body: flow ? { flow } : {},
        schema: flowRecordSchema,
      }),

    duplicateFlow: (id) =>
      request(transport, {
        method: 'POST',
        path: routePath('duplicateFlow', { id }),
        schema: flowRecordSchema,
      }),

    deleteFlow: async (id) => {
      const r = await request(transport, {
        method: 'DELETE',
        path: routePath('deleteFlow', { id }),
        schema: null,
      });
      return r.ok ? { ok: true, value: undefined } : r;
    },

    getScenarios: async (id, signal) => {
      const r = await request(transport, {
        method: 'GET',
        path: routePath('listScenarios', { id }),
        schema: scenariosResponseSchema,
        ...(signal ? { signal } : {}),
      });
      return r.ok ? { ok: true, value: scenariosInOrder(r.value.scenarios) } : r;
    },

    putScenarios: async (id, scenarios) => {
      // The backend keeps a flow's scenarios one by one: the list is written under ids that keep
      // its order, and whatever a longer list left behind is removed.
      const stored = await request(transport, {
        method: 'GET',
        path: routePath('listScenarios', { id }),
        schema: scenariosResponseSchema,
      });
      if (!stored.ok) return stored;
      const ids = scenarios.map((_, i) => scenarioSlotId(i));
      // All or nothing: a list with an invalid scenario writes none. That one alone is sent, so the
      // backend's refusal (400 with the JSON path) is the answer, and nothing else is stored.
      const invalid = scenarios.findIndex((scenario) => !loadDocumentValue(scenario, SCENARIO_KIND).ok);
      if (invalid >= 0)
        return request(transport, {
          method: 'PUT',
          path: routePath('putScenario', { id, scenarioId: ids[invalid]! }),
          body: { scenario: scenarios[invalid] },
          schema: storedScenarioSchema,
        }).then((r) => (r.ok ? { ok: true as const, value: [...scenarios] } : r));
      for (const [i, scenario] of scenarios.entries()) {
        const put = await request(transport, {
          method: 'PUT',
          path: routePath('putScenario', { id, scenarioId: ids[i]! }),
          body: { scenario },
          schema: storedScenarioSchema,
        });
        if (!put.ok) return put;
      }
      for (const old of stored.value.scenarios) {
        if (ids.includes(old.id)) continue;
        const removed = await noBody(
          transport,
          'DELETE',
          routePath('deleteScenario', { id, scenarioId: old.id }),
        );
        if (!removed.ok) return removed;
      }
      return { ok: true, value: [...scenarios] };
    },

    publishFlow: (id, revision) =>
      request(transport, {
        method: 'POST',
        path: routePath('publishFlow', { id }),
        body: { revision },
        schema: publishResponseSchema,
        onError: (status, body) => {
          if (status === 409) {
            const parsed = conflictResponseSchema.safeParse(body);
            if (parsed.success) return conflictError(parsed.data.current);
          }
          if (status !== 422) return undefined;
          const parsed = problemsResponseSchema.safeParse(body);
          return httpError(422, undefined, parsed.success ? parsed.data.problems : []);
        },
      }),

    signIn: async (username, password) => {
      const r = await request(transport, {
        method: 'POST',
        path: routePath('signIn'),
        body: { username, password },
        schema: sessionResponseSchema,
      });
      return r.ok ? { ok: true, value: r.value.user } : r;
    },

    signOut: () => noBody(transport, 'DELETE', routePath('signOut')),

    me: (signal) =>
      request(transport, {
        method: 'GET',
        path: routePath('me'),
        schema: meResponseSchema,
        ...(signal ? { signal } : {}),
      }),

    transport,
  };
}

/** A call answered with no body (204). */
export async function noBody(
  transport: TransportOptions,
  method: 'DELETE',
  path: string,
): Promise<ApiResult<void>> {
  const r = await request(transport, { method, path, schema: null });
  return r.ok ? { ok: true, value: undefined } : r;
}
