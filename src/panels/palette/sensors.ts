import { KeyboardSensor, PointerSensor, useSensor, useSensors } from '@dnd-kit/core';

/**
 * Sensors for the app's DndContext. The pointer must travel a few pixels before a drag starts:
 * without that, dnd-kit starts a drag on every press and swallows the click that adds an item.
 * The keyboard sensor picks an item up with Space (Enter is the palette's "add").
 */
export function usePaletteSensors() {
  return useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, {
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );
}
