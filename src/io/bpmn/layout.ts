import type { GraphFlow, GraphNode, NodeKind, Scope } from './graph';

/**
 * BPMN DI for Camunda Modeler: each status sub-process is a wide band (like the designer's lanes)
 * stacked top to bottom right of the router; inside a band every robot chain is a row, columns
 * follow the chain; the trigger event sub-processes sit under the rows.
 */

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Point {
  x: number;
  y: number;
}
export interface Layout {
  shapes: Map<string, Bounds>;
  edges: Map<string, Point[]>;
}

const COL = 160;
const ROW = 120;
const PAD = 40;
const GAP = 50;

const SIZES: Record<NodeKind, { width: number; height: number }> = {
  startEvent: { width: 36, height: 36 },
  endEvent: { width: 36, height: 36 },
  intermediateCatchEvent: { width: 36, height: 36 },
  intermediateThrowEvent: { width: 36, height: 36 },
  boundaryEvent: { width: 36, height: 36 },
  exclusiveGateway: { width: 50, height: 50 },
  parallelGateway: { width: 50, height: 50 },
  serviceTask: { width: 100, height: 80 },
  subProcess: { width: 100, height: 80 },
};

export function layoutProcess(root: Scope): Layout {
  const layout: Layout = { shapes: new Map(), edges: new Map() };
  const byId = new Map(root.nodes.map((n) => [n.id, n]));
  const statuses = root.nodes.filter((n) => n.kind === 'subProcess');
  const left = 360;
  let y = 160;
  for (const sub of statuses) {
    const size = layoutScope(sub.scope!, { x: left, y }, layout);
    layout.shapes.set(sub.id, { x: left, y, ...size });
    y += size.height + 90;
  }
  const first = layout.shapes.get(statuses[0]!.id)!;
  const midY = first.y + first.height / 2;
  const place = (id: string, cx: number, cy: number) => {
    const node = byId.get(id)!;
    const s = SIZES[node.kind];
    layout.shapes.set(id, { x: cx - s.width / 2, y: cy - s.height / 2, ...s });
  };
  for (const n of root.nodes) {
    if (n.kind === 'startEvent') place(n.id, 80, midY);
    else if (n.id === 'Gateway_route') place(n.id, 175, midY);
    else if (n.id === 'Gateway_status') place(n.id, 275, midY);
    else if (n.kind === 'endEvent') place(n.id, 275, 70);
    else if (n.kind === 'boundaryEvent') {
      const host = layout.shapes.get(n.attachedTo!)!;
      place(n.id, host.x + 40, host.y + host.height);
    }
  }
  for (const f of root.flows) {
    const s = layout.shapes.get(f.source)!;
    const t = layout.shapes.get(f.target)!;
    const source = byId.get(f.source)!;
    const target = byId.get(f.target)!;
    if (source.kind === 'boundaryEvent') {
      // Back to the router: down, left under the bands, up into the merge gateway.
      const bx = s.x + s.width / 2;
      const below = s.y + s.height + 20;
      layout.edges.set(f.id, [
        { x: bx, y: s.y + s.height },
        { x: bx, y: below },
        { x: t.x + t.width / 2, y: below },
        { x: t.x + t.width / 2, y: t.y + t.height },
      ]);
    } else if (source.kind === 'subProcess') {
      // A manual move: out of the band's left edge, down beside it, left and up into the merge.
      const y = s.y + s.height - 20;
      const below = s.y + s.height + 35;
      layout.edges.set(f.id, [
        { x: s.x, y },
        { x: s.x - 15, y },
        { x: s.x - 15, y: below },
        { x: t.x + t.width / 2, y: below },
        { x: t.x + t.width / 2, y: t.y + t.height },
      ]);
    } else if (source.id === 'Gateway_status' && target.kind === 'endEvent') {
      layout.edges.set(f.id, [
        { x: s.x + s.width / 2, y: s.y },
        { x: t.x + t.width / 2, y: t.y + t.height },
      ]);
    } else layout.edges.set(f.id, route(s, t));
  }
  return layout;
}

/** Lays out a sub-process's content with its top-left corner at `origin`; returns its size. */
function layoutScope(scope: Scope, origin: Point, layout: Layout): { width: number; height: number } {
  const main = scope.nodes.filter((n) => !n.triggeredByEvent && n.kind !== 'boundaryEvent');
  const { col, row, rows } = grid(main, scope.flows);
  let width = 0;
  for (const n of main) {
    const s = SIZES[n.kind];
    const x = origin.x + PAD + col.get(n.id)! * COL + (COL - s.width) / 2;
    const y = origin.y + PAD + row.get(n.id)! * ROW + (ROW - s.height) / 2;
    layout.shapes.set(n.id, { x, y, ...s });
    width = Math.max(width, x + s.width - origin.x);
  }
  let y = origin.y + PAD + rows * ROW;
  for (const n of scope.nodes.filter((x) => x.triggeredByEvent)) {
    const size = layoutScope(n.scope!, { x: origin.x + PAD, y }, layout);
    layout.shapes.set(n.id, { x: origin.x + PAD, y, ...size });
    width = Math.max(width, PAD + size.width);
    y += size.height + GAP / 2;
  }
  for (const f of scope.flows)
    layout.edges.set(f.id, route(layout.shapes.get(f.source)!, layout.shapes.get(f.target)!));
  return { width: Math.max(width + PAD, 300), height: y - origin.y + PAD / 2 };
}

/**
 * Columns by longest path from the start, rows by a depth-first walk: the first successor stays in
 * its predecessor's row, every other one opens a new row under what is already placed.
 */
function grid(nodes: GraphNode[], flows: GraphFlow[]) {
  const ids = new Set(nodes.map((n) => n.id));
  const out = new Map<string, string[]>();
  const indegree = new Map<string, number>(nodes.map((n) => [n.id, 0]));
  for (const f of flows) {
    if (!ids.has(f.source) || !ids.has(f.target)) continue;
    out.set(f.source, [...(out.get(f.source) ?? []), f.target]);
    indegree.set(f.target, indegree.get(f.target)! + 1);
  }
  const col = new Map<string, number>();
  const order: string[] = nodes.filter((n) => indegree.get(n.id) === 0).map((n) => n.id);
  for (const id of order) col.set(id, 0);
  const remaining = new Map(indegree);
  for (let i = 0; i < order.length; i++) {
    const id = order[i]!;
    for (const t of out.get(id) ?? []) {
      col.set(t, Math.max(col.get(t) ?? 0, col.get(id)! + 1));
      remaining.set(t, remaining.get(t)! - 1);
      if (remaining.get(t) === 0) order.push(t);
    }
  }
  const row = new Map<string, number>();
  let rows = 0;
  const visit = (id: string, r: number) => {
    if (row.has(id)) return;
    row.set(id, r);
    rows = Math.max(rows, r + 1);
    (out.get(id) ?? []).forEach((t, i) => {
      if (!row.has(t)) visit(t, i === 0 ? r : rows);
    });
  };
  for (const id of order.filter((x) => indegree.get(x) === 0)) visit(id, rows);
  for (const n of nodes) if (!row.has(n.id)) visit(n.id, rows);
  for (const n of nodes) if (!col.has(n.id)) col.set(n.id, 0);
  return { col, row, rows: Math.max(rows, 1) };
}

/** Orthogonal waypoints: straight in a row, out of the bottom to a lower row, under a skipped task. */
function route(s: Bounds, t: Bounds): Point[] {
  const sy = s.y + s.height / 2;
  const ty = t.y + t.height / 2;
  const sx = s.x + s.width;
  const scx = s.x + s.width / 2;
  const tcx = t.x + t.width / 2;
  if (Math.abs(sy - ty) < 1) {
    if (t.x - sx <= COL)
      return [
        { x: sx, y: sy },
        { x: t.x, y: ty },
      ];
    // A skip flow jumps over the task in between: below it.
    const below = sy + 45;
    return [
      { x: scx, y: s.y + s.height },
      { x: scx, y: below },
      { x: tcx, y: below },
      { x: tcx, y: t.y + t.height },
    ];
  }
  if (ty > sy)
    return [
      { x: scx, y: s.y + s.height },
      { x: scx, y: ty },
      { x: t.x, y: ty },
    ];
  return [
    { x: sx, y: sy },
    { x: tcx, y: sy },
    { x: tcx, y: t.y + t.height },
  ];
}
