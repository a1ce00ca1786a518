import { useCallback, useRef, useState } from 'react';
import type { Flow } from '../domain/flow';
import type { LintProblem } from '../domain/lint';
import { resolveConflict } from '../io/api';
import type { ApiClient, ConflictChoice, RemoteProblem, ServerFlowVersion } from '../io/api';
import type { DesignerStore } from '../store';

/** A save or publish found that someone else saved first. */
export interface PendingConflict {
  mine: Flow;
  theirs: ServerFlowVersion;
  /** What the user was doing, so "overwrite" can carry on with a publish. */
  then: 'save' | 'publish';
}

/** What the publish dialog shows: the diff to confirm, or why the design was refused. */
export type PublishState =
  | { step: 'closed' }
  | { step: 'review'; flow: Flow; published: Flow | null; publishedRevision: number | null; revision: number }
  | { step: 'refused'; problems: { path: string; message: string }[] };

export interface BackendSave {
  busy: boolean;
  /** The server revision the open design is based on, once known. */
  revision: number | null;
  conflict: PendingConflict | null;
  publishing: PublishState;
  save(): Promise<boolean>;
  resolve(choice: ConflictChoice): Promise<void>;
  dismissConflict(): void;
  /** Checks, saves when needed, and opens the review of what changed since the last publish. */
  startPublish(errors: readonly LintProblem[]): Promise<void>;
  confirmPublish(): Promise<void>;
  closePublish(): void;
}

const errorsOf = (problems: readonly (LintProblem | RemoteProblem)[]) =>
  problems.filter((p) => p.severity === 'error').map((p) => ({ path: p.path, message: p.message }));

/**
 * Saving to and publishing on the backend, with revisions. The open design is never replaced or lost
 * by a failure: errors become toasts, a stale revision opens the conflict dialog, and only the user's
 * choice there (reload theirs, save as a copy) replaces the design, as one undo step.
 */
export function useBackendSave(
  store: DesignerStore,
  api: ApiClient,
  /** A revision known from elsewhere (the flows screen opened this flow at it). */
  knownRevision: (id: string) => number | undefined = () => undefined,
): BackendSave {
  const [busy, setBusy] = useState(false);
  const [revision, setRevisionState] = useState<number | null>(null);
  const [conflict, setConflict] = useState<PendingConflict | null>(null);
  const [publishing, setPublishing] = useState<PublishState>({ step: 'closed' });
  /** The flow last stored on the server and its revision (refs: read inside async steps). */
  const last = useRef<{ flow: Flow | null; revision: number | null }>({ flow: null, revision: null });

  const setRevision = (flow: Flow, rev: number) => {
    last.current = { flow, revision: rev };
    setRevisionState(rev);
  };
  const fail = (message: string) => store.getState().notify(message, 'error');
  const replace = (flow: Flow) => store.getState().dispatch({ type: 'flow.replace', flow });

  /** The revision to save over: known from an earlier save, else the server's, else a new record. */
  const baseRevision = async (flow: Flow): Promise<number | 'created' | null> => {
    if (last.current.revision !== null && last.current.flow?.id === flow.id) return last.current.revision;
    const known = knownRevision(flow.id);
    if (known !== undefined) return known;
    const found = await api.getFlow(flow.id);
    if (found.ok) return found.value.revision;
    if (found.error.kind === 'http' && found.error.status === 404) {
      const created = await api.createFlow(flow);
      if (!created.ok) {
        fail(created.error.message);
        return null;
      }
      // The server gave it a new id: that is the open design from now on.
      replace(created.value.flow);
      setRevision(created.value.flow, created.value.revision);
      return 'created';
    }
    fail(found.error.message);
    return null;
  };

  /** Saves the open design; true when the server has it now. */
  const saveNow = async (then: 'save' | 'publish'): Promise<boolean> => {
    const mine = store.getState().flow;
    const base = await baseRevision(mine);
    if (base === null) return false;
    if (base === 'created') return true;
    const saved = await api.saveFlow(mine, base);
    if (saved.ok) {
      setRevision(mine, saved.value.revision);
      return true;
    }
    if (saved.error.kind === 'conflict') setConflict({ mine, theirs: saved.error.current, then });
    else fail(saved.error.message);
    return false;
  };

  const openReview = async (flow: Flow, rev: number) => {
    const record = await api.getFlow(flow.id);
    if (!record.ok) {
      fail(record.error.message);
      return;
    }
    setPublishing({
      step: 'review',
      flow,
      revision: rev,
      published: record.value.publishedFlow ?? null,
      publishedRevision: record.value.publishedRevision ?? null,
    });
  };

  const guard = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const save = useCallback(async () => {
    let ok = false;
    await guard(async () => {
      ok = await saveNow('save');
      if (ok) store.getState().notify(`Saved to the server (revision ${last.current.revision}).`);
    });
    return ok;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, api]);

  const resolve = async (choice: ConflictChoice) => {
    if (!conflict) return;
    const { mine, theirs, then } = conflict;
    await guard(async () => {
      const result = await resolveConflict(api, choice, mine, theirs);
      if (!result.ok) {
        if (result.error.kind === 'conflict') setConflict({ mine, theirs: result.error.current, then });
        else fail(result.error.message);
        return;
      }
      setConflict(null);
      if (choice !== 'overwrite') replace(result.value.flow);
      setRevision(result.value.flow, result.value.revision);
      store
        .getState()
        .notify(
          choice === 'reload-theirs'
            ? `Loaded their version (revision ${result.value.revision}). Undo brings yours back.`
            : choice === 'overwrite'
              ? `Your version replaced theirs on the server (revision ${result.value.revision}).`
              : `Saved your version as “${result.value.flow.name}”, now the open design.`,
        );
      if (then === 'publish' && choice !== 'reload-theirs')
        await openReview(result.value.flow, result.value.revision);
    });
  };

  const startPublish = async (lint: readonly LintProblem[]) => {
    const errors = errorsOf(lint);
    if (errors.length > 0) {
      setPublishing({ step: 'refused', problems: errors });
      return;
    }
    await guard(async () => {
      const current = store.getState().flow;
      const upToDate = last.current.flow === current && last.current.revision !== null;
      if (!upToDate && !(await saveNow('publish'))) return;
      await openReview(last.current.flow!, last.current.revision!);
    });
  };

  const confirmPublish = async () => {
    if (publishing.step !== 'review') return;
    const { flow, revision: rev } = publishing;
    await guard(async () => {
      const result = await api.publishFlow(flow.id, rev);
      if (result.ok) {
        setPublishing({ step: 'closed' });
        store.getState().notify(`Published revision ${result.value.publishedRevision}.`);
        return;
      }
      const error = result.error;
      if (error.kind === 'conflict') {
        setPublishing({ step: 'closed' });
        setConflict({ mine: flow, theirs: error.current, then: 'publish' });
      } else if (error.kind === 'http' && error.status === 422) {
        setPublishing({ step: 'refused', problems: errorsOf(error.problems ?? []) });
      } else fail(error.message);
    });
  };

  return {
    busy,
    revision,
    conflict,
    publishing,
    save,
    resolve,
    dismissConflict: () => setConflict(null),
    startPublish,
    confirmPublish,
    closePublish: () => setPublishing({ step: 'closed' }),
  };
}
