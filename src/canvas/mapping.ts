import { MarkerType } from '@xyflow/react';
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
    };
    triggerData.set(trigger, data);
  }
  return data;
}

export const laneNodeId = (statusId: string) => `lane:${statusId}`;
export const edgeId = (robotId: string) => `after:${robotId}`;

/**
 * The document as React Flow sees it: one lane node per status (a column, in pipeline order) with its
 * triggers and robots as child nodes, and an edge for every "after previous" link. One direction
 * only for now; the editable designer translates React Flow's changes back into commands.
 */
export function flowToGraph(
  flow: Flow,
  selection: readonly string[] = [],
): { nodes: CanvasNode[]; edges: CanvasEdge[] } {
  const layout = layoutFlow(flow);
  const selected = new Set(selection);
  const nodes: CanvasNode[] = [];

  for (const status of flow.statuses) {
    const lane = layout.lanes.get(status.id)!;
    nodes.push({
      id: laneNodeId(status.id),
      type: 'lane',
      position: { x: lane.x, y: 0 },
      width: lane.width,
      height: layout.height,
      draggable: false,
      selectable: false,
      focusable: false,
      ariaRole: 'region',
      ariaLabel: statusName(status),
      data: {
        status,
        robotCount: flow.robots.filter((r) => r.status === status.id).length,
        triggerCount: flow.triggers.filter((t) => t.status === status.id).length,
        triggersTop: SIZES.headerHeight,
        robotsTop: layout.robotsTop - SIZES.sectionLabel,
      },
    });
  }
  // Children after their parents, as React Flow requires.
  for (const trigger of flow.triggers) {
    const lane = layout.lanes.get(trigger.status);
    if (!lane) continue;
    const data = dataOfTrigger(trigger);
    nodes.push({
      id: trigger.id,
      type: 'trigger',
      parentId: laneNodeId(trigger.status),
      extent: 'parent',
      position: lane.positions.get(trigger.id)!,
      width: SIZES.cardWidth,
      height: SIZES.triggerHeight,
      draggable: false,
      connectable: false,
      selected: selected.has(trigger.id),
      ariaLabel: triggerName(trigger, data.title),
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
      extent: 'parent',
      position: lane.positions.get(robot.id)!,
      width: SIZES.cardWidth,
      height: SIZES.cardHeight,
      draggable: false,
      connectable: false,
      selected: selected.has(robot.id),
      ariaLabel: robotName(robot, data.look.title),
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
      ariaLabel: `${robot.name ?? robot.id} runs after ${previous.name ?? previous.id}`,
    });
  }
  return { nodes, edges };
}
