import { createRobot, createTrigger } from '../domain/factory';
import { statusId } from '../domain/ids';
import type { DropTarget } from '../canvas/slots';
import type { Command } from '../domain/commands';
import type { PaletteAddArgs, PaletteNodeRef } from '../panels/palette';
import type { DesignerState, DesignerStore } from '../store';

/**
 * The lane a click or Enter in the palette adds to: the selected lane, else the lane of the selected
 * card, else the first lane (so the palette works from the keyboard before anything is selected).
 */
export function targetStatusId(s: Pick<DesignerState, 'flow' | 'selection'>): string | undefined {
  const { flow } = s;
  for (const id of s.selection) {
    if (flow.statuses.some((st) => st.id === id)) return id;
    const node = flow.robots.find((r) => r.id === id) ?? flow.triggers.find((t) => t.id === id);
    if (node) return node.status;
  }
  return flow.statuses[0]?.id;
}

/**
 * Adds a catalog item to a status (a trigger to its trigger row) and selects it, so the inspector
 * opens on the settings it still needs. Returns the new id, or undefined when refused.
 */
export function addFromPalette(
  store: DesignerStore,
  statusIdValue: string,
  ...args: PaletteAddArgs
): string | undefined {
  const { flow, dispatch, select, notify } = store.getState();
  const status = statusId(statusIdValue);
  let id: string;
  let result;
  if (args[0] === 'robot') {
    const robot = createRobot(flow, args[1], status);
    id = robot.id;
    result = dispatch({ type: 'robot.add', robot });
  } else {
    const trigger = createTrigger(flow, args[1], status);
    id = trigger.id;
    result = dispatch({ type: 'trigger.add', trigger });
  }
  if (!result.ok) {
    notify(result.reason, 'error');
    return undefined;
  }
  select([id]);
  return id;
}

/**
 * Adds a catalog item where a drop on the board showed it would land (see canvas/slots.ts), as one
 * undo step: a robot into its slot (a chain after a card, a chain's head, its own group), a trigger
 * into its place in the trigger row. Selects it; returns the new id, or undefined when refused.
 */
export function addAtTarget(
  store: DesignerStore,
  target: DropTarget,
  item: PaletteNodeRef,
): string | undefined {
  const { flow, dispatch, select, notify } = store.getState();
  const status = statusId(target.statusId);
  let id: string;
  let command: Command;
  if (item.kind === 'robot') {
    const robot = createRobot(flow, item.type, status);
    id = robot.id;
    const slot = target.kind === 'robot' ? target.slot : ({ kind: 'parallel', before: null } as const);
    command = {
      type: 'batch',
      commands: [
        { type: 'robot.add', robot },
        { type: 'robot.place', id: robot.id, toStatus: status, slot },
      ],
    };
  } else {
    const trigger = createTrigger(flow, item.type, status);
    id = trigger.id;
    const before = target.kind === 'trigger' ? target.before : null;
    command = {
      type: 'batch',
      commands: [
        { type: 'trigger.add', trigger },
        { type: 'trigger.place', id: trigger.id, toStatus: status, before },
      ],
    };
  }
  const result = dispatch(command);
  if (!result.ok) {
    notify(result.reason, 'error');
    return undefined;
  }
  select([id]);
  return id;
}
