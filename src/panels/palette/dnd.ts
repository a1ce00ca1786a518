import type { PaletteItem } from '../../domain/catalog';
import type { RobotType, TriggerType } from '../../domain/types';

/** What a palette item places; the tuple keeps `type` narrowed by `kind` in handlers. */
export type PaletteAddArgs = [kind: 'robot', type: RobotType] | [kind: 'trigger', type: TriggerType];
export type PaletteKind = PaletteAddArgs[0];

/** `data` of a palette draggable, read by the app's onDragEnd to add the node to the lane dropped on. */
export type PaletteDragData = PaletteNodeRef & { source: 'palette' };

/** A catalog entry by kind and type. */
export type PaletteNodeRef = { kind: 'robot'; type: RobotType } | { kind: 'trigger'; type: TriggerType };

/** The draggable id, e.g. `palette:robot:email.send`; unique because kinds and types are. */
export function paletteDraggableId(kind: PaletteKind, type: string): string {
  return `palette:${kind}:${type}`;
}

/** Narrows a dnd-kit `active.data.current` to a palette item (cards on the canvas drag other data). */
export function isPaletteDragData(data: unknown): data is PaletteDragData {
  if (!data || typeof data !== 'object') return false;
  const d = data as Record<string, unknown>;
  return d.source === 'palette' && (d.kind === 'robot' || d.kind === 'trigger') && typeof d.type === 'string';
}

/** The drag data of a catalog item; the full palette and its rail drag the same, so drops agree. */
export function paletteDragData(item: PaletteItem): PaletteDragData {
  return item.kind === 'robot'
    ? { source: 'palette', kind: 'robot', type: item.def.type }
    : { source: 'palette', kind: 'trigger', type: item.def.type };
}
