import type { CanvasEdge, CanvasNode } from './types';

/*
 * Windowing for large designs. React Flow adopts every node it is given on every change — a
 * selection, a keystroke — and scans them all on every frame of a pan to find the visible ones,
 * and every edge as well. At 5,000 robots that was most of the time a click or a keystroke took.
 * So above the culling threshold the canvas hands React Flow only the cards in a window around the
 * visible area (plus the lanes, the selection and the links between cards in the window), and
 * cuts a new window only when the view has moved out of the old one or zoomed far into it.
 */

/** A rectangle in flow coordinates. */
export type Rect = { x: number; y: number; width: number; height: number };

/** How far the window reaches beyond the visible area on each side, as a share of its size. */
const MARGIN = 0.6;
/** After zooming in, a window this many times the visible area is cut again, smaller. */
const MAX_AREA_RATIO = 12;

/** The part of the flow on screen, from React Flow's transform ([x, y, zoom]) and the pane's size. */
export function visibleRect(
  transform: readonly [number, number, number],
  width: number,
  height: number,
): Rect {
  const [tx, ty, zoom] = transform;
  return { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom };
}

const contains = (outer: Rect, inner: Rect) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The window to use from now on, or null while the current one still serves the visible area. */
export function nextWindow(current: Rect | null, visible: Rect): Rect | null {
  if (
    current &&
    contains(current, visible) &&
    current.width * current.height <= MAX_AREA_RATIO * visible.width * visible.height
  )
    return null;
  const dx = visible.width * MARGIN;
  const dy = visible.height * MARGIN;
  return {
    x: visible.x - dx,
    y: visible.y - dy,
    width: visible.width + 2 * dx,
    height: visible.height + 2 * dy,
  };
}

export interface WindowedGraph {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
  /** The ids of `nodes`. */
  kept: ReadonlySet<string>;
  /** Every node of the whole graph, for pinning cards outside the window. */
  all: readonly CanvasNode[];
}

type Graph = { nodes: readonly CanvasNode[]; edges: readonly CanvasEdge[]; layout?: object };

/*
 * Which ids a window keeps depends only on where things are: while the layout object is the same
 * (typing a name, changing a setting — see layoutFlow), the ids found last time are kept and only
 * the current node objects are picked by them, without measuring anything again.
 */
const keptByLayout = new WeakMap<object, { window: Rect | null; nodes: Set<string>; edges: Set<string> }>();

/**
 * The nodes and edges of `graph` that React Flow needs to draw `window`: every lane (they are the
 * cards' parents and what fit-view and the header drag measure), the cards overlapping the window,
 * and the links between two of those cards. Nodes keep their order, so lanes still come before their cards.
 * Without a window (the pane has no size yet) only the lanes are kept.
 */
export function windowGraph(graph: Graph, window: Rect | null): WindowedGraph {
  const known = graph.layout === undefined ? undefined : keptByLayout.get(graph.layout);
  const ids = known?.window === window ? known : measureWindow(graph, window);
  if (graph.layout !== undefined && ids !== known) keptByLayout.set(graph.layout, { window, ...ids });
  return {
    nodes: graph.nodes.filter((node) => ids.nodes.has(node.id)),
    edges: graph.edges.filter((edge) => ids.edges.has(edge.id)),
    kept: ids.nodes,
    all: graph.nodes,
  };
}

function measureWindow(graph: Graph, window: Rect | null): { nodes: Set<string>; edges: Set<string> } {
  const laneX = new Map<string, number>();
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const node of graph.nodes) {
    if (node.type === 'lane') {
      laneX.set(node.id, node.position.x);
      nodes.add(node.id);
    } else if (window !== null && overlaps(boxOf(node, laneX), window)) nodes.add(node.id);
  }
  if (window === null) return { nodes, edges };
  // A link is drawn when both its cards are in the window. On the board a link that skips cards
  // runs down its column from far above; pinning both of its cards (and the path across the whole
  // view) for every such link put thousands of far-away cards back into React Flow. Its branch
  // marker ("Also after …") names the card it runs after, so nothing is lost.
  for (const edge of graph.edges) if (nodes.has(edge.source) && nodes.has(edge.target)) edges.add(edge.id);
  return { nodes, edges };
}

/** Where a node is in flow coordinates (cards are placed relative to their lane). */
function boxOf(node: CanvasNode, laneX: ReadonlyMap<string, number>): Rect {
  const parent = node.parentId === undefined ? 0 : (laneX.get(node.parentId) ?? 0);
  return {
    x: parent + node.position.x,
    y: node.position.y,
    width: node.width ?? 0,
    height: node.height ?? 0,
  };
}

/**
 * The windowed nodes plus the `pinned` cards wherever they are — the selection, which must follow a
 * drag and be found by a reveal, and the card a connection is being drawn from. Appended after the
 * window's nodes, so still after their lanes.
 */
export function withPinned(windowed: WindowedGraph, pinned: Iterable<string>): CanvasNode[] {
  const missing = new Set([...pinned].filter((id) => !windowed.kept.has(id)));
  if (missing.size === 0) return windowed.nodes;
  return [...windowed.nodes, ...windowed.all.filter((node) => missing.has(node.id))];
}
