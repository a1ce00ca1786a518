import { environmentSchema } from '../domain/scenario';
import { resolveEnvironment } from '../domain/reference/defaultEnvironment';
import type { DesignerStore } from './createDesignerStore';

/**
 * Loads the backend's reference data (SPEC §7) and records how much arrived. Deliberately small: the
 * full typed API client (saving, publishing, revisions) belongs to io/ and comes with the backend
 * issue; this only proves the app runs against the (mocked) backend and validates what it gets.
 */
export async function loadReference(
  store: DesignerStore,
  baseUrl: string,
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  const { setReference } = store.getState();
  setReference({ state: 'loading' });
  try {
    const response = await fetchImpl(new URL('/api/reference', baseUrl));
    if (!response.ok) throw new Error(`The server answered ${response.status}.`);
    const parsed = environmentSchema.safeParse(await response.json());
    if (!parsed.success) throw new Error('The server sent reference data in an unexpected shape.');
    const data = parsed.data;
    setReference({
      state: 'ready',
      counts: {
        employees: data.employees?.length ?? 0,
        mailboxes: data.mailboxes?.length ?? 0,
        numbers: data.numbers?.length ?? 0,
      },
      environment: resolveEnvironment(data),
    });
  } catch (error) {
    setReference({ state: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
