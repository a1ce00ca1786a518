import { applyPatches } from 'immer';
import type { StateCreator } from 'zustand';
import { applyCommand } from '../domain/commands';
import type { Flow } from '../domain/flow';
import type { DesignerState, DocumentSlice, HistorySlice, SelectionSlice, UiSlice } from './types';

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
        s.past.push({ label: command.type, patches: result.patches, inversePatches: result.inversePatches });
        if (s.past.length > HISTORY_LIMIT) s.past.splice(0, s.past.length - HISTORY_LIMIT);
        // A new edit after undo starts a new branch: the undone steps can no longer be redone.
        s.future = [];
      });
      return result;
    },
  });

export const createHistorySlice: Slice<HistorySlice> = (set, get) => ({
  past: [],
  future: [],
  undo() {
    const entry = get().past.at(-1);
    if (!entry) return false;
    const flow = applyPatches(get().flow, entry.inversePatches);
    set((s) => {
      s.flow = flow;
      s.past.pop();
      s.future.push(entry);
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
      s.selection = existingIds(flow, s.selection);
    });
    return true;
  },
});

export const createSelectionSlice: Slice<SelectionSlice> = (set) => ({
  selection: [],
  select(ids) {
    set((s) => {
      s.selection = [...new Set(ids)];
    });
  },
  clearSelection() {
    set((s) => {
      s.selection = [];
    });
  },
});

export const createUiSlice =
  (initialFlow: Flow): Slice<UiSlice> =>
  (set) => ({
    // The viewport the flow was saved with: reopening shows the canvas where the user left it.
    viewport: initialFlow.layout?.viewport ?? null,
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
  });
