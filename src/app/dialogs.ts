// The dialogs behind the top bar's buttons and "?", as one chunk: see lazyParts.ts.
export { FlowsDialog } from '../panels/flows/FlowsDialog';
export { ImportDialog } from '../panels/import/ImportDialog';
export { ConflictDialog } from '../panels/backend/ConflictDialog';
export { PublishDialog } from '../panels/backend/PublishDialog';
export { HistoryDialog } from '../panels/backend/HistoryDialog';
export { ShortcutsHelp } from '../panels/ShortcutsHelp';
