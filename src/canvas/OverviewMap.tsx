import { useDeferredValue, useMemo, useRef } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';
import type { PointerEvent, WheelEvent } from 'react';
import { mapBox } from './mapBox';
import type { CanvasNode } from './types';

const WIDTH = 200;
const HEIGHT = 150;
const PAD = 5;

type Paths = {
  lanes: { d: string; color: string }[];
  robots: string;
  unconfigured: string;
  triggers: string;
};

const rect = (x: number, y: number, w: number, h: number) => `M${x},${y}h${w}v${h}h${-w}z`;

/*
 * A card's subpath, kept per node object (node objects outlive edits that leave the card alone) and
 * its lane's place: an edit then formats one rectangle instead of thousands.
 */
const subpaths = new WeakMap<CanvasNode, { laneX: number; d: string }>();

function subpathOf(node: CanvasNode, laneX: number): string {
  const hit = subpaths.get(node);
  if (hit && hit.laneX === laneX) return hit.d;
  const d = rect(laneX + node.position.x, node.position.y, node.width ?? 0, node.height ?? 0);
  subpaths.set(node, { laneX, d });
  return d;
}

/** Every card as one subpath of the path of its colour: a few SVG elements, however many cards. */
function overviewPaths(nodes: readonly CanvasNode[]): Paths {
  const laneX = new Map<string, number>();
  const lanes: Paths['lanes'] = [];
  let robots = '';
  let unconfigured = '';
  let triggers = '';
  for (const node of nodes) {
    if (node.type === 'lane') {
      laneX.set(node.id, node.position.x);
      const d = rect(node.position.x, node.position.y, node.width ?? 0, node.height ?? 0);
      lanes.push({ d, color: `${node.data.status.color}33` });
      continue;
    }
    const d = subpathOf(node, node.parentId ? (laneX.get(node.parentId) ?? 0) : 0);
    if (node.type === 'trigger') triggers += d;
    else if (node.data.unconfigured) unconfigured += d;
    else robots += d;
  }
  return { lanes, robots, unconfigured, triggers };
}

function boundsOf(nodes: readonly CanvasNode[]) {
  let right = 0;
  let bottom = 0;
  for (const node of nodes)
    if (node.type === 'lane') {
      right = Math.max(right, node.position.x + (node.width ?? 0));
      bottom = Math.max(bottom, node.position.y + (node.height ?? 0));
    }
  return { x: 0, y: 0, width: right, height: bottom };
}

/**
 * The board's map. React Flow's MiniMap draws one subscribed component per node, which at 5,000
 * cards runs 5,000 store selectors on every frame of a pan; this one draws the same picture
 * (lanes tinted by status colour, cards grey, unconfigured amber, triggers green, the view outlined)
 * with a handful of paths built once per document version. A click jumps there, a drag pans, the
 * wheel zooms.
 */
export function OverviewMap({ nodes, ariaLabel }: { nodes: readonly CanvasNode[]; ariaLabel: string }) {
  // Redrawn after the edit itself is on screen: a keystroke's frame need not wait for the minimap.
  const drawn = useDeferredValue(nodes);
  const paths = useMemo(() => overviewPaths(drawn), [drawn]);
  const bounds = useMemo(() => boundsOf(drawn), [drawn]);
  const [tx, ty, zoom] = useStore((s) => s.transform);
  const paneWidth = useStore((s) => s.width);
  const paneHeight = useStore((s) => s.height);
  const flow = useReactFlow();
  const svg = useRef<SVGSVGElement>(null);

  const view = { x: -tx / zoom, y: -ty / zoom, width: paneWidth / zoom, height: paneHeight / zoom };
  const box = mapBox(bounds, view, { width: WIDTH, height: HEIGHT }, PAD);

  const viewBox = `${box.x} ${box.y} ${box.width} ${box.height}`;
  // Where the view lies on the map, in the map's pixels (as the SVG's viewBox places it: "meet").
  const px = Math.min(WIDTH / box.width, HEIGHT / box.height);
  const frame = {
    x: (WIDTH - box.width * px) / 2 + (view.x - box.x) * px,
    y: (HEIGHT - box.height * px) / 2 + (view.y - box.y) * px,
    width: view.width * px,
    height: view.height * px,
  };

  /** Centres the view on the flow point under the pointer. */
  const panTo = (event: PointerEvent<SVGSVGElement>) => {
    const r = svg.current!.getBoundingClientRect();
    const fx = box.x + ((event.clientX - r.left) / r.width) * box.width;
    const fy = box.y + ((event.clientY - r.top) / r.height) * box.height;
    void flow.setViewport({ x: paneWidth / 2 - fx * zoom, y: paneHeight / 2 - fy * zoom, zoom });
  };
  const onWheel = (event: WheelEvent<SVGSVGElement>) => {
    const next = zoom * Math.pow(2, -event.deltaY * 0.002);
    void flow.zoomTo(next);
  };

  return (
    <div className="overflow-hidden rounded-lg border border-border bg-surface">
      {/* The cards and the view's frame are two pictures: the frame moves on every frame of a pan,
          the cards (thousands of rectangles) only when the design changes. The cards' picture is a
          layer of its own (will-change), so moving the frame does not draw them again. The frame
          (the view, with the map outside it shaded) moves by a transform: a changed shape would
          make the browser paint the page again on every frame of a pan. */}
      <div className="relative" style={{ width: WIDTH, height: HEIGHT }}>
        <svg
          width={WIDTH}
          height={HEIGHT}
          viewBox={viewBox}
          aria-hidden="true"
          className="absolute inset-0"
          style={{ willChange: 'transform' }}
        >
          {paths.lanes.map((lane, i) => (
            <path key={i} d={lane.d} fill={lane.color} />
          ))}
          <path d={paths.robots} fill="#94a3b8" />
          <path d={paths.unconfigured} fill="#fbbf24" />
          <path d={paths.triggers} fill="#34d399" />
        </svg>
        <div
          aria-hidden="true"
          className="of-map-view pointer-events-none absolute left-0 top-0"
          style={{
            width: frame.width,
            height: frame.height,
            transform: `translate(${frame.x}px, ${frame.y}px)`,
          }}
        />
        <svg
          ref={svg}
          width={WIDTH}
          height={HEIGHT}
          viewBox={viewBox}
          role="img"
          aria-label={ariaLabel}
          className="react-flow__minimap-svg nodrag nopan nowheel absolute inset-0"
          onPointerDown={(event) => {
            event.currentTarget.setPointerCapture(event.pointerId);
            panTo(event);
          }}
          onPointerMove={(event) => {
            if (event.currentTarget.hasPointerCapture(event.pointerId)) panTo(event);
          }}
          onWheel={onWheel}
        />
      </div>
    </div>
  );
}
