export { createDesignerStore, canRedo, canUndo, isDirty, isLocked } from './createDesignerStore';
export type { DesignerStore, DesignerStoreOptions } from './createDesignerStore';
export { DesignerStoreProvider, useDesigner, useDesignerStoreApi } from './context';
export {
  attachAutosave,
  designStorageKey,
  viewportStorageKey,
  loadSavedFlow,
  readBrowserRecord,
  snapshotForSave,
  FLOW_STORAGE_KEY,
  OPEN_DESIGN_KEY,
  AUTOSAVE_DELAY_MS,
} from './persistence';
export type { Autosave, AutosaveOptions, BrowserRecord, LoadedFlow, PageEvents } from './persistence';
export { browserCopyOf, serverLinkFor } from './browserCopy';
export type { BrowserCopyState, OtherTabChoice, OtherTabCopy, ServerLink, ServerNote } from './browserCopy';
export { loadReference } from './reference';
export {
  environmentOf,
  exactProblemsOf,
  LINT_IN_WORKER_ABOVE,
  lintPending,
  nodeProblemsOf,
  problemsOf,
  useLintUpdates,
} from './lint';
export { HISTORY_LIMIT } from './slices';
export {
  flowFingerprint,
  historyStorageKey,
  keepHistoryInSession,
  SESSION_HISTORY_CHARS,
  SESSION_HISTORY_STEPS,
} from './sessionHistory';
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
export {
  loadScenarios,
  sampleScenariosOfFlow,
  saveScenarios,
  scenariosStorageKey,
  storedScenarios,
  withScenarios,
} from './scenarios';
export { INSPECTOR_PINNED_KEY, loadUiFlag, PALETTE_COLLAPSED_KEY, saveUiFlag } from './uiPrefs';
export type { UiPrefKey } from './uiPrefs';
export { createBackendSave } from './backendSave';
export type { BackendSaveMachine, BackendSaveView, PendingConflict, PublishState } from './backendSave';
export { sameDesign } from './sameDesign';
export { namesOf } from './naming';
