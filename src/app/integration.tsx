import { useMemo } from 'react';
import { createStore, useStore } from 'zustand';
import type { StoreApi } from 'zustand';
import { createApiClient } from '../io/api';
import type { ApiClient, Me } from '../io/api';
import { useDesignerStoreApi } from '../store';
import type { DesignerStore } from '../store';

/*
 * What the JSON, import/export and backend controls share (issue 6): the API client and whether the
 * JSON pane is open. Kept out of the designer store (none of it is part of the document) and keyed
 * by it, so every mounted designer has its own.
 */
interface IntegrationState {
  api: ApiClient;
  jsonOpen: boolean;
  setJsonOpen(open: boolean): void;
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
      revisions: {},
      setRevision: (id, revision) => set((s) => ({ revisions: { ...s.revisions, [id]: revision } })),
      session: null,
      setSession: (session) => set({ session }),
    }));
    states.set(store, state);
  } else if (api) state.setState({ api });
  return state;
}

const inJsdom = () => typeof navigator !== 'undefined' && /jsdom/i.test(navigator.userAgent);

export function useIntegration(): IntegrationState & { jsonEditor: 'monaco' | 'plain' } {
  const designer = useDesignerStoreApi();
  const state = useStore(integrationOf(designer));
  // Monaco cannot run in jsdom (component tests): the panel's plain text box behaves the same.
  return useMemo(() => ({ ...state, jsonEditor: inJsdom() ? 'plain' : 'monaco' }), [state]);
}

/** The top bar's small outlined button style shared by JSON, Import, Export, Save and Publish. */
export const barButtonClass =
  'inline-flex h-8 shrink-0 items-center gap-1.5 whitespace-nowrap rounded-md border border-slate-300 px-3 text-xs font-semibold text-slate-700 hover:bg-slate-50 disabled:opacity-50 aria-pressed:border-brand-600 aria-pressed:bg-brand-600 aria-pressed:text-white dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800';
