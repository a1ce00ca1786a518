export { Palette, type PaletteProps } from './Palette';
export { PaletteDragPreview } from './PaletteDragPreview';
export {
  isPaletteDragData,
  paletteDraggableId,
  type PaletteAddArgs,
  type PaletteDragData,
  type PaletteKind,
  type PaletteNodeRef,
} from './dnd';
export { usePaletteSensors } from './sensors';
