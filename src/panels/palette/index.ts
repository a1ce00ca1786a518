/*
 * Wiring, in the app shell:
 *
 *   const sensors = usePaletteSensors();
 *   <DndContext sensors={sensors} onDragStart={…} onDragEnd={({ active, over }) => {
 *     const data = active.data.current;
 *     if (isPaletteDragData(data) && over) add(data.kind, data.type, laneOf(over));
 *   }}>
 *     <Palette onAdd={(kind, type) => add(kind, type, selectedLane)} targetName={selectedLaneName} />
 *     …lanes as useDroppable…
 *     <DragOverlay>{dragged && <PaletteDragPreview {...dragged} />}</DragOverlay>
 *   </DndContext>
 *
 * where `add` dispatches robot.add / trigger.add with createRobot / createTrigger (domain/factory).
 */
export { Palette, type PaletteProps } from './Palette';
export { PaletteRail, type PaletteRailProps } from './PaletteRail';
export { PaletteDragPreview } from './PaletteDragPreview';
export { usePaletteSensors } from './sensors';
export {
  isPaletteDragData,
  paletteDraggableId,
  paletteDragData,
  type PaletteAddArgs,
  type PaletteDragData,
  type PaletteKind,
  type PaletteNodeRef,
} from './dnd';
export { Highlight } from './Highlight';
export { itemKey, queryWords, searchPalette, type PaletteSection } from './search';
export { useCatalogSearch } from './useCatalogSearch';
export { GROUP_TILE, groupOf } from './tones';
