export { DEFAULT_FLOW } from './defaultFlow';
export { SAMPLE_SCENARIOS, type SampleScenario } from './scenarios';
