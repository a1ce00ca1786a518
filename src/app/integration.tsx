import { createStore, useStore } from 'zustand';
import type { StoreApi } from 'zustand';
import { createApiClient } from '../io/api';
import type { ApiClient, Me } from '../io/api';
import { useDesignerStoreApi } from '../store';
import type { DesignerStore } from '../store';

/*
 * What the JSON, import/export and backend controls share: the API client and whether the
 * JSON pane is open. Kept out of the designer store (none of it is part of the document) and keyed
 * by it, so every mounted designer has its own.
 */
interface IntegrationState {
  api: ApiClient;
  jsonOpen: boolean;
  setJsonOpen(open: boolean): void;
  /**
   * The flows screen and the import dialog are open. Kept here rather than in their buttons: below
   * the widest screens the top bar's "More" menu opens them too, and the button may be hidden.
   */
  flowsOpen: boolean;
  setFlowsOpen(open: boolean): void;
  /** The import dialog, with the file dropped on the window if that is how it was opened. */
  importing: { file: File | null } | null;
  setImporting(importing: { file: File | null } | null): void;
  /** Server revisions of flows opened from the flows screen: what their next save is based on. */
  revisions: Record<string, number>;
  setRevision(id: string, revision: number): void;
  /** Who is signed in, and whether the backend is a demo that keeps nothing; null when unknown. */
  session: Me | null;
  setSession(session: Me | null): void;
}

const states = new WeakMap<DesignerStore, StoreApi<IntegrationState>>();

/** Sets the API client a designer uses (tests: a short timeout); default createApiClient(). */
export function integrationOf(store: DesignerStore, api?: ApiClient): StoreApi<IntegrationState> {
  let state = states.get(store);
  if (!state) {
    state = createStore<IntegrationState>((set) => ({
      api: api ?? createApiClient(),
      jsonOpen: false,
      setJsonOpen: (jsonOpen) => set({ jsonOpen }),
      flowsOpen: false,
      setFlowsOpen: (flowsOpen) => set({ flowsOpen }),
      importing: null,
      setImporting: (importing) => set({ importing }),
      revisions: {},
      setRevision: (id, revision) => set((s) => ({ revisions: { ...s.revisions, [id]: revision } })),
      session: null,
      setSession: (session) => set({ session }),
    }));
    states.set(store, state);
  } else if (api) state.setState({ api });
  return state;
}

export function useIntegration(): IntegrationState {
  const designer = useDesignerStoreApi();
  return useStore(integrationOf(designer));
}

/** The top bar's small outlined button style shared by JSON, Import, Export, Save and Publish. */
export const barButtonClass =
  'inline-flex h-8 shrink-0 items-center gap-1.5 whitespace-nowrap rounded-md border border-slate-300 px-2 xl:px-3 text-xs font-semibold text-fg-soft hover:bg-slate-50 disabled:opacity-50 aria-pressed:border-brand-600 aria-pressed:bg-brand-600 aria-pressed:text-white dark:border-slate-700 dark:hover:bg-slate-800';
