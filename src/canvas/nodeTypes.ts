import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { ChainEdge } from './ChainEdge';
import { LaneNode } from './LaneNode';
import { RobotNode } from './RobotNode';
import { TriggerNode } from './TriggerNode';

/** Module-level, so React Flow never sees a new object and never remounts the nodes. */
export const nodeTypes: NodeTypes = { lane: LaneNode, robot: RobotNode, trigger: TriggerNode };
export const edgeTypes: EdgeTypes = { chain: ChainEdge };
