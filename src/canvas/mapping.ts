import { MarkerType } from '@xyflow/react';
import { isUnconfigured } from '../domain/factory';
import type { Flow, Robot, Trigger } from '../domain/flow';
import {
  conditionLabel,
  delayLabel,
  robotLook,
  robotName,
  statusName,
  triggerLook,
  triggerName,
} from './labels';
import { layoutFlow, SIZES } from './layout';
import type { CanvasEdge, CanvasNode, RobotNodeData, TriggerNodeData } from './types';

/*
 * Node data is cached per document object. immer keeps untouched robots and triggers identical
 * between versions, so after an edit only the changed cards get new data and rerender; with
 * thousands of robots that is the difference between one card and all of them.
 */
const robotData = new WeakMap<Robot, RobotNodeData>();
const triggerData = new WeakMap<Trigger, TriggerNodeData>();

function dataOfRobot(robot: Robot): RobotNodeData {
  let data = robotData.get(robot);
  if (!data) {
    data = {
      robot,
      look: robotLook(robot),
      delay: delayLabel(robot.delay),
      condition: robot.condition ? conditionLabel(robot.condition) : null,
      unconfigured: isUnconfigured(robot),
    };
    robotData.set(robot, data);
  }
  return data;
}

function dataOfTrigger(trigger: Trigger): TriggerNodeData {
  let data = triggerData.get(trigger);
  if (!data) {
    data = {
      trigger,
      ...triggerLook(trigger),
      condition: trigger.condition ? conditionLabel(trigger.condition) : null,
      unconfigured: isUnconfigured(trigger),
    };
    triggerData.set(trigger, data);
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
): { nodes: CanvasNode[]; edges: CanvasEdge[] } {
  const graph = documentGraph(flow);
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

/** The graph of the document alone (no selection), memoized by the caller per flow version. */
export function documentGraph(flow: Flow): { nodes: CanvasNode[]; edges: CanvasEdge[] } {
  const layout = layoutFlow(flow);
  const nodes: CanvasNode[] = [];
  const robotCount = new Map<string, number>();
  const triggerCount = new Map<string, number>();
  for (const r of flow.robots) robotCount.set(r.status, (robotCount.get(r.status) ?? 0) + 1);
  for (const t of flow.triggers) triggerCount.set(t.status, (triggerCount.get(t.status) ?? 0) + 1);

  for (const status of flow.statuses) {
    const lane = layout.lanes.get(status.id)!;
    nodes.push({
      id: laneNodeId(status.id),
      type: 'lane',
      position: { x: lane.x, y: 0 },
      width: lane.width,
      height: layout.height,
      draggable: false,
      connectable: false,
      deletable: false,
      // Selectable, so a lane can be the target of the palette's click/Enter.
      selectable: true,
      ariaRole: 'region',
      ariaLabel: statusName(status),
      data: {
        status,
        robotCount: robotCount.get(status.id) ?? 0,
        triggerCount: triggerCount.get(status.id) ?? 0,
        triggersTop: SIZES.headerHeight,
        robotsTop: layout.robotsTop - SIZES.sectionLabel,
      },
    });
  }
  // Children after their parents, as React Flow requires. No `extent: 'parent'`: a card must be able
  // to leave its lane, because dropping it on another lane moves it to that status.
  for (const trigger of flow.triggers) {
    const lane = layout.lanes.get(trigger.status);
    if (!lane) continue;
    const data = dataOfTrigger(trigger);
    nodes.push({
      id: trigger.id,
      type: 'trigger',
      parentId: laneNodeId(trigger.status),
      position: lane.positions.get(trigger.id)!,
      width: SIZES.cardWidth,
      height: SIZES.triggerHeight,
      connectable: false,
      ariaLabel: triggerName(trigger, data.title, data.unconfigured),
      data,
    });
  }
  for (const robot of flow.robots) {
    const lane = layout.lanes.get(robot.status);
    if (!lane) continue;
    const data = dataOfRobot(robot);
    nodes.push({
      id: robot.id,
      type: 'robot',
      parentId: laneNodeId(robot.status),
      position: lane.positions.get(robot.id)!,
      width: SIZES.cardWidth,
      height: SIZES.cardHeight,
      ariaLabel: robotName(robot, data.look.title, data.delay, data.unconfigured),
      data,
    });
  }

  const byId = new Map(flow.robots.map((r) => [r.id, r]));
  const edges: CanvasEdge[] = [];
  for (const robot of flow.robots) {
    const previous = robot.after === null ? undefined : byId.get(robot.after);
    // Dangling or cross-status links are not drawn: lint reports them, the canvas shows the rule.
    if (!previous || previous.status !== robot.status) continue;
    edges.push({
      id: edgeId(robot.id),
      source: previous.id,
      target: robot.id,
      type: 'smoothstep',
      className: 'of-edge',
      markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
      ariaLabel: `${shortName(robot)} runs after ${shortName(previous)}`,
    });
  }
  return { nodes, edges };
}

/** A robot's name, else its catalog title: how edges and messages refer to it. */
export const shortName = (robot: Robot): string => robot.name ?? robotLook(robot).title;
