import type { Flow } from '../domain/flow';
import { namer } from '../domain/naming';

/** How messages about a run name the parts of a flow: `"Canceled" (D)` in the CLI, `"Canceled"` for people. */
export interface FlowNames {
  readonly ids: boolean;
  robot(id: string): string;
  status(id: string): string;
  trigger(id: string): string;
  hasRobot(id: string): boolean;
  hasStatus(id: string): boolean;
}

/**
 * The design's one namer (domain/naming.ts) in the straight quotes of the CLI's lines and of the
 * shared conformance examples: `robot "Create a task" (task) is done`.
 */
export function flowNames(flow: Flow, ids: boolean): FlowNames {
  const names = namer(flow);
  const quoted = (known: boolean, text: string, id: string, missing: string) => {
    if (!known) return ids ? `"${id}"` : missing;
    return ids ? `"${text}" (${id})` : `"${text}"`;
  };
  return {
    ids,
    robot: (id) => quoted(names.hasRobot(id), names.robot(id, false), id, 'a deleted robot'),
    status: (id) => quoted(names.hasStatus(id), names.status(id), id, 'a deleted status'),
    trigger: (id) => quoted(names.hasTrigger(id), names.trigger(id, false), id, 'a deleted trigger'),
    hasRobot: (id) => names.hasRobot(id),
    hasStatus: (id) => names.hasStatus(id),
  };
}
