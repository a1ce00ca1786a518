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
  type BatchResult,
  type Coverage,
  type FailingVariant,
  type RobotCoverage,
  type TriggerCoverage,
} from './coverage';
