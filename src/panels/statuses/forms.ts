// The status forms as one chunk (they share the pickers): see parts.ts.
export { StatusEditor } from './StatusEditor';
export { AddStatusDialog } from './AddStatusDialog';
export { DeleteStatusDialog } from './DeleteStatusDialog';
