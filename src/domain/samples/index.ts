export { DEFAULT_FLOW } from './defaultFlow';
export { SAMPLE_SCENARIOS, type SampleScenario } from './scenarios';
export { defaultFlowFor, loadSamples, newFlowFor, sampleScenariosFor, samplesLanguageOf } from './byLocale';
