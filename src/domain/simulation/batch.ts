/** The what-if batch: variants of a scenario, and what their runs covered of the flow. */
export {
  enumerateVariants,
  countVariants,
  type BatchDimensions,
  type Variant,
  type VariantSelection,
  type VariantSet,
} from './variants';
export {
  coverage,
  emptyCoverage,
  addRun,
  robotTypesOf,
  type MessageTally,
  type BatchResult,
  type Coverage,
  type FailingVariant,
  type RobotCoverage,
  type TriggerCoverage,
} from './coverage';
export { messageForecast, smsParts, channelOf, type ForecastRow, type MessageChannel } from './forecast';
export { sampleCombinations, digitsOf } from './pairwise';
export {
  choiceWords,
  variantWords,
  eventWords,
  eventWhen,
  phoneTypeWords,
  emailTypeWords,
  type ChoiceText,
  type ChoiceWordsOptions,
} from './choiceText';
