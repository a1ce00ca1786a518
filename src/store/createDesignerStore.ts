import { createStore } from 'zustand/vanilla';
import { immer } from 'zustand/middleware/immer';
import type { Flow } from '../domain/flow';
import { createSimulationSlice, lockedRefusal } from './simulation';
import { createDocumentSlice, createHistorySlice, createSelectionSlice, createUiSlice } from './slices';
import type { DesignerState } from './types';

export type DesignerStore = ReturnType<typeof createDesignerStore>;

export interface DesignerStoreOptions {
  /** Makes the design read-only for good (a shared link shown before it is copied): why, in words. */
  readOnly?: string;
}

/**
 * A fresh designer store for one flow. A factory, not a module singleton (ARCHITECTURE habit 8):
 * every test and every mounted designer gets its own, handed down by DesignerStoreProvider.
 */
export function createDesignerStore(initialFlow: Flow, options: DesignerStoreOptions = {}) {
  return createStore<DesignerState>()(
    immer((...a) => {
      const document = createDocumentSlice(initialFlow)(...a);
      const history = createHistorySlice(...a);
      // Why edits are refused right now, or null when they are allowed.
      const lockReason = () =>
        a[1]().readOnly ?? (a[1]().simulation.active ? a[1]().language.t('simulator.locked.reason') : null);
      const locked = () => lockReason() !== null;
      return {
        ...document,
        ...history,
        ...createSelectionSlice(...a),
        ...createUiSlice(initialFlow)(...a),
        ...createSimulationSlice(...a),
        readOnly: options.readOnly ?? null,
        // Simulate mode (or a read-only view) locks the design: whatever issues an edit (canvas, palette, inspector, keys,
        // a menu), the document's writers refuse it.
        dispatch: (command, options) => {
          const reason = lockReason();
          if (reason === null) return document.dispatch(command, options);
          // Said once per attempt, whatever control tried (a lane header, a menu, a drop).
          a[1]().notify(reason, 'error');
          return lockedRefusal(reason);
        },
        undo: () => !locked() && history.undo(),
        redo: () => !locked() && history.redo(),
        goTo: (count) => !locked() && history.goTo(count),
        revertToSaved: () => !locked() && document.revertToSaved(),
      };
    }),
  );
}

/** Edits are refused: simulate mode, or a read-only view. Canvas and panels hide their editing affordances. */
export const isLocked = (s: DesignerState) => s.simulation.active || s.readOnly !== null;
export const canUndo = (s: DesignerState) => s.past.length > 0;
export const canRedo = (s: DesignerState) => s.future.length > 0;
/** Changes not yet written to the browser (a pending autosave, or a save that failed). */
export const isDirty = (s: DesignerState) => s.flow !== s.savedFlow || s.saveError !== null;
