import { useState } from 'react';
import type { ReactNode } from 'react';
import { closestCenter, DndContext, DragOverlay, pointerWithin } from '@dnd-kit/core';
import type { Announcements, CollisionDetection, DragEndEvent, DragStartEvent } from '@dnd-kit/core';
import { robotDefinition, triggerDefinition } from '../domain/catalog';
import { isPaletteDragData, PaletteDragPreview, usePaletteSensors } from '../panels/palette';
import type { PaletteDragData } from '../panels/palette';
import { useDesignerStoreApi } from '../store';
import type { DesignerStore } from '../store';
import { addFromPalette } from './addNode';

/** The lane under the pointer receives a drop; a keyboard drag has no pointer, so the nearest lane. */
const laneUnderPointer: CollisionDetection = (args) =>
  args.pointerCoordinates ? pointerWithin(args) : closestCenter(args);

const statusOfDrop = (data: unknown): string | undefined =>
  data && typeof data === 'object' && typeof (data as { statusId?: unknown }).statusId === 'string'
    ? (data as { statusId: string }).statusId
    : undefined;

const titleOf = (d: PaletteDragData) =>
  d.kind === 'robot' ? robotDefinition(d.type).title : `${triggerDefinition(d.type).title} trigger`;

/** Screen-reader announcements in the user's words: catalog titles and status names, not ids. */
function announcements(store: DesignerStore): Announcements {
  const item = (data: unknown) => (isPaletteDragData(data) ? titleOf(data) : 'Item');
  const lane = (data: unknown) => {
    const id = statusOfDrop(data);
    return store.getState().flow.statuses.find((s) => s.id === id)?.name ?? 'no status';
  };
  return {
    onDragStart: ({ active }) => `Picked up ${item(active.data.current)}. Move it onto a status.`,
    onDragOver: ({ active, over }) =>
      over ? `${item(active.data.current)} is over ${lane(over.data.current)}.` : 'Not over a status.',
    onDragEnd: ({ active, over }) =>
      over
        ? `${item(active.data.current)} added to ${lane(over.data.current)}.`
        : `${item(active.data.current)} dropped outside the statuses; nothing was added.`,
    onDragCancel: ({ active }) => `Cancelled; ${item(active.data.current)} was not added.`,
  };
}

/**
 * The app's DndContext: palette items are dragged with @dnd-kit onto lanes (droppables rendered by the
 * canvas). React Flow's own card drags are separate and never go through here.
 */
export function DesignerDnd({ children }: { children: ReactNode }) {
  const store = useDesignerStoreApi();
  const sensors = usePaletteSensors();
  const [active, setActive] = useState<PaletteDragData | null>(null);
  const [accessibility] = useState(() => ({ announcements: announcements(store) }));

  const onDragStart = ({ active: a }: DragStartEvent) =>
    setActive(isPaletteDragData(a.data.current) ? a.data.current : null);

  const onDragEnd = ({ active: a, over }: DragEndEvent) => {
    setActive(null);
    const data = a.data.current;
    const status = statusOfDrop(over?.data.current);
    if (!isPaletteDragData(data) || status === undefined) return;
    if (data.kind === 'robot') addFromPalette(store, status, 'robot', data.type);
    else addFromPalette(store, status, 'trigger', data.type);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={laneUnderPointer}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActive(null)}
      accessibility={accessibility}
    >
      {children}
      <DragOverlay dropAnimation={null}>{active && <PaletteDragPreview {...active} />}</DragOverlay>
    </DndContext>
  );
}
