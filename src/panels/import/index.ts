export { ImportDialog } from './ImportDialog';
export type { ImportDialogProps } from './ImportDialog';
export { useWindowFileDrop } from './useWindowFileDrop';
export { FileDropOverlay } from './FileDropOverlay';
