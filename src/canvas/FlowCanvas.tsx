import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Background, BackgroundVariant, Controls, MiniMap, ReactFlow } from '@xyflow/react';
import type { ReactNode } from 'react';
import type { EdgeChange, Node, NodeChange, OnConnectEnd, OnNodeDrag, XYPosition } from '@xyflow/react';
import { isLocked, useDesigner, useDesignerStoreApi } from '../store';
import { ConnectionHint } from './ConnectionHint';
import { createCanvasEditing, laneAt, laneRects } from './editing';
import type { DroppedCard } from './editing';
import { SIZES } from './layout';
import { documentGraph, laneNodeId, selectionIdOf, statusOfLaneNode, withSelection } from './mapping';
import { nodeTypes } from './nodeTypes';
import { OverviewMap } from './OverviewMap';
import { initialViewport } from './viewport';
import { windowGraph, withPinned } from './viewportWindow';
import type { Rect } from './viewportWindow';
import { WindowTracker } from './WindowTracker';
import type { CanvasEdge, CanvasNode } from './types';
import './canvas.css';

/**
 * Above this many nodes, drawing only what is on screen beats the cost of computing what is, React
 * Flow is handed only the nodes around the view (see viewportWindow.ts), and the minimap draws paths
 * instead of one component per node (see OverviewMap).
 */
const CULL_ABOVE = 400;

function minimapColor(node: Node): string {
  const n = node as CanvasNode;
  if (n.type === 'lane') return `${n.data.status.color}33`;
  if (n.type === 'trigger') return '#34d399';
  return n.data.unconfigured ? '#fbbf24' : '#94a3b8';
}

/** Where an in-flight drag has put cards (not yet in the document) and the lane it would land on. */
type DragState = { positions: Map<string, XYPosition>; overLane: string | null };

const isTextEntry = (target: EventTarget | null) =>
  target instanceof Element && target.closest('input, textarea, select, [contenteditable="true"]') !== null;

const laneOf = (node: Node) => (node.parentId ? statusOfLaneNode(node.parentId) : undefined);

/**
 * The swimlane canvas. React Flow's gestures are translated into document commands (editing.ts):
 * a drag is shown from local state while it runs and committed once, on release, as one undo step;
 * selection goes to the store, never to history. `children` are overlays (panels) the app adds.
 */
export function FlowCanvas({ children }: { children?: ReactNode }) {
  const store = useDesignerStoreApi();
  const flow = useDesigner((s) => s.flow);
  const selection = useDesigner((s) => s.selection);
  const theme = useDesigner((s) => s.theme);
  // Simulate mode or a read-only view: cards can be selected but not moved, connected or deleted.
  const locked = useDesigner(isLocked);
  // Read once: after mounting, React Flow owns the live viewport and reports it back on move end.
  const [savedViewport] = useState(() => store.getState().viewport);
  const editing = useMemo(() => createCanvasEditing(store), [store]);
  const graph = useMemo(() => documentGraph(flow), [flow]);
  const lanes = useMemo(() => laneRects(graph.nodes), [graph]);
  const large = graph.nodes.length > CULL_ABOVE;
  const [viewWindow, setViewWindow] = useState<Rect | null>(null);
  /** The card a connection is being drawn from: kept in React Flow even if the view pans away. */
  const [connectingFrom, setConnectingFrom] = useState<string | null>(null);
  const windowed = useMemo(() => (large ? windowGraph(graph, viewWindow) : null), [graph, large, viewWindow]);
  const [drag, setDrag] = useState<DragState | null>(null);
  const dragging = useRef(false);
  const [selectedEdges, setSelectedEdges] = useState<ReadonlySet<string>>(() => new Set());
  const wrapper = useRef<HTMLDivElement>(null);

  const nodes = useMemo(() => {
    const shown = windowed
      ? withPinned(windowed, connectingFrom === null ? selection : [...selection, connectingFrom])
      : graph.nodes;
    const selected = withSelection(shown, selection);
    if (!drag) return selected;
    const target = drag.overLane === null ? null : laneNodeId(drag.overLane);
    return selected.map((node) => {
      const moved = drag.positions.get(node.id);
      if (moved) return { ...node, position: moved } as CanvasNode;
      if (node.id === target) return { ...node, className: 'of-lane-target' } as CanvasNode;
      return node;
    });
  }, [graph, windowed, selection, connectingFrom, drag]);

  const edges = useMemo<CanvasEdge[]>(() => {
    const shown = windowed ? windowed.edges : graph.edges;
    return selectedEdges.size === 0
      ? shown
      : shown.map((e) => (selectedEdges.has(e.id) ? { ...e, selected: true } : e));
  }, [graph, windowed, selectedEdges]);

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      const picked = new Set(store.getState().selection);
      let selectionChanged = false;
      const positions = new Map<string, XYPosition>();
      for (const change of changes) {
        if (change.type === 'select') {
          selectionChanged = true;
          if (change.selected) picked.add(selectionIdOf(change.id));
          else picked.delete(selectionIdOf(change.id));
        } else if (change.type === 'position' && change.position && dragging.current) {
          positions.set(change.id, change.position);
        }
      }
      if (selectionChanged) store.getState().select([...picked]);
      if (positions.size > 0)
        setDrag((d) => ({
          overLane: d?.overLane ?? null,
          positions: new Map([...(d?.positions ?? []), ...positions]),
        }));
    },
    [store],
  );

  const onEdgesChange = useCallback((changes: EdgeChange<CanvasEdge>[]) => {
    const selects = changes.filter((c) => c.type === 'select');
    if (selects.length === 0) return;
    setSelectedEdges((current) => {
      const next = new Set(current);
      for (const c of selects) {
        if (c.selected) next.add(c.id);
        else next.delete(c.id);
      }
      return next;
    });
  }, []);

  const onNodeDrag: OnNodeDrag<CanvasNode> = useCallback(
    (_event, node) => {
      const from = lanes.find((l) => l.statusId === laneOf(node));
      if (!from) return;
      const height = node.type === 'trigger' ? SIZES.triggerHeight : SIZES.cardHeight;
      const over = laneAt(lanes, {
        x: from.x + node.position.x + SIZES.cardWidth / 2,
        y: node.position.y + height / 2,
      });
      const overLane = over && over.statusId !== from.statusId ? over.statusId : null;
      setDrag((d) => (d && d.overLane !== overLane ? { ...d, overLane } : d));
    },
    [lanes],
  );

  const onNodeDragStop: OnNodeDrag<CanvasNode> = useCallback(
    (_event, _node, dragged) => {
      dragging.current = false;
      const cards: DroppedCard[] = [];
      for (const n of dragged) {
        const lane = laneOf(n);
        if (lane && (n.type === 'robot' || n.type === 'trigger'))
          cards.push({ id: n.id, kind: n.type, laneStatusId: lane, position: n.position });
      }
      editing.dropCards(cards, lanes);
      setDrag(null);
    },
    [editing, lanes],
  );

  const onConnectEnd: OnConnectEnd = useCallback(
    (_event, state) => {
      setConnectingFrom(null);
      // Let go over a robot's handle that the rule refused: the hint said why; keep the reason on screen.
      if (state.isValid === false && state.fromNode && state.toNode)
        editing.onConnectRefused(state.fromNode.id, state.toNode.id);
    },
    [editing],
  );

  // Delete with an edge selected cuts it. Capture phase, so it runs before the app's shortcuts (which
  // delete the selected cards) and the two never handle one key press twice.
  useEffect(() => {
    if (selectedEdges.size === 0 || locked) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Delete' && event.key !== 'Backspace') return;
      if (isTextEntry(event.target)) return;
      const targets = graph.edges.filter((e) => selectedEdges.has(e.id)).map((e) => e.target);
      editing.deleteSelection(store.getState().selection, targets);
      setSelectedEdges(new Set());
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [editing, graph, store, selectedEdges, locked]);

  return (
    <ReactFlow<CanvasNode, CanvasEdge>
      aria-label="Flow canvas"
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      colorMode={theme}
      ref={wrapper}
      defaultViewport={savedViewport ?? undefined}
      onInit={(instance) => {
        if (savedViewport || !wrapper.current) return;
        const bounds = instance.getNodesBounds(instance.getNodes().filter((n) => n.type === 'lane'));
        const { width, height } = wrapper.current.getBoundingClientRect();
        if (bounds.width > 0 && width > 0 && height > 0)
          void instance.setViewport(initialViewport(bounds, { width, height }));
      }}
      fitViewOptions={{ padding: 0.04, maxZoom: 1 }}
      minZoom={0.15}
      maxZoom={2}
      onlyRenderVisibleElements={large}
      elevateNodesOnSelect
      nodesDraggable={!locked}
      nodesConnectable={!locked}
      connectionRadius={28}
      // Keys belong to the app's shortcuts: arrows move the selection between cards (React Flow's
      // would nudge the card) and Delete goes through one command (see the effect above).
      disableKeyboardA11y
      deleteKeyCode={null}
      multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
      onFocus={(event) => {
        // Tabbing onto a card or lane selects it, as a click does: the inspector follows the keyboard.
        const el = event.target as HTMLElement;
        if (!el.classList.contains('react-flow__node') || !el.dataset.id) return;
        if (!el.matches(':focus-visible')) return;
        store.getState().select([selectionIdOf(el.dataset.id)]);
      }}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onNodeDragStart={() => {
        dragging.current = true;
        setDrag({ positions: new Map(), overLane: null });
      }}
      onNodeDrag={onNodeDrag}
      onNodeDragStop={onNodeDragStop}
      isValidConnection={(c) => editing.isValidConnection(c)}
      onConnect={(c) => editing.onConnect(c)}
      onConnectStart={(_event, { nodeId }) => setConnectingFrom(nodeId)}
      onConnectEnd={onConnectEnd}
      onMoveEnd={(_event, viewport) => store.getState().setViewport(viewport)}
    >
      {/* A large design goes without the dotted grid: it is redrawn across the whole pane on every
          frame of a pan, and the lanes cover it anyway. */}
      {large ? (
        <>
          <OverviewMap nodes={graph.nodes} ariaLabel="Minimap of the flow" />
          <WindowTracker onWindow={setViewWindow} />
        </>
      ) : (
        <>
          <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} className="of-background" />
          <MiniMap
            pannable
            zoomable
            nodeColor={minimapColor}
            nodeBorderRadius={6}
            ariaLabel="Minimap of the flow"
          />
        </>
      )}
      <Controls showInteractive={false} />
      <ConnectionHint editing={editing} />
      {children}
    </ReactFlow>
  );
}
