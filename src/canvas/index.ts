export { FlowCanvas } from './FlowCanvas';
export { flowToGraph, laneNodeId, edgeId } from './mapping';
export { layoutFlow, chainGrid, SIZES } from './layout';
export { conditionLabel, delayLabel, robotName, statusName, triggerName } from './labels';
