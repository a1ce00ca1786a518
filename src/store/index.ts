export { createDesignerStore, canRedo, canUndo, isDirty } from './createDesignerStore';
export type { DesignerStore } from './createDesignerStore';
export { DesignerStoreProvider, useDesigner, useDesignerStoreApi } from './context';
export {
  attachAutosave,
  loadSavedFlow,
  snapshotForSave,
  FLOW_STORAGE_KEY,
  AUTOSAVE_DELAY_MS,
} from './persistence';
export type { Autosave, LoadedFlow } from './persistence';
export { loadReference } from './reference';
export { environmentOf, nodeProblemsOf, problemsOf } from './lint';
export { HISTORY_LIMIT } from './slices';
export { editMergeKey } from './mergeKey';
export type {
  Capture,
  DesignerState,
  DispatchOptions,
  HistoryEntry,
  ReferenceState,
  Toast,
  Viewport,
} from './types';
export { isSimulating, LOCKED_REASON } from './simulation';
export type { SimulationSlice, SimulationView } from './simulation';
export { loadScenarios, saveScenarios, scenariosStorageKey } from './scenarios';
