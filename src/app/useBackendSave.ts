import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import type { LintProblem } from '../domain/lint';
import type { ApiClient, ConflictChoice } from '../io/api';
import { browserCopyOf, createBackendSave, serverLinkFor } from '../store';
import type { BackendSaveView, DesignerStore } from '../store';
import { integrationOf } from './integration';

export type { PendingConflict, PublishState } from '../store';

export interface BackendSave extends BackendSaveView {
  /** The server revision the open design is based on, once known. */
  revision: number | null;
  save(): Promise<boolean>;
  resolve(choice: ConflictChoice): Promise<void>;
  dismissConflict(): void;
  /** Checks, saves when needed, and opens the review of what changed since the last publish. */
  startPublish(errors: readonly LintProblem[]): Promise<void>;
  confirmPublish(): Promise<void>;
  closePublish(): void;
}

/** A flow opened from the flows screen: the revision it was opened at is what it descends from. */
function useRevisionsOfOpenedFlows(store: DesignerStore) {
  useEffect(
    () =>
      integrationOf(store).subscribe((state, previous) => {
        const flow = store.getState().flow;
        const revision = state.revisions[flow.id];
        if (revision === undefined || revision === previous.revisions[flow.id]) return;
        browserCopyOf(store).getState().setServer({ flowId: flow.id, revision, flow });
      }),
    [store],
  );
}

/**
 * The save/publish state machine (store/backendSave.ts) for one mounted designer: React renders its
 * view, and asks the server which revision a design descends from whenever another one is opened.
 */
export function useBackendSave(
  store: DesignerStore,
  api: ApiClient,
  /** A revision known from elsewhere (the flows screen opened this flow at it). */
  knownRevision: (id: string) => number | undefined = () => undefined,
): BackendSave {
  // Created once per designer and client; knownRevision reads live state, so the first one serves.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const machine = useMemo(() => createBackendSave(store, api, knownRevision), [store, api]);
  const view = useStore(machine.view);
  const copy = browserCopyOf(store);
  const flowId = useStore(store, (s) => s.flow.id);
  const revision = useStore(copy, (s) => serverLinkFor(s, flowId)?.revision ?? null);
  useRevisionsOfOpenedFlows(store);
  useEffect(() => {
    const controller = new AbortController();
    void machine.checkServerRevision(controller.signal);
    return () => controller.abort();
  }, [machine, flowId]);

  return {
    ...view,
    revision,
    save: machine.save,
    resolve: machine.resolve,
    dismissConflict: machine.dismissConflict,
    startPublish: machine.startPublish,
    confirmPublish: machine.confirmPublish,
    closePublish: machine.closePublish,
  };
}
