import type { Edge, Node } from '@xyflow/react';
import type { Robot, Status, Trigger } from '../domain/flow';
import type { IconName } from '../domain/catalog';
import type { RobotLook } from './labels';
import type { Marker, Point } from './layout';

export type LaneNodeData = {
  status: Status;
  robotCount: number;
  triggerCount: number;
  /** The lane's layout: group and branch markers, where the robots start, the "+ Add robot" button. */
  markers: readonly Marker[];
  robotsTop: number;
  addTop: number;
  /** Where the lane's cards are, for drawing them as a sketch when zoomed far out (LaneSketch). */
  positions: ReadonlyMap<string, Point>;
  triggers: readonly string[];
};

export type RobotNodeData = {
  robot: Robot;
  look: RobotLook;
  delay: string;
  condition: string | null;
  /** A required setting is still empty: the card is highlighted until it is filled. */
  unconfigured: boolean;
};

export type TriggerNodeData = {
  trigger: Trigger;
  title: string;
  icon: IconName;
  condition: string | null;
  unconfigured: boolean;
};

export type LaneNode = Node<LaneNodeData, 'lane'>;
export type RobotNode = Node<RobotNodeData, 'robot'>;
export type TriggerNode = Node<TriggerNodeData, 'trigger'>;
export type CanvasNode = LaneNode | RobotNode | TriggerNode;
export type CanvasEdge = Edge;
