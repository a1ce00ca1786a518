/** The simulator panels. SimulatorPanel composes them; each also works alone with plain props. */
export { SimulatorPanel, type SimulatorPanelProps } from './SimulatorPanel';
export { ScenarioEditor, isRunnable, type ScenarioEditorProps } from './ScenarioEditor';
export { ScenarioList, type ScenarioListProps } from './ScenarioList';
export { TimelinePanel, type TimelinePanelProps } from './TimelinePanel';
export { PlaybackControls } from './PlaybackControls';
export { BatchPanel, type BatchPanelProps } from './BatchPanel';
export { SinglePlayback } from './SinglePlayback';
export { usePlayback, usePlaybackState } from './usePlayback';
export { sampleScenarios, downloadScenario, readScenarioFile } from './scenarioFiles';
export { scenarioMessages } from './editor/validation';
export { formatDuration } from './format';
