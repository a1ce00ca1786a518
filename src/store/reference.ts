import { resolveEnvironment } from '../domain/reference/defaultEnvironment';
import { apiErrorMessage, createApiClient } from '../io/api';
import type { ApiClient } from '../io/api';
import type { DesignerStore } from './createDesignerStore';

/**
 * Loads the backend's reference data (docs/semantics.md §7) through the typed API client (validated, with a
 * timeout and retries) and records how much arrived. `source` is a base URL (default: VITE_API_URL,
 * else the page's origin) or a ready client; `fetchImpl` replaces fetch for a base URL.
 */
export async function loadReference(
  store: DesignerStore,
  source?: string | ApiClient,
  fetchImpl?: typeof fetch,
): Promise<void> {
  const client =
    typeof source === 'object'
      ? source
      : createApiClient({
          ...(source ? { baseUrl: source } : {}),
          ...(fetchImpl ? { fetch: fetchImpl } : {}),
        });
  const { setReference } = store.getState();
  setReference({ state: 'loading' });
  const result = await client.getReference();
  if (!result.ok) {
    setReference({ state: 'error', message: apiErrorMessage(result.error, store.getState().language) });
    return;
  }
  const data = result.value;
  setReference({
    state: 'ready',
    counts: {
      employees: data.employees?.length ?? 0,
      mailboxes: data.mailboxes?.length ?? 0,
      numbers: data.numbers?.length ?? 0,
    },
    environment: resolveEnvironment(data),
  });
}
