export { KeyError, NotFittedError, ValueError } from './_errors.ts';
export type { Cell, Row } from './_types.ts';
export { broadcastShapes, cStrides, NDArray, type Nested } from './ndarray.ts';
export { DataFrame } from './dataframe.ts';
export { type AggFunc, type AggSpec, describe, type DescribeStats, type GroupBy, groupBy, merge, type MergeOptions } from './groupby-merge.ts';
export { rank, type RankMethod, type RankOptions } from './rank.ts';
export { type ImputeStrategy, SimpleImputer, type SimpleImputerOptions } from './simple-imputer.ts';
export { StandardScaler, type StandardScalerOptions } from './standard-scaler.ts';
export { MinMaxScaler, type MinMaxScalerOptions } from './min-max-scaler.ts';
export { OneHotEncoder, type OneHotEncoderOptions } from './one-hot-encoder.ts';
export { PolynomialFeatures, type PolynomialFeaturesOptions } from './polynomial-features.ts';
export { ColumnTransformer, type ColumnTransformerOptions, Pipeline, type Transformer, type TransformerSpec } from './column-transformer.ts';
export { type ArticleRecord, articlePipeline, type ArticleTable } from './article-pipeline.ts';
export {
  type BarChartSpec,
  type ChartOptions,
  type HeatmapSpec,
  type Histogram,
  histogram,
  type HistogramOptions,
  renderBarChartSvg,
  renderHeatmapSvg,
  renderScatterSvg,
  type ScatterSpec,
} from './histogram-plot.ts';
export { preprocessSplit, type SplitResult } from './leakage.ts';
