import { createRobot, createTrigger } from '../domain/factory';
import { statusId } from '../domain/ids';
import type { PaletteAddArgs } from '../panels/palette';
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
