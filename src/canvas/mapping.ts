import { MarkerType, Position } from '@xyflow/react';
import type { NodeHandle } from '@xyflow/react';
import { isUnconfigured } from '../domain/factory';
import type { Flow, Robot, Status, Trigger } from '../domain/flow';
import {
  conditionLabel,
  delayLabel,
  robotLook,
  robotName,
  statusName,
  triggerLook,
  triggerName,
} from './labels';
import { englishTranslator } from '../i18n/english';
import type { Translator } from '../i18n/translator';
import { layoutFlow, SIZES } from './layout';
import type { CanvasLayout, LaneLayout, Point } from './layout';
import type {
  CanvasEdge,
  CanvasNode,
  LaneNode,
  RobotNode,
  RobotNodeData,
  TriggerNode,
  TriggerNodeData,
} from './types';

/*
 * Node data is cached per document object. immer keeps untouched robots and triggers identical
 * between versions, so after an edit only the changed cards get new data and rerender; with
 * thousands of robots that is the difference between one card and all of them.
 */
function dataOfRobot(c: Caches, robot: Robot): RobotNodeData {
  let data = c.robotData.get(robot);
  if (!data) {
    data = {
      robot,
      look: robotLook(robot, c.tr),
      delay: delayLabel(robot.delay, c.tr),
      condition: robot.condition ? conditionLabel(robot.condition, c.tr) : null,
      unconfigured: isUnconfigured(robot),
    };
    c.robotData.set(robot, data);
  }
  return data;
}

function dataOfTrigger(c: Caches, trigger: Trigger): TriggerNodeData {
  let data = c.triggerData.get(trigger);
  if (!data) {
    data = {
      trigger,
      ...triggerLook(trigger, c.tr),
      condition: trigger.condition ? conditionLabel(trigger.condition, c.tr) : null,
      unconfigured: isUnconfigured(trigger),
    };
    c.triggerData.set(trigger, data);
  }
  return data;
}

export const laneNodeId = (statusId: string) => `lane:${statusId}`;
export const edgeId = (robotId: string) => `after:${robotId}`;

/** The status a lane node stands for, or undefined for a card. */
export const statusOfLaneNode = (nodeId: string): string | undefined =>
  nodeId.startsWith('lane:') ? nodeId.slice('lane:'.length) : undefined;

/** The store's selection holds status ids for lanes; React Flow knows them as lane node ids. */
export const selectionIdOf = (nodeId: string): string => statusOfLaneNode(nodeId) ?? nodeId;

/**
 * The document as React Flow sees it: one lane node per status (a column, in pipeline order) with its
 * triggers and robots as child nodes, and an edge for every "after previous" link. React Flow's
 * changes come back as commands (see editing.ts); nothing here writes to the document.
 */
export function flowToGraph(
  flow: Flow,
  selection: readonly string[] = [],
  tr: Translator = englishTranslator,
): { nodes: CanvasNode[]; edges: CanvasEdge[] } {
  const graph = documentGraph(flow, tr);
  return { nodes: withSelection(graph.nodes, selection), edges: graph.edges };
}

/**
 * Marks the selected nodes. Only nodes whose flag changes are copied, so React Flow (and the memoized
 * node components) see the same objects for everything else.
 */
export function withSelection(nodes: CanvasNode[], selection: readonly string[]): CanvasNode[] {
  if (selection.length === 0) return nodes;
  const selected = new Set(selection);
  return nodes.map((node) => {
    const on = selected.has(selectionIdOf(node.id));
    return on === !!node.selected ? node : ({ ...node, selected: on } as CanvasNode);
  });
}

/*
 * Node and edge objects are reused between document versions while what they show is unchanged:
 * React Flow keeps an unchanged node object's measurements and skips it, but a new object is
 * re-adopted and — without handle bounds — rendered again to be measured, culled or not. At 5,000
 * robots, rebuilding every node per keystroke meant mounting every card per keystroke.
 */
interface Caches {
  /** The language of every label these caches hold: a language switch starts new ones. */
  tr: Translator;
  robotNodes: WeakMap<Robot, RobotNode>;
  triggerNodes: WeakMap<Trigger, TriggerNode>;
  laneNodes: WeakMap<Status, LaneNode>;
  edges: WeakMap<Robot, { previous: Robot; edge: CanvasEdge }>;
  robotData: WeakMap<Robot, RobotNodeData>;
  triggerData: WeakMap<Trigger, TriggerNodeData>;
  /** One graph per document version: the canvas and the board's map share it. */
  graphs: WeakMap<Flow, DocumentGraph>;
}

const cachesByTranslator = new WeakMap<Translator, Caches>();

function cachesOf(tr: Translator): Caches {
  let caches = cachesByTranslator.get(tr);
  if (!caches) {
    caches = {
      tr,
      robotNodes: new WeakMap(),
      triggerNodes: new WeakMap(),
      laneNodes: new WeakMap(),
      edges: new WeakMap(),
      robotData: new WeakMap(),
      triggerData: new WeakMap(),
      graphs: new WeakMap(),
    };
    cachesByTranslator.set(tr, caches);
  }
  return caches;
}

/**
 * Where a robot's handles are (node-relative, as React Flow would measure them from canvas.css), so
 * a card that was never on screen needs no measuring render and its edges still end at the dots.
 */
const ROBOT_HANDLES: NodeHandle[] = [
  {
    type: 'target',
    position: Position.Top,
    // canvas.css: 60% of the card wide, 10 px tall, centred on its top edge (as measured).
    x: SIZES.cardWidth * 0.2,
    y: -5,
    width: SIZES.cardWidth * 0.6,
    height: 10,
  },
  {
    type: 'source',
    position: Position.Bottom,
    x: SIZES.cardWidth / 2 - 7,
    y: SIZES.cardHeight - 7,
    width: 14,
    height: 14,
  },
];

/** The id of the element holding a card's reason in the run shown (RunReason.tsx). */
export const runReasonId = (nodeId: string) => `of-run-reason-${nodeId}`;

/**
 * A card is described by React Flow's keyboard help (its default instance id is "1"; FlowCanvas sets
 * none) and, while a run is shown, by why it did not act (RunReason.tsx; a missing id is ignored).
 */
const describedBy = (id: string) => ({
  'aria-describedby': `react-flow__node-desc-1 ${runReasonId(id)}`,
});

const samePoint = (a: Point, b: Point) => a.x === b.x && a.y === b.y;

function robotNode(c: Caches, robot: Robot, position: Point): RobotNode {
  const cached = c.robotNodes.get(robot);
  if (cached && samePoint(cached.position, position)) return cached;
  const data = dataOfRobot(c, robot);
  const node: RobotNode = {
    id: robot.id,
    type: 'robot',
    parentId: laneNodeId(robot.status),
    position,
    width: SIZES.cardWidth,
    height: SIZES.cardHeight,
    measured: { width: SIZES.cardWidth, height: SIZES.cardHeight },
    handles: ROBOT_HANDLES,
    ariaLabel: robotName(robot, data.look.title, data.delay, data.unconfigured, c.tr),
    domAttributes: describedBy(robot.id),
    data,
  };
  c.robotNodes.set(robot, node);
  return node;
}

function triggerNode(c: Caches, trigger: Trigger, position: Point): TriggerNode {
  const cached = c.triggerNodes.get(trigger);
  if (cached && samePoint(cached.position, position)) return cached;
  const data = dataOfTrigger(c, trigger);
  const node: TriggerNode = {
    id: trigger.id,
    type: 'trigger',
    parentId: laneNodeId(trigger.status),
    position,
    width: SIZES.cardWidth,
    height: SIZES.triggerHeight,
    measured: { width: SIZES.cardWidth, height: SIZES.triggerHeight },
    handles: [],
    connectable: false,
    ariaLabel: triggerName(trigger, data.title, data.unconfigured, c.tr),
    domAttributes: describedBy(trigger.id),
    data,
  };
  c.triggerNodes.set(trigger, node);
  return node;
}

function laneNode(
  c: Caches,
  status: Status,
  lane: LaneLayout,
  height: number,
  counts: [number, number],
): LaneNode {
  const cached = c.laneNodes.get(status);
  const [robotCount, triggerCount] = counts;
  if (
    cached &&
    cached.position.x === lane.x &&
    cached.width === lane.width &&
    cached.height === height &&
    cached.data.markers === lane.markers &&
    cached.data.positions === lane.positions &&
    cached.data.robotCount === robotCount &&
    cached.data.triggerCount === triggerCount
  )
    return cached;
  const node: LaneNode = {
    id: laneNodeId(status.id),
    type: 'lane',
    position: { x: lane.x, y: 0 },
    width: lane.width,
    height,
    measured: { width: lane.width, height },
    handles: [],
    draggable: false,
    connectable: false,
    deletable: false,
    // Selectable, so a lane can be the target of the palette's click/Enter.
    selectable: true,
    ariaRole: 'region',
    ariaLabel: statusName(status),
    data: {
      status,
      robotCount,
      triggerCount,
      markers: lane.markers,
      robotsTop: lane.robotsTop,
      addTop: lane.addTop,
      positions: lane.positions,
      triggers: lane.triggers,
    },
  };
  c.laneNodes.set(status, node);
  return node;
}

function afterEdge(c: Caches, robot: Robot, previous: Robot): CanvasEdge {
  // Keyed by the robot object, checked against the previous robot's object: the label is built only
  // when one of the two changed (naming it per edge on every keystroke was a third of this function).
  const cached = c.edges.get(robot);
  if (cached && cached.previous === previous) return cached.edge;
  const ariaLabel = c.tr.t('canvas.edge.name', {
    robot: shortName(robot, c.tr),
    previous: shortName(previous, c.tr),
  });
  if (cached && cached.edge.source === previous.id && cached.edge.ariaLabel === ariaLabel) {
    c.edges.set(robot, { previous, edge: cached.edge });
    return cached.edge;
  }
  const edge: CanvasEdge = {
    id: edgeId(robot.id),
    source: previous.id,
    target: robot.id,
    type: 'chain',
    className: 'of-edge',
    markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
    ariaLabel,
  };
  c.edges.set(robot, { previous, edge });
  return edge;
}

/**
 * The graph of the document alone (no selection), memoized by the caller per flow version. `layout`
 * is the same object for as long as no card moved, appeared or disappeared.
 */
export function documentGraph(flow: Flow, tr: Translator = englishTranslator): DocumentGraph {
  const c = cachesOf(tr);
  const known = c.graphs.get(flow);
  if (known) return known;
  const graph = buildGraph(c, flow);
  c.graphs.set(flow, graph);
  return graph;
}

export type DocumentGraph = { nodes: CanvasNode[]; edges: CanvasEdge[]; layout: CanvasLayout };

function buildGraph(c: Caches, flow: Flow): DocumentGraph {
  const layout = layoutFlow(flow);
  const nodes: CanvasNode[] = [];
  const robotCount = new Map<string, number>();
  const triggerCount = new Map<string, number>();
  for (const r of flow.robots) robotCount.set(r.status, (robotCount.get(r.status) ?? 0) + 1);
  for (const t of flow.triggers) triggerCount.set(t.status, (triggerCount.get(t.status) ?? 0) + 1);

  for (const status of flow.statuses) {
    const counts: [number, number] = [robotCount.get(status.id) ?? 0, triggerCount.get(status.id) ?? 0];
    nodes.push(laneNode(c, status, layout.lanes.get(status.id)!, layout.height, counts));
  }
  // Children after their parents, as React Flow requires. No `extent: 'parent'`: a card must be able
  // to leave its lane, because dropping it on another lane moves it to that status.
  for (const trigger of flow.triggers) {
    const lane = layout.lanes.get(trigger.status);
    if (lane) nodes.push(triggerNode(c, trigger, lane.positions.get(trigger.id)!));
  }
  for (const robot of flow.robots) {
    const lane = layout.lanes.get(robot.status);
    if (lane) nodes.push(robotNode(c, robot, lane.positions.get(robot.id)!));
  }

  const byId = new Map(flow.robots.map((r) => [r.id, r]));
  const list: CanvasEdge[] = [];
  for (const robot of flow.robots) {
    const previous = robot.after === null ? undefined : byId.get(robot.after);
    // Dangling or cross-status links are not drawn: lint reports them, the canvas shows the rule.
    if (previous && previous.status === robot.status) list.push(afterEdge(c, robot, previous));
  }
  return { nodes, edges: list, layout };
}

/** A robot's name, else its catalog title: how edges and messages refer to it. */
export const shortName = (robot: Robot, tr: Translator = englishTranslator): string =>
  robot.name ?? robotLook(robot, tr).title;
