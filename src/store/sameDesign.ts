import { deepEqual } from '../domain/conditions';
import type { Flow } from '../domain/flow';

/** The flow as JSON would carry it (keys holding `undefined` dropped), without its layout. */
function designOf(flow: Flow): unknown {
  const { layout: _layout, ...design } = flow;
  return JSON.parse(JSON.stringify(design));
}

/**
 * Whether two flows are the same design for the server's purposes: the layout (card positions, the
 * viewport) is how it is drawn, not what it does, so moving a card does not make a new publish.
 */
export function sameDesign(a: Flow, b: Flow): boolean {
  return a === b || deepEqual(designOf(a), designOf(b));
}
