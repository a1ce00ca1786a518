export { DEFAULT_FLOW } from './defaultFlow';
export { DEFAULT_FLOW_RU } from './defaultFlow.ru';
export { SAMPLE_SCENARIOS, type SampleScenario } from './scenarios';
export { SAMPLE_SCENARIOS_RU } from './scenarios.ru';
export { defaultFlowFor, newFlowFor, sampleScenariosFor, samplesLanguageOf } from './byLocale';
