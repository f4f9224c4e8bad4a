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
  ],
});
