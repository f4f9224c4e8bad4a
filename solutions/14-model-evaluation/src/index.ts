export type { Label } from './_types.ts';
export { type Estimator, type Matrix, type Split, type ScorerFn, type Scoring, NotFittedError, getScorer, takeRows } from './_estimator.ts';
export { confusionMatrix, type ConfusionMatrixOptions } from './confusion-matrix.ts';
export {
  accuracyScore,
  precisionScore,
  recallScore,
  f1Score,
  fbetaScore,
  precisionRecallFscoreSupport,
  type Average,
  type PrfOptions,
  type FbetaOptions,
  type PrfsOptions,
  type PrfsPerLabel,
  type PrfsAveraged,
} from './classification-metrics.ts';
export { rocCurve, rocAucScore, type RocCurve, type RocCurveOptions } from './roc.ts';
export { precisionRecallCurve, averagePrecisionScore, type PrCurve } from './pr-curve.ts';
export {
  meanSquaredError,
  rootMeanSquaredError,
  meanAbsoluteError,
  r2Score,
  type Target,
  type Multioutput,
  type R2Options,
} from './regression-metrics.ts';
export { logLoss, brierScoreLoss, type LogLossOptions } from './probabilistic.ts';
export { kFold, stratifiedKFold, type Fold } from './splitters.ts';
export { trainTestSplit, splitSizes, type TrainTestSplitOptions, type TrainTestSplit } from './train-test-split.ts';
export { crossValScore, resolveCv, type CrossValOptions } from './cross-val.ts';
export {
  ParameterGrid,
  BaseSearchCV,
  GridSearchCV,
  type Params,
  type ParamGridSpec,
  type CvResults,
  type SearchOptions,
} from './grid-search.ts';
export {
  ParameterSampler,
  RandomizedSearchCV,
  uniform,
  randint,
  loguniform,
  type Distribution,
  type ParamDistributions,
  type ParameterSamplerOptions,
  type RandomizedSearchOptions,
} from './randomized-search.ts';
export {
  learningCurve,
  translateTrainSizes,
  diagnose,
  type LearningCurveOptions,
  type LearningCurveResult,
  type Diagnosis,
  type DiagnoseOptions,
} from './learning-curve.ts';
