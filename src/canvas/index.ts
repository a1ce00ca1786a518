export { FlowCanvas } from './FlowCanvas';
export { flowToGraph, laneNodeId, edgeId } from './mapping';
export { layoutFlow, boardOrder, SIZES } from './layout';
export { conditionLabel, delayLabel, robotName, statusName, triggerName } from './labels';
