import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { Flow } from '../domain/flow';
import type { LintProblem } from '../domain/lint';
import { apiErrorMessage, resolveConflict } from '../io/api';
import type { ApiClient, ApiError, ConflictChoice, RemoteProblem, ServerFlowVersion } from '../io/api';
import { browserCopyOf, serverLinkFor } from './browserCopy';
import type { ServerNote } from './browserCopy';
import type { DesignerStore } from './createDesignerStore';
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
  | { step: 'refused'; problems: LintProblem[] };

/** What the save and publish controls render from. */
export interface BackendSaveView {
  busy: boolean;
  conflict: PendingConflict | null;
  publishing: PublishState;
}

/*
 * The refusal lists the same problems as the problems panel, rows and all; the server's linter is
 * ours (same codes, same sentences), so its findings are read as lint problems.
 */
const errorsOf = (problems: readonly (LintProblem | RemoteProblem)[]): LintProblem[] =>
  problems
    .filter((p) => p.severity === 'error')
    .map((p) => ({
      code: p.code as LintProblem['code'],
      severity: 'error',
      path: p.path,
      message: p.message,
    }));

/** What the revision indicator says after a failed call. */
const noteFor = (error: ApiError): ServerNote =>
  error.kind === 'network' ? 'offline' : error.kind === 'conflict' ? 'newer' : 'unreachable';

/**
 * The server does not have the revision this design was based on (a demo server that forgot on
 * reload, a database restored from an older backup): the claim is dropped and the user told, so
 * the next save stores the design as a new revision instead of meeting a conflict that is not one.
 */
function forgetUnknownRevision(store: DesignerStore, revision: number): void {
  browserCopyOf(store).getState().setServer(null);
  const { notify, language } = store.getState();
  notify(language.t('io.save.revisionForgotten', { revision }));
}

/**
 * Saving to and publishing on the backend, with revisions, as a plain state machine over the
 * designer's store (React only renders `view`). The open design is never replaced or lost by a
 * failure: errors become toasts, a stale revision opens the conflict dialog, and only the user's
 * choice there (reload theirs, save as a copy) replaces the design, as one undo step.
 */
export function createBackendSave(
  store: DesignerStore,
  api: ApiClient,
  /** A revision known from elsewhere (the flows screen opened this flow at it). */
  knownRevision: (id: string) => number | undefined = () => undefined,
) {
  const view: StoreApi<BackendSaveView> = createStore<BackendSaveView>(() => ({
    busy: false,
    conflict: null,
    publishing: { step: 'closed' },
  }));
  const set = (partial: Partial<BackendSaveView>) => view.setState(partial);
  const copy = browserCopyOf(store);

  /** The server link of the open flow (read inside async steps, so never stale). */
  const link = () => serverLinkFor(copy.getState(), store.getState().flow.id);
  const setRevision = (flow: Flow, rev: number) =>
    copy.getState().setServer({ flowId: flow.id, revision: rev, flow });
  const fail = (error: ApiError) => {
    copy.getState().setServerNote(noteFor(error));
    store.getState().notify(apiErrorMessage(error, store.getState().language), 'error');
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
      set({ conflict: { mine, theirs: saved.error.current, then } });
    } else fail(saved.error);
    return false;
  };

  const openReview = async (flow: Flow, rev: number) => {
    const record = await api.getFlow(flow.id);
    if (!record.ok) {
      fail(record.error);
      return;
    }
    set({
      publishing: {
        step: 'review',
        flow,
        revision: rev,
        published: record.value.publishedFlow ?? null,
        publishedRevision: record.value.publishedRevision ?? null,
      },
    });
  };

  const guard = async (work: () => Promise<void>) => {
    set({ busy: true });
    try {
      await work();
    } finally {
      set({ busy: false });
    }
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
    const { notify, language } = store.getState();
    notify(language.t('io.publish.unchanged', { revision: record.value.publishedRevision ?? 0 }));
    return true;
  };

  return {
    view,

    /**
     * Learns, when a design is opened, which server revision it descends from: kept with the
     * browser copy since its last save, else the server's revision of the same id. So a save made
     * after a colleague's is always a 409, and the top bar can say whether the server has a newer
     * one; a revision the server does not have is dropped (forgetUnknownRevision).
     */
    async checkServerRevision(signal: AbortSignal): Promise<void> {
      const flowId = store.getState().flow.id;
      const before = copy.getState().server;
      const found = await api.getFlow(flowId, signal);
      // Something newer (a save, a flow opened) already answered the question.
      if (signal.aborted || copy.getState().server !== before) return;
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
    },

    async save(): Promise<boolean> {
      let ok = false;
      await guard(async () => {
        ok = await saveNow('save');
        if (ok) {
          const { notify, language } = store.getState();
          notify(language.t('io.save.saved', { revision: link()?.revision ?? 0 }));
        }
      });
      return ok;
    },

    async resolve(choice: ConflictChoice): Promise<void> {
      const conflict = view.getState().conflict;
      if (!conflict) return;
      const { mine, theirs, then } = conflict;
      await guard(async () => {
        const result = await resolveConflict(api, choice, mine, theirs);
        if (!result.ok) {
          if (result.error.kind === 'conflict')
            set({ conflict: { mine, theirs: result.error.current, then } });
          else fail(result.error);
          return;
        }
        set({ conflict: null });
        if (choice !== 'overwrite') replace(result.value.flow);
        setRevision(choice === 'overwrite' ? mine : store.getState().flow, result.value.revision);
        const { notify, language } = store.getState();
        const { revision } = result.value;
        notify(
          choice === 'reload-theirs'
            ? language.t('io.conflict.reloaded', { revision })
            : choice === 'overwrite'
              ? language.t('io.conflict.overwritten', { revision })
              : language.t('io.conflict.copied', { name: result.value.flow.name }),
        );
        if (then === 'publish' && choice !== 'reload-theirs')
          await openReview(result.value.flow, result.value.revision);
      });
    },

    dismissConflict: () => set({ conflict: null }),

    /** Checks, saves when needed, and opens the review of what changed since the last publish. */
    async startPublish(lint: readonly LintProblem[]): Promise<void> {
      const errors = errorsOf(lint);
      if (errors.length > 0) {
        set({ publishing: { step: 'refused', problems: errors } });
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
    },

    async confirmPublish(): Promise<void> {
      const publishing = view.getState().publishing;
      if (publishing.step !== 'review') return;
      const { flow, revision: rev } = publishing;
      await guard(async () => {
        const result = await api.publishFlow(flow.id, rev);
        if (result.ok) {
          set({ publishing: { step: 'closed' } });
          const { notify, language } = store.getState();
          notify(language.t('io.publish.done', { revision: result.value.publishedRevision }));
          return;
        }
        const error = result.error;
        if (error.kind === 'conflict') {
          set({ publishing: { step: 'closed' } });
          copy.getState().setServerNote('newer');
          set({ conflict: { mine: flow, theirs: error.current, then: 'publish' } });
        } else if (error.kind === 'http' && error.status === 422) {
          set({ publishing: { step: 'refused', problems: errorsOf(error.problems ?? []) } });
        } else fail(error);
      });
    },

    closePublish: () => set({ publishing: { step: 'closed' } }),
  };
}

export type BackendSaveMachine = ReturnType<typeof createBackendSave>;
