import { createStore } from 'zustand/vanilla';
import { immer } from 'zustand/middleware/immer';
import type { Flow } from '../domain/flow';
import { createDocumentSlice, createHistorySlice, createSelectionSlice, createUiSlice } from './slices';
import type { DesignerState } from './types';

export type DesignerStore = ReturnType<typeof createDesignerStore>;

/**
 * A fresh designer store for one flow. A factory, not a module singleton (ARCHITECTURE habit 8):
 * every test and every mounted designer gets its own, handed down by DesignerStoreProvider.
 */
export function createDesignerStore(initialFlow: Flow) {
  return createStore<DesignerState>()(
    immer((...a) => ({
      ...createDocumentSlice(initialFlow)(...a),
      ...createHistorySlice(...a),
      ...createSelectionSlice(...a),
      ...createUiSlice(initialFlow)(...a),
    })),
  );
}

export const canUndo = (s: DesignerState) => s.past.length > 0;
export const canRedo = (s: DesignerState) => s.future.length > 0;
/** Changes not yet written to the browser (a pending autosave, or a save that failed). */
export const isDirty = (s: DesignerState) => s.flow !== s.savedFlow || s.saveError !== null;
