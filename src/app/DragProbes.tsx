import { memo, useLayoutEffect, useSyncExternalStore } from 'react';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { dragRegistry } from '../ui/dragLater';
import type { DragEntry, DropEntry } from '../ui/dragLater';

/*
 * dnd-kit's hooks for the palette items and lanes that src/ui/dragLater.ts keeps a list of: each
 * probe renders nothing, hands its element to dnd-kit and reports what dnd-kit says back to its item
 * or lane. Goes inside a DndContext (the app's drag root, PaletteDnd, or a test's).
 */
export function DragProbes() {
  useSyncExternalStore(dragRegistry.subscribe, dragRegistry.version);
  return (
    <>
      {dragRegistry.draggables().map(([key, entry]) => (
        <DraggableProbe key={`${key}:${entry.id}`} slot={key} entry={entry} />
      ))}
      {dragRegistry.droppables().map(([key, entry]) => (
        <DroppableProbe key={`${key}:${entry.id}`} slot={key} entry={entry} />
      ))}
    </>
  );
}

/*
 * Memoized: the list changes whenever a lane enters or leaves a large board's view, and every
 * palette item's probe re-running dnd-kit's hooks at each lane a pan crosses was work for nothing.
 */
const DraggableProbe = memo(function DraggableProbe({ slot, entry }: { slot: string; entry: DragEntry }) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: entry.id, data: entry.data });
  useLayoutEffect(() => dragRegistry.attach(slot, setNodeRef), [slot, setNodeRef]);
  useLayoutEffect(() => {
    entry.report({ attributes, listeners, isDragging });
  }, [entry, attributes, listeners, isDragging]);
  return null;
});

const DroppableProbe = memo(function DroppableProbe({ slot, entry }: { slot: string; entry: DropEntry }) {
  const { setNodeRef, isOver } = useDroppable({ id: entry.id, data: entry.data });
  useLayoutEffect(() => dragRegistry.attach(slot, setNodeRef), [slot, setNodeRef]);
  useLayoutEffect(() => {
    entry.report(isOver);
  }, [entry, isOver]);
  return null;
});
