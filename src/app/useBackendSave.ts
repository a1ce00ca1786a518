import { useCallback, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { Flow } from '../domain/flow';
import type { LintProblem } from '../domain/lint';
import { resolveConflict } from '../io/api';
import type { ApiClient, ApiError, ConflictChoice, RemoteProblem, ServerFlowVersion } from '../io/api';
import { browserCopyOf, serverLinkFor } from '../store';
import type { DesignerStore, ServerNote } from '../store';
import { integrationOf } from './integration';
import { sameDesign } from './sameDesign';

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

/** What the revision indicator says after a failed call. */
const noteFor = (error: ApiError): ServerNote =>
  error.kind === 'network' ? 'offline' : error.kind === 'conflict' ? 'newer' : 'unreachable';

/**
 * Learns, when a design is opened, which server revision it descends from: kept with the browser
 * copy since its last save, else the server's revision of the same id (the default design, a
 * design from before revisions were kept). So a save made after a colleague's is always a 409,
 * however long ago the page was loaded; and the top bar can say whether the server has a newer one.
 */
function useServerRevisionCheck(store: DesignerStore, api: ApiClient) {
  const flowId = useStore(store, (s) => s.flow.id);
  useEffect(() => {
    const copy = browserCopyOf(store);
    const controller = new AbortController();
    const before = copy.getState().server;
    void api.getFlow(flowId, controller.signal).then((found) => {
      // Something newer (a save, a flow opened) already answered the question.
      if (controller.signal.aborted || copy.getState().server !== before) return;
      const known = serverLinkFor(copy.getState(), flowId);
      if (!found.ok) {
        const notFound = found.error.kind === 'http' && found.error.status === 404;
        if (notFound && known) forgetUnknownRevision(store, known.revision);
        else copy.getState().setServerNote(notFound ? null : noteFor(found.error));
        return;
      }
      const { revision, flow } = found.value;
      if (known && revision >= known.revision) {
        copy.getState().setServerNote(revision > known.revision ? 'newer' : null);
        return;
      }
      if (known) forgetUnknownRevision(store, known.revision);
      const current = store.getState().flow;
      copy.getState().setServer({ flowId, revision, flow: sameDesign(current, flow) ? current : null });
    });
    return () => controller.abort();
  }, [store, api, flowId]);
}

/**
 * The server does not have the revision this design was based on (a demo server that forgot on
 * reload, a database restored from an older backup): the claim is dropped and the user told, so
 * the next save stores the design as a new revision instead of meeting a conflict that is not one.
 */
function forgetUnknownRevision(store: DesignerStore, revision: number): void {
  browserCopyOf(store).getState().setServer(null);
  store
    .getState()
    .notify(
      `The server no longer has revision ${revision} of this design. Your design is safe in this browser; the next save stores it on the server again.`,
    );
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
  const [conflict, setConflict] = useState<PendingConflict | null>(null);
  const [publishing, setPublishing] = useState<PublishState>({ step: 'closed' });
  const copy = browserCopyOf(store);
  const flowId = useStore(store, (s) => s.flow.id);
  const revision = useStore(copy, (s) => serverLinkFor(s, flowId)?.revision ?? null);
  useServerRevisionCheck(store, api);
  useRevisionsOfOpenedFlows(store);

  /** The server link of the open flow (read inside async steps, so never stale). */
  const link = () => serverLinkFor(copy.getState(), store.getState().flow.id);
  const setRevision = (flow: Flow, rev: number) =>
    copy.getState().setServer({ flowId: flow.id, revision: rev, flow });
  const fail = (error: ApiError) => {
    copy.getState().setServerNote(noteFor(error));
    store.getState().notify(error.message, 'error');
  };
  const replace = (flow: Flow) => store.getState().dispatch({ type: 'flow.replace', flow });

  /**
   * The revision to save over: known from the copy or the flows screen, else the server's, else new.
   * 'stored' when the server's latest revision is this very design already (nothing to write).
   */
  const baseRevision = async (flow: Flow): Promise<number | 'created' | 'stored' | null> => {
    const linked = link();
    if (linked) return linked.revision;
    const known = knownRevision(flow.id);
    if (known !== undefined) return known;
    const found = await api.getFlow(flow.id);
    if (found.ok && sameDesign(found.value.flow, flow)) {
      setRevision(flow, found.value.revision);
      return 'stored';
    }
    if (found.ok) return found.value.revision;
    if (found.error.kind === 'http' && found.error.status === 404) {
      const created = await api.createFlow(flow);
      if (!created.ok) {
        fail(created.error);
        return null;
      }
      // The server gave it a new id: that is the open design from now on.
      replace(created.value.flow);
      setRevision(store.getState().flow, created.value.revision);
      return 'created';
    }
    fail(found.error);
    return null;
  };

  /** Saves the open design; true when the server has it now. */
  const saveNow = async (then: 'save' | 'publish'): Promise<boolean> => {
    const mine = store.getState().flow;
    const base = await baseRevision(mine);
    if (base === null) return false;
    if (base === 'created' || base === 'stored') return true;
    const saved = await api.saveFlow(mine, base);
    if (saved.ok) {
      setRevision(mine, saved.value.revision);
      return true;
    }
    if (saved.error.kind === 'conflict' && saved.error.current.revision < base) {
      // Not a colleague's save: the server is behind the revision we thought we had.
      forgetUnknownRevision(store, base);
      setRevision(saved.error.current.flow, saved.error.current.revision);
      const again = await api.saveFlow(mine, saved.error.current.revision);
      if (again.ok) setRevision(mine, again.value.revision);
      else fail(again.error);
      return again.ok;
    }
    if (saved.error.kind === 'conflict' && sameDesign(saved.error.current.flow, mine)) {
      // An earlier attempt that timed out did arrive: the server holds this very design.
      setRevision(mine, saved.error.current.revision);
      return true;
    }
    if (saved.error.kind === 'conflict') {
      copy.getState().setServerNote('newer');
      setConflict({ mine, theirs: saved.error.current, then });
    } else fail(saved.error);
    return false;
  };

  const openReview = async (flow: Flow, rev: number) => {
    const record = await api.getFlow(flow.id);
    if (!record.ok) {
      fail(record.error);
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
      if (ok) store.getState().notify(`Saved to the server (revision ${link()?.revision}).`);
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
        else fail(result.error);
        return;
      }
      setConflict(null);
      if (choice !== 'overwrite') replace(result.value.flow);
      setRevision(choice === 'overwrite' ? mine : store.getState().flow, result.value.revision);
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

  /** True when the open design is what is live already: publishing it again would change nothing. */
  const alreadyPublished = async (): Promise<boolean | null> => {
    const current = store.getState().flow;
    const record = await api.getFlow(current.id);
    if (!record.ok) {
      if (record.error.kind === 'http' && record.error.status === 404) return false;
      fail(record.error);
      return null;
    }
    const published = record.value.publishedFlow;
    if (!published || !sameDesign(published, current)) return false;
    store
      .getState()
      .notify(`Nothing changed since the last publish (revision ${record.value.publishedRevision}).`);
    return true;
  };

  const startPublish = async (lint: readonly LintProblem[]) => {
    const errors = errorsOf(lint);
    if (errors.length > 0) {
      setPublishing({ step: 'refused', problems: errors });
      return;
    }
    await guard(async () => {
      if ((await alreadyPublished()) !== false) return;
      const current = store.getState().flow;
      const linked = link();
      const upToDate = linked?.flow === current;
      if (!upToDate && !(await saveNow('publish'))) return;
      const saved = link()!;
      await openReview(store.getState().flow, saved.revision);
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
        copy.getState().setServerNote('newer');
        setConflict({ mine: flow, theirs: error.current, then: 'publish' });
      } else if (error.kind === 'http' && error.status === 422) {
        setPublishing({ step: 'refused', problems: errorsOf(error.problems ?? []) });
      } else fail(error);
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
