import { describe, expect, it } from 'vitest';
import { documentGraph } from '../../../src/canvas/mapping';
import { CARDS_PER_FRAME, entryQueue } from '../../../src/canvas/stagedEntry';
import { nextWindow, visibleRect, windowGraph } from '../../../src/canvas/viewportWindow';
import type { WindowedGraph } from '../../../src/canvas/viewportWindow';
import { generateFlow } from '../../fixtures/generators';

/*
 * After a window cut, the cards it brings in enter React Flow a few per frame, nearest the view
 * first; a first window, a jump far away, or a handful of new cards show at once.
 */
const flow = generateFlow(7, { statuses: 6, robotsPerStatus: 120, triggers: 30 });
const graph = documentGraph(flow);
const centreOf = (r: { x: number; y: number; width: number; height: number }) => ({
  x: r.x + r.width / 2,
  y: r.y + r.height / 2,
});
const cards = (w: WindowedGraph) => new Set(w.nodes.filter((n) => n.type !== 'lane').map((n) => n.id));

const view = visibleRect([-300, -200, 0.8], 1200, 800);
const first = windowGraph(graph, nextWindow(null, view));
// The view scrolled down past the window's edge: a new window, partly over the old one.
const panned = { ...view, y: view.y + view.height };
const secondWindow = nextWindow(nextWindow(null, view), panned)!;
const second = windowGraph(graph, secondWindow);

describe('cards entering after a window cut', () => {
  it('waits with the new cards of a cut, nearest the view first', () => {
    const queue = entryQueue(second, first.kept, centreOf(secondWindow));
    const entering = [...cards(second)].filter((id) => !first.kept.has(id));
    expect(entering.length).toBeGreaterThan(CARDS_PER_FRAME);
    expect(new Set(queue)).toEqual(new Set(entering));
    // Cards already shown never wait.
    expect(queue.some((id) => first.kept.has(id))).toBe(false);
    const distance = (id: string) => {
      const node = graph.nodes.find((n) => n.id === id)!;
      const lane = graph.nodes.find((n) => n.id === node.parentId)!;
      const centre = centreOf(secondWindow);
      return Math.hypot(lane.position.x + node.position.x - centre.x, node.position.y - centre.y);
    };
    expect(distance(queue[0]!)).toBeLessThan(distance(queue[queue.length - 1]!));
  });

  it('shows a first window, a jump with nothing in common and a few new cards at once', () => {
    expect(entryQueue(first, null, centreOf(view))).toEqual([]);
    const lanesOnly = new Set(first.nodes.filter((n) => n.type === 'lane').map((n) => n.id));
    expect(entryQueue(second, lanesOnly, centreOf(secondWindow))).toEqual([]);
    const almostAll = new Set([...second.kept].slice(0, second.kept.size - CARDS_PER_FRAME));
    expect(entryQueue(second, almostAll, centreOf(secondWindow))).toEqual([]);
  });
});
