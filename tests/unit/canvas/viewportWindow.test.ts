import { describe, expect, it } from 'vitest';
import { documentGraph } from '../../../src/canvas/mapping';
import { applyCommand } from '../../../src/domain/commands';
import type { Command } from '../../../src/domain/commands';
import type { Flow } from '../../../src/domain/flow';
import { triggerId } from '../../../src/domain/ids';
import { nextWindow, visibleRect, windowGraph, withPinned } from '../../../src/canvas/viewportWindow';
import type { Rect } from '../../../src/canvas/viewportWindow';
import { generateFlow } from '../../fixtures/generators';

/*
 * Which part of a large design React Flow is handed: the window around the view, cut again only
 * when the view leaves it, with every lane, the links inside it and the pinned cards.
 */
const flow = generateFlow(7, { statuses: 6, robotsPerStatus: 120, triggers: 30 });
const graph = documentGraph(flow);
const laneX = new Map(graph.nodes.filter((n) => n.type === 'lane').map((n) => [n.id, n.position.x]));
const boxOf = (id: string): Rect => {
  const node = graph.nodes.find((n) => n.id === id)!;
  const x = (node.parentId ? laneX.get(node.parentId)! : 0) + node.position.x;
  return { x, y: node.position.y, width: node.width!, height: node.height! };
};
const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the window around the view', () => {
  const view = visibleRect([-1000, -200, 0.5], 1200, 800);

  it('reads the visible part of the flow from the transform and the pane size', () => {
    expect(view).toEqual({ x: 2000, y: 400, width: 2400, height: 1600 });
  });

  it('reaches beyond the view on every side and stays while the view moves inside it', () => {
    const window = nextWindow(null, view)!;
    expect(window.x).toBeLessThan(view.x);
    expect(window.y).toBeLessThan(view.y);
    expect(window.x + window.width).toBeGreaterThan(view.x + view.width);
    expect(window.y + window.height).toBeGreaterThan(view.y + view.height);
    expect(nextWindow(window, { ...view, x: view.x + 500 })).toBeNull();
  });

  it('is cut again when the view leaves it, or after zooming far into it', () => {
    const window = nextWindow(null, view)!;
    const panned = { ...view, x: window.x + window.width - view.width / 2 };
    expect(nextWindow(window, panned)).toMatchObject({ y: window.y, height: window.height });
    const zoomedIn = { x: view.x + 1000, y: view.y + 700, width: 240, height: 160 };
    const smaller = nextWindow(window, zoomedIn)!;
    expect(smaller.width).toBeLessThan(window.width / 4);
  });
});

describe('the graph handed to React Flow', () => {
  const window: Rect = { x: 0, y: 0, width: 3000, height: 1200 };
  const shown = windowGraph(graph, window);
  const ids = new Set(shown.nodes.map((n) => n.id));

  it('keeps every lane, first, and the cards in the window, not the others', () => {
    const lanes = graph.nodes.filter((n) => n.type === 'lane');
    expect(shown.nodes.slice(0, lanes.length)).toEqual(lanes);
    const cards = graph.nodes.filter((n) => n.type !== 'lane');
    for (const card of cards) if (overlaps(boxOf(card.id), window)) expect(ids.has(card.id)).toBe(true);
    expect(shown.nodes.length).toBeLessThan(graph.nodes.length / 4);
    const farCard = cards.at(-1)!;
    expect(overlaps(boxOf(farCard.id), window)).toBe(false);
    expect(ids.has(farCard.id)).toBe(false);
  });

  it('keeps each link whose two cards are in the window, and only those', () => {
    expect(graph.edges.length).toBeGreaterThan(0);
    for (const edge of graph.edges) {
      const both = overlaps(boxOf(edge.source), window) && overlaps(boxOf(edge.target), window);
      expect(shown.edges.includes(edge)).toBe(both);
    }
    expect(shown.edges.length).toBeGreaterThan(0);
    for (const edge of shown.edges) {
      expect(ids.has(edge.source)).toBe(true);
      expect(ids.has(edge.target)).toBe(true);
    }
  });

  it('adds pinned cards from anywhere, after the lanes, and hands back the same array when none is missing', () => {
    const far = graph.nodes.at(-1)!;
    const pinned = withPinned(shown, [far.id, 'unknown', shown.nodes.at(-1)!.id]);
    expect(pinned.at(-1)).toBe(far);
    expect(pinned).toHaveLength(shown.nodes.length + 1);
    expect(withPinned(shown, [shown.nodes.at(-1)!.id])).toBe(shown.nodes);
  });

  it('hands over only the lanes before the pane has a size', () => {
    const none = windowGraph(graph, null);
    expect(none.nodes.every((n) => n.type === 'lane')).toBe(true);
    expect(none.edges).toEqual([]);
  });
});

describe('the window across edits', () => {
  const edit = (from: Flow, command: Command): Flow => {
    const result = applyCommand(from, command);
    if (!result.ok) throw new Error(result.reason);
    return result.flow;
  };
  const window: Rect = { x: 0, y: 0, width: 3000, height: 1200 };
  // A trigger: it has no "after previous" link.
  const inside = windowGraph(graph, window).nodes.find((n) => n.type === 'trigger')!;

  it('keeps the same cards after a rename, showing the renamed card as it is now', () => {
    const renamed = documentGraph(
      edit(flow, { type: 'trigger.update', id: triggerId(inside.id), changes: { name: 'Renamed' } }),
    );
    expect(renamed.layout).toBe(graph.layout);
    const shown = windowGraph(renamed, window);
    expect(shown.nodes.map((n) => n.id)).toEqual(windowGraph(graph, window).nodes.map((n) => n.id));
    expect(shown.nodes.find((n) => n.id === inside.id)!.ariaLabel).toMatch(/^Renamed/);
  });

  it('measures again when a card moves', () => {
    const firstLanes: Rect = { x: 0, y: 0, width: 600, height: 1200 };
    const near = windowGraph(graph, firstLanes).nodes.find((n) => n.type === 'trigger')!;
    // To the last status, far right of the first lanes.
    const last = flow.statuses.at(-1)!.id;
    const moved = documentGraph(
      edit(flow, { type: 'trigger.place', id: triggerId(near.id), toStatus: last, before: null }),
    );
    expect(moved.layout).not.toBe(graph.layout);
    expect(windowGraph(moved, firstLanes).nodes.some((n) => n.id === near.id)).toBe(false);
  });
});
