import { applyPatches, produceWithPatches } from 'immer';
import type { StateCreator } from 'zustand';
import { applyCommand } from '../domain/commands';
import type { Flow } from '../domain/flow';
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
    // Redo replays in order; undo unwinds newest first.
    last.patches.push(...entry.patches);
    last.inversePatches.unshift(...entry.inversePatches);
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
  (set, get) => ({
    flow: initialFlow,
    lastRefusal: null,
    dispatch(command, options) {
      const result = applyCommand(get().flow, command);
      if (!result.ok) {
        set((s) => {
          s.lastRefusal = { code: result.code, reason: result.reason };
        });
        return result;
      }
      const record = (options?.capture ?? 'record') === 'record' && result.patches.length > 0;
      set((s) => {
        s.flow = result.flow;
        s.lastRefusal = null;
        if (!record) return;
        pushStep(
          s,
          { label: command.type, patches: result.patches, inversePatches: result.inversePatches },
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
        pushStep(s, { label: 'revert', patches, inversePatches }, undefined);
        s.selection = existingIds(next, s.selection);
      });
      return true;
    },
  });

export const createHistorySlice: Slice<HistorySlice> = (set, get) => ({
  past: [],
  future: [],
  openMerge: null,
  mark() {
    if (get().openMerge === null) return;
    set((s) => {
      s.openMerge = null;
    });
  },
  undo() {
    const entry = get().past.at(-1);
    if (!entry) return false;
    const flow = applyPatches(get().flow, entry.inversePatches);
    set((s) => {
      s.flow = flow;
      s.past.pop();
      s.future.push(entry);
      s.openMerge = null;
      s.selection = existingIds(flow, s.selection);
    });
    return true;
  },
  redo() {
    const entry = get().future.at(-1);
    if (!entry) return false;
    const flow = applyPatches(get().flow, entry.patches);
    set((s) => {
      s.flow = flow;
      s.future.pop();
      s.past.push(entry);
      s.openMerge = null;
      s.selection = existingIds(flow, s.selection);
    });
    return true;
  },
});

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
  });
