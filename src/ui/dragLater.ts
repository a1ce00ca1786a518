import { useCallback, useId, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';

/*
 * Dragging from the palette without @dnd-kit in the first load (about 12 kB gzip of it): the palette
 * items and the lanes say here what they are, and the app's drag root (src/app/PaletteDnd.tsx, a
 * chunk loaded right after the first screen) runs dnd-kit's useDraggable / useDroppable for each of
 * them inside its DndContext and hands back what dnd-kit answers (listeners, attributes, isDragging,
 * isOver). Until the root is there, an item shows as not dragging and a lane as not hovered.
 *
 * A press on an item before the root has arrived is not lost: it asks for the root at once and is
 * kept, and once the item's listeners arrive while the button is still down, dnd-kit's pointer sensor
 * is started from that very press, so the first drag works even on a slow connection (it follows the
 * pointer once the code is there). A press let go before then was a click, which adds as ever.
 */

/** What dnd-kit's useDraggable says about an item; attributes are empty until the root is there. */
export interface DragState {
  attributes: Partial<DraggableAttributes>;
  listeners: DraggableSyntheticListeners;
  isDragging: boolean;
}

export interface DragEntry {
  id: string;
  data: Record<string, unknown>;
  report: (state: DragState) => void;
}

export interface DropEntry {
  id: string;
  data: Record<string, unknown>;
  report: (isOver: boolean) => void;
}

/** Each item's and lane's element, and where dnd-kit's setNodeRef wants it once a probe runs. */
interface Slot {
  node: HTMLElement | null;
  attach?: (node: HTMLElement | null) => void;
}

const registry = {
  draggables: new Map<string, DragEntry>(),
  droppables: new Map<string, DropEntry>(),
  slots: new Map<string, Slot>(),
  version: 0,
  listeners: new Set<() => void>(),
};

function changed() {
  registry.version += 1;
  for (const listener of registry.listeners) listener();
}

const slotOf = (key: string): Slot => {
  let slot = registry.slots.get(key);
  if (!slot) registry.slots.set(key, (slot = { node: null }));
  return slot;
};

/** For the drag root: the items and lanes to run dnd-kit's hooks for, and their elements. */
export const dragRegistry = {
  subscribe(listener: () => void) {
    registry.listeners.add(listener);
    return () => void registry.listeners.delete(listener);
  },
  version: () => registry.version,
  draggables: () => [...registry.draggables],
  droppables: () => [...registry.droppables],
  /** Gives dnd-kit's setNodeRef the element now and whenever it changes; undone by the returned function. */
  attach(key: string, setNodeRef: (node: HTMLElement | null) => void): () => void {
    const slot = slotOf(key);
    slot.attach = setNodeRef;
    setNodeRef(slot.node);
    return () => {
      if (slot.attach === setNodeRef) slot.attach = undefined;
    };
  },
};

/* The drag root's chunk: asked for once (after the first screen, or by an early press). */
const root = { requested: false, listeners: new Set<() => void>() };

/** Asks for the drag root (src/app/DesignerDnd.tsx renders it once asked). */
export function requestDragRoot(): void {
  if (root.requested) return;
  root.requested = true;
  for (const listener of root.listeners) listener();
}

export function useDragRootRequested(): boolean {
  return useSyncExternalStore(
    (listener) => {
      root.listeners.add(listener);
      return () => void root.listeners.delete(listener);
    },
    () => root.requested,
  );
}

/** A press on an item made before its listeners were there, while the button stays down. */
let early: { key: string; event: PointerEvent } | null = null;
const forgetEarly = () => {
  early = null;
};

function keepEarlyPress(key: string, event: ReactPointerEvent) {
  if (!event.isPrimary || event.button !== 0) return;
  early = { key, event: event.nativeEvent };
  // Let go (or cancelled) before the code arrived: it was a click, not the start of a drag.
  window.addEventListener('pointerup', forgetEarly, { capture: true, once: true });
  window.addEventListener('pointercancel', forgetEarly, { capture: true, once: true });
  requestDragRoot();
}

const NOT_DRAGGING: DragState = { attributes: {}, listeners: undefined, isDragging: false };

/**
 * dnd-kit's useDraggable for an item, run by the drag root: `listeners` to spread on the element,
 * `setNodeRef` as (part of) its ref. `data` is read when the item mounts or its id changes.
 */
export function useDraggableLater(id: string, data: Record<string, unknown>) {
  const key = useId();
  const [state, setState] = useState<DragState>(NOT_DRAGGING);
  useLayoutEffect(() => {
    const report = (next: DragState) => {
      setState(next);
      const press = early;
      if (press && press.key === key && next.listeners?.onPointerDown) {
        early = null;
        // The sensor reads the press's position and listens on its document from here on.
        (next.listeners.onPointerDown as (event: { nativeEvent: PointerEvent }) => void)({
          nativeEvent: press.event,
        });
      }
    };
    registry.draggables.set(key, { id, data, report });
    changed();
    return () => {
      registry.draggables.delete(key);
      changed();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- data follows the id
  }, [key, id]);
  const setNodeRef = useNodeRef(key);
  const listeners: DraggableSyntheticListeners = state.listeners ?? {
    onPointerDown: (event: ReactPointerEvent) => keepEarlyPress(key, event),
  };
  return { ...state, listeners, setNodeRef };
}

/** dnd-kit's useDroppable for a lane, run by the drag root. */
export function useDroppableLater(id: string, data: Record<string, unknown>) {
  const key = useId();
  const [isOver, setOver] = useState(false);
  useLayoutEffect(() => {
    registry.droppables.set(key, { id, data, report: setOver });
    changed();
    return () => {
      registry.droppables.delete(key);
      changed();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- data follows the id
  }, [key, id]);
  const setNodeRef = useNodeRef(key);
  return { isOver, setNodeRef };
}

function useNodeRef(key: string) {
  // Unmounted (a key never changes): its element goes (the ref's null may come before or after).
  useLayoutEffect(() => () => void registry.slots.delete(key), [key]);
  return useCallback(
    (node: HTMLElement | null) => {
      if (node === null && !registry.draggables.has(key) && !registry.droppables.has(key)) {
        registry.slots.delete(key); // unmounted
        return;
      }
      const slot = slotOf(key);
      if (slot.node === node) return;
      slot.node = node;
      slot.attach?.(node);
    },
    [key],
  );
}
