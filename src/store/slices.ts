import { applyPatches, produceWithPatches } from 'immer';
import type { StateCreator } from 'zustand';
import { applyCommand, describeCommand } from '../domain/commands';
import type { Flow } from '../domain/flow';
import { englishTranslator } from '../i18n/english';
import type { Translator } from '../i18n/translator';
import type {
  DesignerState,
  DocumentSlice,
  HistoryEntry,
  HistorySlice,
  SelectionSlice,
  UiSlice,
} from './types';

type Slice<T> = StateCreator<DesignerState, [['zustand/immer', never]], [], T>;

/** Enough for a working day of edits without holding every patch of a long session. */
export const HISTORY_LIMIT = 200;

/** Ids that still exist, so undo never leaves a selection pointing at nothing. */
function existingIds(flow: Flow, ids: string[]): string[] {
  const known = new Set<string>([
    ...flow.statuses.map((s) => s.id),
    ...flow.robots.map((r) => r.id),
    ...flow.triggers.map((t) => t.id),
  ]);
  return ids.filter((id) => known.has(id));
}

/** Pushes a step, squashing it into the previous one when the merge policy says so. */
function pushStep(s: DesignerState, entry: HistoryEntry, merge: string | undefined): void {
  const last = s.past.at(-1);
  if (merge !== undefined && last && s.openMerge === merge && last.mergeKey === merge) {
    // Redo replays in order; undo unwinds newest first. The words describe the whole squashed edit.
    last.description = entry.description;
    last.patches.push(...entry.patches);
    last.inversePatches.unshift(...entry.inversePatches);
    last.after = entry.after;
  } else {
    s.past.push({ ...entry, ...(merge !== undefined ? { mergeKey: merge } : {}) });
    if (s.past.length > HISTORY_LIMIT) s.past.splice(0, s.past.length - HISTORY_LIMIT);
  }
  s.openMerge = merge ?? null;
  // A new edit after undo starts a new branch: the undone steps can no longer be redone.
  s.future = [];
}

export const createDocumentSlice =
  (initialFlow: Flow): Slice<DocumentSlice> =>
  (set, get) => {
    /** The flow before the first command of the open merge: a squashed step is told from there. */
    let mergeBase: Flow = initialFlow;
    return {
      flow: initialFlow,
      lastRefusal: null,
      dispatch(command, options) {
        const before = get().flow;
        const result = applyCommand(before, command, get().language);
        if (!result.ok) {
          set((s) => {
            s.lastRefusal = { code: result.code, reason: result.reason };
          });
          return result;
        }
        const record = (options?.capture ?? 'record') === 'record' && result.patches.length > 0;
        const merging = options?.merge !== undefined && get().openMerge === options.merge;
        if (record && !merging) mergeBase = before;
        const description = options?.describe ?? describeCommand(mergeBase, command, get().language);
        set((s) => {
          s.flow = result.flow;
          s.lastRefusal = null;
          if (!record) return;
          pushStep(
            s,
            {
              label: command.type,
              description,
              patches: result.patches,
              inversePatches: result.inversePatches,
              before,
              after: result.flow,
            },
            options?.merge,
          );
        });
        return result;
      },
      // The opened flow counts as saved: it came from storage, or is the default nobody has touched.
      savedFlow: initialFlow,
      saveError: null,
      markSaved(flow) {
        set((s) => {
          s.savedFlow = flow;
          s.saveError = null;
        });
      },
      markSaveFailed(message) {
        set((s) => {
          s.saveError = message;
        });
      },
      revertToSaved() {
        const { flow, savedFlow } = get();
        if (flow === savedFlow) return false;
        // Replacing the root yields one patch each way, so the revert is one undoable step.
        const [next, patches, inversePatches] = produceWithPatches(flow, () => savedFlow);
        set((s) => {
          s.flow = next;
          pushStep(
            s,
            {
              label: 'revert',
              description: get().language.t('dialogs.undo.revert'),
              patches,
              inversePatches,
              before: flow,
              after: next,
            },
            undefined,
          );
          s.selection = existingIds(next, s.selection);
        });
        return true;
      },
    };
  };

/**
 * The flow one step back: the very object it was before the step when the step is the last thing
 * that changed it, else the step's inverse patches applied (a history brought back after a reload,
 * or a change in between that was not recorded).
 */
function flowBefore(flow: Flow, entry: HistoryEntry): Flow {
  return entry.before !== undefined && entry.after === flow
    ? entry.before
    : applyPatches(flow, entry.inversePatches);
}

/** The flow one step forward, the same way. */
function flowAfter(flow: Flow, entry: HistoryEntry): Flow {
  return entry.after !== undefined && entry.before === flow ? entry.after : applyPatches(flow, entry.patches);
}

/** "Undone: add Send SMS to Paid"; a jump in the History list says how many steps and where it landed. */
function told(verb: 'Undone' | 'Redone', entries: HistoryEntry[], { t }: Translator): string {
  const step = entries.at(-1)!.description;
  if (entries.length === 1)
    return verb === 'Undone'
      ? t('dialogs.undo.told.undone', { step })
      : t('dialogs.undo.told.redone', { step });
  return verb === 'Undone'
    ? t('dialogs.undo.told.undoneMany', { count: entries.length, step })
    : t('dialogs.undo.told.redoneMany', { count: entries.length, step });
}

export const createHistorySlice: Slice<HistorySlice> = (set, get) => {
  /** Moves `steps` back (negative) or forward, then tells the user; false when nothing moved. */
  const travel = (steps: number): boolean => {
    // The steps that will move, read outside the draft: what is told must not be a revoked proxy.
    const { past, future } = get();
    if (steps === 0) return false;
    const moved = steps < 0 ? past.slice(steps).reverse() : future.slice(-steps).reverse();
    if (moved.length === 0) return false;
    // The new flow is found outside the draft: read through immer's proxies, a design of thousands
    // of robots cost tens of milliseconds per undo just to be looked at.
    let flow = get().flow;
    for (const entry of moved) flow = steps < 0 ? flowBefore(flow, entry) : flowAfter(flow, entry);
    const selection = existingIds(flow, get().selection);
    set((s) => {
      for (let i = 0; i < moved.length; i++) {
        if (steps < 0) s.future.push(s.past.pop()!);
        else s.past.push(s.future.pop()!);
      }
      s.flow = flow;
      s.openMerge = null;
      s.selection = selection;
    });
    get().notify(told(steps < 0 ? 'Undone' : 'Redone', moved, get().language));
    return true;
  };
  return {
    past: [],
    future: [],
    openMerge: null,
    mark() {
      if (get().openMerge === null) return;
      set((s) => {
        s.openMerge = null;
      });
    },
    undo: () => travel(-1),
    redo: () => travel(1),
    goTo(count) {
      const target = Math.max(0, Math.min(count, get().past.length + get().future.length));
      return travel(target - get().past.length);
    },
    restoreHistory(past, future) {
      set((s) => {
        s.past = past.slice(-HISTORY_LIMIT);
        s.future = future;
        s.openMerge = null;
      });
    },
  };
};

export const createSelectionSlice: Slice<SelectionSlice> = (set, get) => ({
  selection: [],
  select(ids) {
    const next = [...new Set(ids)];
    const current = get().selection;
    // Same selection, same state object: canvas and panels do not rerender for nothing.
    if (next.length === current.length && next.every((id, i) => id === current[i])) return;
    set((s) => {
      s.selection = next;
      // Editing another node starts a new undo step even when the command looks the same.
      s.openMerge = null;
    });
  },
  clearSelection() {
    if (get().selection.length === 0) return;
    set((s) => {
      s.selection = [];
      s.openMerge = null;
    });
  },
});

export const createUiSlice =
  (initialFlow: Flow): Slice<UiSlice> =>
  (set) => ({
    // The viewport the flow was saved with: reopening shows the canvas where the user left it.
    viewport: initialFlow.layout?.viewport ?? null,
    // Editable unless the store is made for a read-only view (createDesignerStore's option).
    readOnly: null,
    setViewport(viewport) {
      set((s) => {
        s.viewport = { x: viewport.x, y: viewport.y, zoom: viewport.zoom };
      });
    },
    theme: 'light',
    setTheme(theme) {
      set((s) => {
        s.theme = theme;
      });
    },
    reference: { state: 'idle' },
    setReference(reference) {
      set((s) => {
        s.reference = reference;
      });
    },
    // Folded at first: the canvas gets the room; the top bar's counts say when to look.
    problemsOpen: false,
    setProblemsOpen(open) {
      set((s) => {
        s.problemsOpen = open;
      });
    },
    toasts: [],
    notify(message, tone = 'info') {
      set((s) => {
        const id = (s.toasts.at(-1)?.id ?? 0) + 1;
        // Only the latest few: a burst of refusals must not bury the canvas.
        s.toasts = [...s.toasts.slice(-2), { id, message, tone }];
      });
    },
    dismissToast(id) {
      set((s) => {
        s.toasts = s.toasts.filter((t) => t.id !== id);
      });
    },
    language: englishTranslator,
    setLanguage(translator) {
      // Not through immer: a translator is a set of functions, nothing to draft.
      set({ language: translator });
    },
  });
