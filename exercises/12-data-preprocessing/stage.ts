import { defineExercise, defineStage } from '@roadmap/manifest';

export default defineStage({
  id: '12-data-preprocessing',
  title: 'Data preprocessing and feature engineering',
  roadmap: 'Data preprocessing & feature engineering; NumPy, Pandas, Matplotlib/Seaborn, scikit-learn preprocessing',
  exercises: [
    defineExercise({
      id: 'ndarray',
      title: 'A tiny ndarray: shape, strides, reshape, broadcasting',
      points: 15,
      python: 'numpy.ndarray: a.shape, a.strides, a.reshape, a.T, np.broadcast_shapes, a + b',
      hints: [
        'Everything is one flat list plus numbers: element [i, j, k] lives at offset + i*strides[0] + j*strides[1] + k*strides[2]. Row-major strides are suffix products of the shape: shape [2, 3, 4] gives [12, 4, 1].',
        'transpose() reverses both shape and strides and keeps the same data (a view). reshape() can only be a view when the array is contiguous; otherwise copy toFlat() first. For -1, divide the size by the product of the other dimensions.',
        'Broadcasting: right-align the shapes (pad the shorter with 1s on the left). Per axis, sizes must match or one must be 1. To read an operand at an output index, use stride 0 on its size-1 or missing axes, then walk the output with an odometer (increment the last index, carry left).',
      ],
    }),
    defineExercise({
      id: 'dataframe',
      title: 'A mini DataFrame: records, select, filter, assign, missing values',
      python: "pandas.DataFrame: pd.DataFrame(records), df[cols], df[mask], df.assign, df.isna().sum(), df.dropna, df.fillna",
      hints: [
        'Store the frame column-major, as pandas does: a Map from column name to its list of cells, plus an index array of row labels. Build a row object only when a predicate or toRecords needs one.',
        'Column order from records is the order keys are first seen across all records, not just the first one. Normalise every missing form (undefined, NaN, null) to null on the way in, so later code only checks for null.',
        'filter/dropna/head pick row positions and must carry the labels of those rows along (df.index after df[mask] keeps the original labels); only resetIndex renumbers. Return new frames: never mutate this.',
      ],
    }),
    defineExercise({
      id: 'groupby-merge',
      title: 'groupby/agg, merge and describe',
      points: 15,
      python: "df.groupby(keys).agg(out=('col', 'fn')).reset_index(); pd.merge(left, right, on=..., how=...); df.describe()",
      hints: [
        'groupBy: bucket rows in a Map keyed by JSON.stringify(keyTuple) (skip rows with a missing key), then sort the buckets. Compare strings by code point ([...s] iterates code points) so emoji sort after U+FFFF, as in Python.',
        'Aggregations skip null/NaN: count counts what is left, sum of nothing is 0, mean/median/min/max of nothing are NaN; std and var divide by n - 1 and are NaN below two values. describe uses the same rules plus type-7 quartiles: position q*(n-1) in the sorted values, linearly interpolated.',
        'merge: output columns are the left columns then the right non-key ones (clashes get _x/_y). Row order in pandas 1.5: left follows the left rows, right follows the right rows, and inner/outer walk the keys in order of first appearance on the left (outer then adds right-only keys), pairing all left rows of a key with all its right rows.',
      ],
    }),
    defineExercise({
      id: 'rank',
      title: 'Ranking with ties: average, min, max, first, dense',
      python: "pd.Series(values).rank(method='average' | 'min' | 'max' | 'first' | 'dense', ascending=..., na_option=..., pct=...)",
      hints: [
        'Pair each present value with its position and sort the pairs (Array.prototype.sort is stable, so equal values stay in order of appearance). Then walk the sorted list in runs of equal values.',
        "A run filling sorted positions i..j (1-based) gets (i + j) / 2 for average, i for min, j for max, i, i+1, ... for first, and the run's own number for dense. Missing values form one extra run placed first ('top') or last ('bottom'), or get NaN ('keep').",
        'pct divides by how many values were ranked (the missing ones count only when they were ranked), or by the number of runs for dense.',
      ],
    }),
    defineExercise({
      id: 'simple-imputer',
      title: 'SimpleImputer: mean, median, most_frequent, constant',
      python: "sklearn.impute.SimpleImputer(strategy=..., fill_value=..., keep_empty_features=...): fit, transform, statistics_",
      hints: [
        'fit looks at one column at a time and only at its present cells (null and NaN are missing); transform replaces each missing cell by its column statistic and leaves every present cell alone. Keep the statistics from fit: transform never recomputes them.',
        'median of an even count averages the two middle values. most_frequent counts with a Map, then takes the smallest of the values tied for the top count (numbers numerically, strings by code point: compare [...s].map(c => c.codePointAt(0))).',
        "A column with no present value gets statistic NaN and disappears from the output and from getFeatureNamesOut, unless keepEmptyFeatures (statistic 0). constant's default fill is 0, or 'missing_value' when any cell of X is a string. Throw NotFittedError before fit.",
      ],
    }),
    defineExercise({
      id: 'standard-scaler',
      title: 'StandardScaler with inverseTransform',
      python: 'sklearn.preprocessing.StandardScaler(with_mean=True, with_std=True): fit, transform, inverse_transform, mean_, var_, scale_',
      hints: [
        'fit computes, per column and over the present values only, the mean and the population variance: the mean of (x - mean)^2, dividing by n (ddof 0), not n - 1. transform is (x - mean) / scale; inverseTransform is z * scale + mean.',
        'Missing values: skip NaN/null when computing the statistics; in transform, NaN - mean is NaN, so they pass through on their own.',
        'scale is sqrt(var) except for constant columns, which get 1. Do not test var === 0: [0.1, 0.1, 0.1] has a computed variance near 1e-34. Use scikit-learn\'s bound: constant when var <= n*eps*var + (n*mean*eps)**2, with eps = Number.EPSILON.',
      ],
    }),
    defineExercise({
      id: 'min-max-scaler',
      title: 'MinMaxScaler with featureRange and clip',
      python: 'sklearn.preprocessing.MinMaxScaler(feature_range=(0, 1), clip=False): data_min_, data_max_, scale_, min_',
      hints: [
        'fit keeps each column\'s minimum and maximum over the present values. With [low, high] the feature range: scale = (high - low) / (max - min) and min = low - dataMin * scale; transform is x * scale + min.',
        'A range below 10 * Number.EPSILON is replaced by 1 before dividing, so a constant column lands on low instead of NaN. Check low < high in fit (ValueError otherwise).',
        'New data may fall outside the fitted range: without clip the result leaves [low, high]; with clip, clamp it. inverseTransform is (y - min) / scale. NaN passes through every step by itself.',
      ],
    }),
    defineExercise({
      id: 'one-hot-encoder',
      title: 'OneHotEncoder with drop, handleUnknown and feature names',
      points: 15,
      python: "sklearn.preprocessing.OneHotEncoder(handle_unknown='ignore', drop=..., sparse_output=False): categories_, get_feature_names_out",
      hints: [
        'fit: per column, the distinct present values, sorted, then null last if any cell was missing (null or NaN). transform: per feature, a block with one column per category, 1 where the cell matches.',
        "Do not use the default sort(): it turns numbers into strings (10 before 2) and compares UTF-16 units (emoji before U+FFFF). Sort numbers with (a, b) => a - b and strings by code point ([...s].map(c => c.codePointAt(0))).",
        "drop removes one column per feature: index 0 for 'first', index 0 only for two-category features with 'if_binary', or the index of the named category. Names are `${input}_${category}` (nan for missing, x0, x1, ... by default). inverseTransform picks the largest entry of each block; an all-zero block means the dropped category, else null with 'ignore', else ValueError.",
      ],
    }),
    defineExercise({
      id: 'polynomial-features',
      title: 'PolynomialFeatures: terms, order and names',
      python: 'sklearn.preprocessing.PolynomialFeatures(degree=2, interaction_only=False, include_bias=True): powers_, get_feature_names_out',
      hints: [
        "Think in exponent rows: each output column is a row of powers, one per input feature. [1, 1] is x0 x1, [2, 0] is x0^2, all zeros is the bias '1'. transform multiplies each input raised to its power.",
        'The order is degree first: the bias, then every term of degree 1, then degree 2, ... Within a degree, enumerate sorted index tuples like itertools.combinations_with_replacement(range(n), k): (0,0), (0,1), (1,1). interactionOnly uses combinations (no repeated index).',
        "A [min, max] degree keeps degrees max(1, min)..max, plus the bias when includeBias. Names join factors with a space and show powers above 1 as ^p: 'x0^2 x1'.",
      ],
    }),
    defineExercise({
      id: 'column-transformer',
      title: 'ColumnTransformer and Pipeline',
      points: 15,
      python: "sklearn.compose.ColumnTransformer([('num', Pipeline([...]), cols), ...], remainder=...); sklearn.pipeline.Pipeline; get_feature_names_out",
      hints: [
        'Pipeline.fit: fit the first step on X, transform X with it, fit the next step on that, and so on (the last step needs no transform during fit). getFeatureNamesOut threads the names through: names = step.getFeatureNamesOut(names).',
        "ColumnTransformer.fit: for each [name, transformer, columns], build the matrix records.map(r => columns.map(c => r[c] ?? null)) and fit the transformer on it. The remainder is every input column (first-seen key order) that no entry lists, 'drop' entries included.",
        "transform: one block per entry in list order ('passthrough' copies, 'drop' and empty column lists contribute nothing), then the remainder if 'passthrough'; row i joins row i of every block. Names: `${name}__${out}` with out = transformer.getFeatureNamesOut(columns), and 'remainder' as the remainder's name.",
      ],
    }),
    defineExercise({
      id: 'article-pipeline',
      title: "The roadmap's example: impute, scale, one-hot",
      python: "The roadmap's snippet: SimpleImputer(strategy='mean') per column, StandardScaler on Age/Salary/Experience, OneHotEncoder(handle_unknown='ignore') on City, pd.concat",
      hints: [
        'Follow the Python line by line: impute Age and Salary with their own column means first, then scale the three numeric columns, then one-hot City. Your SimpleImputer, StandardScaler and OneHotEncoder from the earlier exercises do each step.',
        'Scaling uses the population standard deviation (divide by n). The sample one (n - 1, what pandas .std() gives) turns Age -1.5 in row 0 into -1.341641.',
        "Column order: df.drop('City') keeps Age, Salary, Experience, and the encoded columns come after, named City_<city> in sorted order: getFeatureNamesOut(['City']).",
      ],
    }),
    defineExercise({
      id: 'histogram-plot',
      title: 'np.histogram and SVG charts (bar, scatter, heat map)',
      points: 15,
      python: 'np.histogram(a, bins, range, density); plt.bar / plt.scatter / sns.heatmap saved as SVG',
      hints: [
        'Edges for a bin count: step = (high - low) / bins, edge i = i * step + low, and the last edge is high itself (np.linspace). Then find each value\'s bin by comparing with those edges (binary search for the last edge <= x), not with Math.floor((x - low) / width): rounding puts values that sit on an edge one bin too low.',
        'Bins are [edge_i, edge_i+1) except the last, which is closed, so the maximum counts. Values outside the edges and NaN are skipped; a zero range becomes [v - 0.5, v + 0.5]; density divides each count by (total * bin width).',
        'SVG: build strings, escape &, <, > and " in every label, and remember y grows downwards: a bar of height h standing on baseline b has y = b - h. Scale values linearly to the plot area (the largest bar gets the full height; the data min..max spans the scatter area).',
      ],
    }),
    defineExercise({
      id: 'leakage',
      title: 'No leakage: fit on the training rows, transform both',
      python: "pipe = make_pipeline(SimpleImputer(), StandardScaler()); pipe.fit(X_train); pipe.transform(X_test)",
      hints: [
        'Split first: the training rows are every row whose index is not in testIndices (keep their order); the test rows come in the order of testIndices. Only then fit anything.',
        'Fit the mean imputer on the training rows, then fit the scaler on the imputed training rows. Transform both halves with those two fitted objects: never call fit on the test rows, and never on all of X.',
        'A quick self-check: change the numbers in the test rows and run again. If the training output or the learned means move, information is leaking from test to train.',
      ],
    }),
  ],
});
