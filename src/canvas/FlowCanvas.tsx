import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Background, BackgroundVariant, ReactFlow, useReactFlow, useStore } from '@xyflow/react';
import type { ReactNode } from 'react';
import type {
  EdgeChange,
  NodeChange,
  OnConnectEnd,
  OnConnectStart,
  OnMoveEnd,
  OnNodeDrag,
  ReactFlowState,
  XYPosition,
} from '@xyflow/react';
import type { AriaLabelConfig } from '@xyflow/react';
import { useTranslator } from '../i18n/react';
import type { Translator } from '../i18n/translator';
import { isLocked, useDesigner, useDesignerStoreApi } from '../store';
import { ConnectionHint } from './ConnectionHint';
import { DropIndicator, useSetDropTarget } from './dropPreview';
import { createCanvasEditing } from './editing';
import type { DraggedCard } from './editing';
import { documentGraph, selectionIdOf, withSelection } from './mapping';
import type { DocumentGraph } from './mapping';
import { KeepInView } from './KeepInView';
import { useLeavingHidden } from './leavingNodes';
import { boardExtent } from './boardExtent';
import { MarkerWindowContext } from './LaneMarkers';
import { SketchingContext } from './LaneNode';
import { SKETCH_ZOOM } from './RobotNode';
import { sharedValue } from './sharedValue';
import { edgeTypes, nodeTypes } from './nodeTypes';
import { dropTargetAt } from './slots';
import { initialViewport } from './viewport';
import { windowGraph, withPinned } from './viewportWindow';
import type { Rect, WindowedGraph } from './viewportWindow';
import { WindowTracker } from './WindowTracker';
import type { CanvasEdge, CanvasNode } from './types';
import './canvas.css';

/**
 * Above this many nodes, drawing only what is on screen beats the cost of computing what is, React
 * Flow is handed only the nodes around the view (see viewportWindow.ts), and the minimap draws paths
 * instead of one component per node (see OverviewMap).
 */
export const CULL_ABOVE = 400;

const farOut = (s: ReactFlowState) => s.transform[2] < SKETCH_ZOOM;

/*
 * React Flow copies each of its props it sees change into its store, one update each, and every
 * mounted card and link re-runs its store selector on every update: an inline object or arrow
 * handed to <ReactFlow> costs, on each render of the canvas (a click, a keystroke, an undo, a step
 * of a zoom), one pass over every card on screen. So everything handed to it stays the same object
 * between renders: constants here, handlers that change only with the board's layout (the same
 * object while an edit moves no card). The fit button passes its own options, so no fitViewOptions
 * are handed over at all.
 */
// Key lists are effect dependencies inside React Flow: a new array each render re-binds its listeners.
const ZOOM_KEYS = ['Meta', 'Control'];
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];

/** Where an in-flight drag has put cards (not yet in the document). */
type DragState = { positions: Map<string, XYPosition> };

/** A large design zoomed far out: the lanes alone (they draw sketches of their cards). */
const lanesOnlyCache = new WeakMap<object, WindowedGraph>();
function lanesOnly(graph: DocumentGraph): WindowedGraph {
  const known = lanesOnlyCache.get(graph);
  if (known) return known;
  const nodes = graph.nodes.filter((n) => n.type === 'lane');
  const windowed = { nodes, edges: [], kept: new Set(nodes.map((n) => n.id)), all: graph.nodes };
  lanesOnlyCache.set(graph, windowed);
  return windowed;
}

/** The robot card under a screen point, if any: where a connection let go off a handle landed. */
function robotUnder(event: MouseEvent | TouchEvent): string | undefined {
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (!point) return undefined;
  const element = document.elementFromPoint(point.clientX, point.clientY);
  return element?.closest<HTMLElement>('.react-flow__node-robot')?.dataset.id;
}

const pointerOf = (event: MouseEvent | TouchEvent) => {
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  return point ? { x: point.clientX, y: point.clientY } : undefined;
};

const isTextEntry = (target: EventTarget | null) =>
  target instanceof Element && target.closest('input, textarea, select, [contenteditable="true"]') !== null;

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
  const translator = useTranslator();
  const graph = useMemo(() => documentGraph(flow, translator), [flow, translator]);
  const ariaLabelConfig = useMemo(() => reactFlowLabels(translator), [translator]);
  const rf = useReactFlow();
  const setDropTarget = useSetDropTarget();
  const large = graph.nodes.length > CULL_ABOVE;
  const [viewWindow, setViewWindow] = useState<Rect | null>(null);
  /** The card a connection is being drawn from: kept in React Flow even if the view pans away. */
  const [connectingFrom, setConnectingFrom] = useState<string | null>(null);
  // Zoomed far out, a large design's lanes draw their cards as sketches: React Flow gets no cards.
  // The switch is split over two renders so no single frame carries both halves of it: the lanes
  // draw their sketches at once (under the cards still there), and the cards leave in a deferred
  // render. Zooming back in, the cards return in the deferred render and the sketches stay until
  // then (SketchingContext's cardsAbsent), so no frame shows empty lanes.
  const far = useStore(farOut) && large;
  const sketch = useDeferredValue(far);
  const sketching = useMemo(() => ({ large, cardsAbsent: sketch }), [large, sketch]);
  const windowed = useMemo(
    () => (large ? (sketch ? lanesOnly(graph) : windowGraph(graph, viewWindow)) : null),
    [graph, large, sketch, viewWindow],
  );
  const markerRows = useMemo(
    () => (large && viewWindow ? { top: viewWindow.y, bottom: viewWindow.y + viewWindow.height } : null),
    [large, viewWindow],
  );
  // Handed to the lanes through boxes that stay the same object (see sharedValue.ts), set when the
  // render that changed them commits — before the browser paints it.
  const [sketchingBox] = useState(() => sharedValue(sketching));
  const [markerRowsBox] = useState(() => sharedValue(markerRows));
  useLayoutEffect(() => {
    sketchingBox.set(sketching);
    markerRowsBox.set(markerRows);
  }, [sketchingBox, sketching, markerRowsBox, markerRows]);
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
    return selected.map((node) => {
      const moved = drag.positions.get(node.id);
      return moved ? ({ ...node, position: moved } as CanvasNode) : node;
    });
  }, [graph, windowed, selection, connectingFrom, drag]);

  const handedNodes = useLeavingHidden(nodes);

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
        setDrag((d) => ({ positions: new Map([...(d?.positions ?? []), ...positions]) }));
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

  // The drag handlers depend on the layout, not the graph: typing a name keeps them (see ZOOM_KEYS).
  const layout = graph.layout;

  /** Where the cards under the pointer would land: the slot the board shows while dragging. */
  const targetOf = useCallback(
    (event: MouseEvent | TouchEvent, node: CanvasNode) => {
      const pointer = pointerOf(event);
      if (!pointer || node.type === 'lane') return undefined;
      return dropTargetAt(
        store.getState().flow,
        layout,
        rf.screenToFlowPosition(pointer),
        node.type,
        translator,
      );
    },
    [layout, rf, store, translator],
  );

  const onNodeDragStart = useCallback(() => {
    dragging.current = true;
    setDrag({ positions: new Map() });
  }, []);
  const onConnectStart: OnConnectStart = useCallback((_event, { nodeId }) => setConnectingFrom(nodeId), []);
  const onMoveEnd: OnMoveEnd = useCallback(
    (_event, viewport) => store.getState().setViewport(viewport),
    [store],
  );

  const onNodeDrag: OnNodeDrag<CanvasNode> = useCallback(
    (event, node) => setDropTarget(targetOf(event, node) ?? null),
    [targetOf, setDropTarget],
  );

  const onNodeDragStop: OnNodeDrag<CanvasNode> = useCallback(
    (event, node, dragged) => {
      dragging.current = false;
      const cards: DraggedCard[] = [];
      for (const n of dragged)
        if (n.type === 'robot' || n.type === 'trigger') cards.push({ id: n.id, kind: n.type });
      editing.dropOnBoard(cards, targetOf(event, node));
      setDrag(null);
      setDropTarget(null);
    },
    [editing, targetOf, setDropTarget],
  );

  const onConnectEnd: OnConnectEnd = useCallback(
    (event, state) => {
      setConnectingFrom(null);
      if (state.isValid === true || !state.fromNode) return;
      // Let go over a robot's handle that the rule refused: the hint said why; keep the reason on screen.
      if (state.isValid === false && state.toNode) {
        editing.onConnectRefused(state.fromNode.id, state.toNode.id);
        return;
      }
      // Let go anywhere on a card (not on its handle): that card is meant. The command applies the
      // same rule and says why when it refuses.
      const target = robotUnder(event);
      if (target && target !== state.fromNode.id) editing.onConnect({ source: state.fromNode.id, target });
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
    <SketchingContext.Provider value={sketchingBox}>
      <MarkerWindowContext.Provider value={markerRowsBox}>
        <ReactFlow<CanvasNode, CanvasEdge>
          aria-label={translator.t('canvas.board.name')}
          ariaLabelConfig={ariaLabelConfig}
          nodes={handedNodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          colorMode={theme}
          ref={wrapper}
          // A large board is a layer of its own (canvas.css): a pan or zoom moves its picture.
          className={large ? 'of-large' : undefined}
          style={large ? boardExtent(graph.layout) : undefined}
          defaultViewport={savedViewport ?? undefined}
          onInit={(instance) => {
            if (savedViewport || !wrapper.current) return;
            const bounds = instance.getNodesBounds(instance.getNodes().filter((n) => n.type === 'lane'));
            const { width, height } = wrapper.current.getBoundingClientRect();
            if (bounds.width > 0 && width > 0 && height > 0)
              void instance.setViewport(initialViewport(bounds, { width, height }));
          }}
          minZoom={0.15}
          maxZoom={2}
          // A board: the wheel scrolls (Shift+wheel sideways), Ctrl/⌘+wheel and pinch zoom, a drag on
          // empty board pans. A double-click on a lane is for renaming, not zooming.
          panOnScroll
          zoomOnScroll={false}
          zoomOnPinch
          zoomActivationKeyCode={ZOOM_KEYS}
          zoomOnDoubleClick={false}
          onlyRenderVisibleElements={large}
          elevateNodesOnSelect
          nodesDraggable={!locked}
          nodesConnectable={!locked}
          connectionRadius={28}
          // Keys belong to the app's shortcuts: arrows move the selection between cards (React Flow's
          // would nudge the card) and Delete goes through one command (see the effect above).
          disableKeyboardA11y
          deleteKeyCode={null}
          multiSelectionKeyCode={MULTI_SELECT_KEYS}
          onFocus={(event) => {
            // Tabbing onto a card or lane selects it, as a click does: the inspector follows the keyboard.
            const el = event.target as HTMLElement;
            if (!el.classList.contains('react-flow__node') || !el.dataset.id) return;
            if (!el.matches(':focus-visible')) return;
            store.getState().select([selectionIdOf(el.dataset.id)]);
          }}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onNodeDragStart={onNodeDragStart}
          onNodeDrag={onNodeDrag}
          onNodeDragStop={onNodeDragStop}
          isValidConnection={editing.isValidConnection}
          onConnect={editing.onConnect}
          onConnectStart={onConnectStart}
          onConnectEnd={onConnectEnd}
          onMoveEnd={onMoveEnd}
        >
          {/* A large design goes without the dotted grid: it is redrawn across the whole pane on every
          frame of a pan, and the lanes cover it anyway. */}
          {large ? (
            <WindowTracker onWindow={setViewWindow} />
          ) : (
            <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} className="of-background" />
          )}
          <DropIndicator laneX={(id) => graph.layout.lanes.get(id)?.x} />
          <KeepInView layout={graph.layout} animate={!large} />
          <ConnectionHint editing={editing} />
          {children}
        </ReactFlow>
      </MarkerWindowContext.Provider>
    </SketchingContext.Provider>
  );
}

/** React Flow's own screen-reader texts (keyboard help of cards and links, moves), in the reader's language. */
function reactFlowLabels({ t }: Translator): Partial<AriaLabelConfig> {
  return {
    'node.a11yDescription.default': t('canvas.a11y.node'),
    'node.a11yDescription.keyboardDisabled': t('canvas.a11y.nodeMovable'),
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
      t('canvas.a11y.moved', { direction, x, y }),
    'edge.a11yDescription.default': t('canvas.a11y.edge'),
    'handle.ariaLabel': t('canvas.a11y.handle'),
  };
}
