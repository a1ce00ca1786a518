// The Russian default design and its samples in one module, loaded on demand (byLocale.ts).
export { DEFAULT_FLOW_RU } from './defaultFlow.ru';
export { SAMPLE_SCENARIOS_RU } from './scenarios.ru';
