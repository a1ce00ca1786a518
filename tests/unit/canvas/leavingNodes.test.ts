import { describe, expect, it } from 'vitest';
import { withLeavingHidden } from '../../../src/canvas/leavingNodes';
import { documentGraph } from '../../../src/canvas/mapping';
import { windowGraph } from '../../../src/canvas/viewportWindow';
import type { Rect } from '../../../src/canvas/viewportWindow';
import { generateFlow } from '../../fixtures/generators';

/*
 * Cards leave React Flow's list in two steps: hidden first (their wrappers unmount), gone one render
 * later — a card dropped in one step is read by its still-mounted wrapper and throws (leavingNodes.ts).
 */
const graph = documentGraph(generateFlow(7, { statuses: 6, robotsPerStatus: 120, triggers: 30 }));
const view: Rect = { x: 0, y: 0, width: 3000, height: 1200 };
const near = windowGraph(graph, view).nodes;
const lanes = near.filter((n) => n.type === 'lane');

describe('nodes leaving the board', () => {
  it('keeps the cards a list drops, hidden, after the new list (the lanes zoomed far out)', () => {
    const handed = withLeavingHidden(near, lanes);
    expect(handed.slice(0, lanes.length)).toEqual(lanes);
    const leaving = handed.slice(lanes.length);
    expect(leaving.map((n) => n.id)).toEqual(near.filter((n) => n.type !== 'lane').map((n) => n.id));
    expect(leaving.every((n) => n.hidden === true)).toBe(true);
    // Hidden copies: the nodes of the document's graph are not changed.
    expect(near.some((n) => n.hidden)).toBe(false);
  });

  it('lets hidden ones go on the next list, and hands a list back as it is when nothing leaves', () => {
    const hidden = withLeavingHidden(near, lanes);
    expect(withLeavingHidden(hidden, lanes)).toBe(lanes);
    expect(withLeavingHidden(lanes, near)).toBe(near);
    expect(withLeavingHidden(near, near)).toBe(near);
  });

  it('hides only what leaves when the window moves on', () => {
    const below = windowGraph(graph, { ...view, y: 900 }).nodes;
    const handed = withLeavingHidden(near, below);
    const stays = new Set(below.map((n) => n.id));
    const gone = handed.filter((n) => n.hidden);
    expect(gone.length).toBeGreaterThan(0);
    expect(gone.every((n) => !stays.has(n.id))).toBe(true);
    expect(handed).toHaveLength(below.length + gone.length);
  });
});
