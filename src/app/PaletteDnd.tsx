import { useMemo, useState } from 'react';
import { closestCenter, DndContext, DragOverlay, pointerWithin } from '@dnd-kit/core';
import type {
  Announcements,
  CollisionDetection,
  DragEndEvent,
  DragMoveEvent,
  DragStartEvent,
} from '@dnd-kit/core';
import { useReactFlow } from '@xyflow/react';
import { documentGraph } from '../canvas/mapping';
import { useSetDropTarget } from '../canvas/dropPreview';
import { dropTargetAt, slotText, triggerDropText } from '../canvas/slots';
import type { DropTarget } from '../canvas/slots';
import { catalogTitle } from '../i18n/catalogText';
import { useTranslator } from '../i18n/react';
import type { Translator } from '../i18n/translator';
import { isPaletteDragData, PaletteDragPreview, usePaletteSensors } from '../panels/palette';
import type { PaletteDragData } from '../panels/palette';
import { useDesignerStoreApi } from '../store';
import type { DesignerStore } from '../store';
import { addAtTarget } from './addNode';
import { DragProbes } from './DragProbes';
import { useReveal } from './useReveal';

/** The lane under the pointer receives a drop; a keyboard drag has no pointer, so the nearest lane. */
const laneUnderPointer: CollisionDetection = (args) =>
  args.pointerCoordinates ? pointerWithin(args) : closestCenter(args);

const statusOfDrop = (data: unknown): string | undefined =>
  data && typeof data === 'object' && typeof (data as { statusId?: unknown }).statusId === 'string'
    ? (data as { statusId: string }).statusId
    : undefined;

/** "Send SMS", "Payment trigger": what is being dragged, in the reader's language. */
const titleOf = (d: PaletteDragData, tr: Translator) =>
  tr.t('canvas.dnd.item', { kind: d.kind, title: catalogTitle(tr, d.kind, d.type) });

/** Where the pointer is now: where the drag started plus how far it went (none for a keyboard drag). */
function pointerOf(event: DragMoveEvent | DragEndEvent): { x: number; y: number } | undefined {
  const start = event.activatorEvent;
  if (
    !(start instanceof MouseEvent) &&
    !(typeof PointerEvent !== 'undefined' && start instanceof PointerEvent)
  )
    return undefined;
  return { x: start.clientX + event.delta.x, y: start.clientY + event.delta.y };
}

/** Screen-reader announcements in the user's words: catalog titles and status names, not ids. */
function announcements(store: DesignerStore, tr: Translator): Announcements {
  const { t } = tr;
  const item = (data: unknown) => (isPaletteDragData(data) ? titleOf(data, tr) : t('canvas.dnd.itemUnknown'));
  const lane = (data: unknown) => {
    const id = statusOfDrop(data);
    return store.getState().flow.statuses.find((s) => s.id === id)?.name ?? t('canvas.dnd.noStatus');
  };
  return {
    onDragStart: ({ active }) => t('canvas.dnd.start', { item: item(active.data.current) }),
    onDragOver: ({ active, over }) =>
      over
        ? t('canvas.dnd.over', { item: item(active.data.current), status: lane(over.data.current) })
        : t('canvas.dnd.notOver'),
    onDragEnd: ({ active, over }) =>
      over
        ? t('canvas.dnd.added', { item: item(active.data.current), status: lane(over.data.current) })
        : t('canvas.dnd.outside', { item: item(active.data.current) }),
    onDragCancel: ({ active }) => t('canvas.dnd.cancel', { item: item(active.data.current) }),
  };
}

/**
 * The app's DndContext, loaded right after the first screen (src/app/DesignerDnd.tsx): palette items
 * are dragged with @dnd-kit onto the board. While a drag moves, the board shows where the item would
 * land (an insertion line and what it will do); the drop adds it exactly there, selects it and brings
 * it into view. React Flow's own card drags are separate and never go through here. The items and
 * lanes are not its children: they are listed in src/ui/dragLater.ts and DragProbes runs dnd-kit's
 * hooks for them, so the board and the palette are the same whether this is loaded or not.
 */
export function PaletteDnd() {
  const store = useDesignerStoreApi();
  const sensors = usePaletteSensors();
  const rf = useReactFlow();
  const reveal = useReveal();
  const setDropTarget = useSetDropTarget();
  const [active, setActive] = useState<PaletteDragData | null>(null);
  const [outside, setOutside] = useState(false);
  const translator = useTranslator();
  const accessibility = useMemo(
    () => ({ announcements: announcements(store, translator) }),
    [store, translator],
  );

  /** The place under the pointer, or for a keyboard drag the end of the lane it is over. */
  const targetOf = (event: DragMoveEvent | DragEndEvent, data: PaletteDragData): DropTarget | undefined => {
    const flow = store.getState().flow;
    const layout = documentGraph(flow, translator).layout;
    const pointer = pointerOf(event);
    if (pointer) {
      // Only over the board itself: the palette and panels beside it are not lanes.
      const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
      const onBoard =
        pane &&
        pointer.x >= pane.left &&
        pointer.x <= pane.right &&
        pointer.y >= pane.top &&
        pointer.y <= pane.bottom;
      return onBoard
        ? dropTargetAt(flow, layout, rf.screenToFlowPosition(pointer), data.kind, translator)
        : undefined;
    }
    const status = statusOfDrop(event.over?.data.current);
    if (status === undefined) return undefined;
    return data.kind === 'robot'
      ? {
          kind: 'robot',
          statusId: status,
          slot: { kind: 'parallel', before: null },
          line: 0,
          text: slotText(flow, { kind: 'parallel', before: null }, translator),
        }
      : { kind: 'trigger', statusId: status, before: null, line: 0, text: triggerDropText(translator) };
  };

  const onDragStart = ({ active: a }: DragStartEvent) =>
    setActive(isPaletteDragData(a.data.current) ? a.data.current : null);

  const onDragMove = (event: DragMoveEvent) => {
    const data = event.active.data.current;
    if (!isPaletteDragData(data)) return;
    const target = targetOf(event, data);
    setOutside(target === undefined);
    setDropTarget(target ?? null);
  };

  const finish = () => {
    setActive(null);
    setOutside(false);
    setDropTarget(null);
  };

  const onDragEnd = (event: DragEndEvent) => {
    const data = event.active.data.current;
    const target = isPaletteDragData(data) ? targetOf(event, data) : undefined;
    finish();
    if (!isPaletteDragData(data)) return;
    if (!target) {
      store.getState().notify(translator.t('canvas.dnd.notAdded', { item: titleOf(data, translator) }));
      return;
    }
    const id = addAtTarget(store, target, data);
    if (id) reveal(id, { onlyIfHidden: true });
  };

  return (
    <DndContext
      sensors={sensors}
      // No auto-scroll: it scrolls the dragged item's scroll box (the palette) whenever the pointer
      // comes near that box's top or bottom, even far to its right over the board, so a drop low in
      // a lane left the palette scrolled away. Nothing else under these drags scrolls.
      autoScroll={false}
      collisionDetection={laneUnderPointer}
      onDragStart={onDragStart}
      onDragMove={onDragMove}
      onDragEnd={onDragEnd}
      onDragCancel={finish}
      accessibility={accessibility}
    >
      <DragProbes />
      <DragOverlay dropAnimation={null}>
        {active && (
          <div>
            <PaletteDragPreview {...active} />
            {outside && (
              <div
                role="status"
                className="mt-1.5 inline-block rounded-md bg-rose-600 px-2 py-0.5 text-xs font-medium text-white shadow"
              >
                {translator.t('canvas.dnd.dropOnStatus')}
              </div>
            )}
          </div>
        )}
      </DragOverlay>
    </DndContext>
  );
}
