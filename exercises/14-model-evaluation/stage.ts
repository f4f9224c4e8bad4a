import { defineExercise, defineStage } from '@roadmap/manifest';

export default defineStage({
  id: '14-model-evaluation',
  title: 'Model evaluation and hyperparameter tuning',
  roadmap: 'Model evaluation and hyperparameter tuning: accuracy, precision, recall, F1, ROC-AUC, RMSE; GridSearchCV and RandomizedSearchCV',
  exercises: [
    defineExercise({
      id: 'confusion-matrix',
      title: 'The confusion matrix',
      python: 'sklearn.metrics.confusion_matrix(y_true, y_pred, labels=..., normalize=...)',
      hints: [
        'Decide the label list first, then build a Map from label to index: row = index of the truth, column = index of the prediction.',
        'The default label list is the sorted union of both arrays. Array.prototype.sort() compares strings, so pass a comparator: (a, b) => (a < b ? -1 : a > b ? 1 : 0) orders numbers numerically and strings by code point.',
        "With explicit labels, skip any sample whose truth or prediction has no index. For normalize, divide by the row sum ('true'), the column sum ('pred') or the grand total ('all'), using 0 where the sum is 0.",
      ],
    }),
    defineExercise({
      id: 'classification-metrics',
      title: 'Accuracy, precision, recall and F-scores',
      python: 'sklearn.metrics.accuracy_score / precision_score / recall_score / f1_score / fbeta_score / precision_recall_fscore_support',
      hints: [
        'Everything comes from three counts per label: tp (truth and prediction both the label), predicted (prediction is the label) and support (truth is the label). precision = tp / predicted, recall = tp / support.',
        "Choose the labels first: 'binary' scores only [posLabel] (and throws when more than two labels occur, or posLabel is not one of two present labels); the other averages use options.labels or the sorted union.",
        "'micro' sums tp, predicted and support over the labels before dividing; 'macro' averages the per-label scores; 'weighted' weights them by support. Write F-beta on the counts: (1+β²)tp / ((1+β²)tp + β²fn + fp).",
        'A 0/0 ratio becomes zeroDivision. When zeroDivision is NaN, skip NaN entries when averaging (and use the plain mean if the remaining weights sum to 0).',
      ],
    }),
    defineExercise({
      id: 'roc',
      title: 'ROC curve and ROC-AUC',
      python: 'sklearn.metrics.roc_curve / roc_auc_score',
      hints: [
        'Sort the sample indices by score, highest first, and walk them counting true positives; fp = samples seen - tp.',
        'Record a point only at the last sample of a run of equal scores: tied scores are one step. Then prepend (0, 0) with threshold Infinity and divide by the final counts (NaN when a class is missing).',
        'dropIntermediate keeps the first and last points and every point where fps or tps has a non-zero second difference (fps[i+1] - 2*fps[i] + fps[i-1]). The AUC is the trapezoid sum over (fpr, tpr).',
      ],
    }),
    defineExercise({
      id: 'pr-curve',
      title: 'Precision-recall curve and average precision',
      python: 'sklearn.metrics.precision_recall_curve / average_precision_score',
      hints: [
        'Reuse the ROC walk: sort by score (highest first) and, at the last sample of each run of equal scores, record tp, fp and the score.',
        'precision = tp / (tp + fp), recall = tp / (total positives) (1 everywhere when there is no positive). Reverse the three arrays so thresholds increase, then append precision 1 and recall 0.',
        'AP = sum over i of (recall[i] - recall[i+1]) * precision[i] on the reversed arrays: each step of recall weighted by the precision reached there. No trapezoids, no interpolation.',
      ],
    }),
    defineExercise({
      id: 'regression-metrics',
      title: 'MSE, RMSE, MAE and R²',
      python: 'sklearn.metrics.mean_squared_error / mean_absolute_error / r2_score (squared=False for RMSE)',
      hints: [
        'Turn both targets into columns (one per output; a plain vector is one column) and compute every metric per column; uniform_average is then the mean over columns.',
        'RMSE of several outputs is the mean of the per-column square roots, not the square root of the overall MSE.',
        'R² = 1 - SS_res / SS_tot per column. With forceFinite (the default) a zero SS_res gives 1 and a zero SS_tot (constant truth) gives 0; without it let the division produce NaN or -Infinity. variance_weighted weights each column by its SS_tot.',
      ],
    }),
    defineExercise({
      id: 'probabilistic',
      title: 'Log loss and Brier score',
      python: 'sklearn.metrics.log_loss / brier_score_loss',
      hints: [
        'The classes are the sorted labels (options.labels, else yTrue). A plain vector of probabilities is the positive (greater) class: make each row [1 - p, p].',
        'Clip every probability to [eps, 1 - eps] before taking the complement, divide each row by its sum, then the loss of a sample is -Math.log(row[index of its true class]).',
        'Brier: the positive label is posLabel, else 1 for {0, 1} or {-1, 1} targets, else the greater label of a numeric target (strings need posLabel). Then mean((outcome - p)^2).',
      ],
    }),
    defineExercise({
      id: 'splitters',
      title: 'KFold and StratifiedKFold',
      python: 'sklearn.model_selection.KFold(n_splits).split(X) / StratifiedKFold(n_splits).split(X, y)',
      hints: [
        'KFold: fold f has floor(n / k) rows, plus one for the first n % k folds; the test blocks are contiguous and the train set is everything else, in index order.',
        'StratifiedKFold: number the classes in order of first appearance, sort those codes, and deal them round-robin (position i goes to fold i % k). Counting per fold gives how many samples of each class each test fold gets.',
        "Then, class by class, walk that class's samples in index order and give the first allocation[0][c] of them to fold 0, the next allocation[1][c] to fold 1, and so on.",
      ],
    }),
    defineExercise({
      id: 'train-test-split',
      title: 'train_test_split',
      python: 'sklearn.model_selection.train_test_split(X, y, test_size=..., train_size=..., shuffle=..., stratify=...)',
      hints: [
        'Sizes first (splitSizes): no size given means testSize 0.25. A fraction of the test set rounds up (Math.ceil), a fraction of the train set rounds down (Math.floor), a missing size is n minus the other. Throw when they add up to more than n or train is empty.',
        'Without shuffling, train is rows 0..nTrain-1 and test the next nTest rows. With shuffling, draw a Fisher–Yates permutation with rng (never sort with a random comparator) and take its first nTest entries as the test set and the next nTrain as train.',
        'Stratify: per class, split nTrain proportionally (floor each exact share, then give the leftover units to the largest remainders), do the same for nTest over what is left of each class, then pick that many shuffled rows of each class.',
      ],
    }),
    defineExercise({
      id: 'cross-val',
      title: 'cross_val_score',
      python: 'sklearn.model_selection.cross_val_score(estimator, X, y, cv=..., scoring=..., error_score=...)',
      hints: [
        "resolveCv: explicit splits are used as given; an integer k means stratifiedKFold(y, k) when estimator.estimatorType is 'classifier', else kFold(n, k) (import them from './splitters.ts').",
        'For every split call makeEstimator() again (sklearn clones: a fitted estimator is never reused), fit it on takeRows(X, train) / takeRows(y, train) and score it with getScorer(options.scoring) on the test rows.',
        "Wrap fit and score in try/catch: on an error record errorScore (NaN by default) or rethrow when it is 'raise'; if every fit failed, throw.",
      ],
    }),
    defineExercise({
      id: 'grid-search',
      title: 'ParameterGrid and GridSearchCV',
      points: 20,
      python: 'sklearn.model_selection.ParameterGrid / GridSearchCV(...).fit(X, y).cv_results_',
      hints: [
        'ParameterGrid: sort each grid\'s keys, then count through the combinations like an odometer whose last key is the fastest digit; at(i) is that mixed-radix decoding, and several grids simply follow one another.',
        'BaseSearchCV.fit: splits = resolveCv(...) (from ./cross-val.ts); for each candidate and each split, fit makeEstimator(params) on the train rows and score the test rows, recording errorScore (NaN) when it throws.',
        "mean = plain mean over splits, std = population standard deviation (divide by the number of splits). Ranks are scipy's rankdata(-mean, 'min'): 1 + the number of strictly better candidates, NaN treated as worse than everything.",
        'bestIndex is the first candidate with rank 1; refit (default true) fits makeEstimator(bestParams) on all the data for predict and score.',
      ],
    }),
    defineExercise({
      id: 'randomized-search',
      title: 'ParameterSampler and RandomizedSearchCV',
      python: 'sklearn.model_selection.ParameterSampler / RandomizedSearchCV; scipy.stats.uniform / randint / loguniform',
      hints: [
        'The distributions are one-liners on rng(): uniform is loc + scale * u, randint is low + Math.floor(u * (high - low)), loguniform is exp(log a + u * (log b - log a)).',
        'If every value of every dict is a list, build a ParameterGrid and pick min(nIter, grid.length) distinct indices (a partial Fisher–Yates shuffle), yielding grid.at(i). Otherwise sample nIter times with replacement: pick a dict, then for each key in sorted order pick a list element uniformly or call rvs(rng).',
        'RandomizedSearchCV extends BaseSearchCV from ./grid-search.ts: keep a ParameterSampler and return [...sampler] from candidates(). Solve grid-search first.',
      ],
    }),
    defineExercise({
      id: 'learning-curve',
      title: 'Learning curves and the bias/variance diagnosis',
      python: 'sklearn.model_selection.learning_curve(estimator, X, y, train_sizes=..., cv=...)',
      hints: [
        'Get the splits with resolveCv (./cross-val.ts). The largest usable train set is the size of the first split\'s train set, nMax.',
        'translateTrainSizes: if every value is in (0, 1], they are fractions: Math.floor(f * nMax), at least 1; otherwise they must be integers in [1, nMax]. Sort and drop duplicates.',
        'For each size m and each split, fit a fresh estimator on train.slice(0, m) and score it twice: on those m rows (train score) and on the test rows (test score).',
        'diagnose reads the last row: mean train score below target means high-bias; otherwise a train - test gap above maxGap (default 0.1) means high-variance; else good-fit.',
      ],
    }),
  ],
});
