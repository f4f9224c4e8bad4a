/**
 * Support file (the same in exercises/ and solutions/): types shared by the metrics.
 *
 * scikit-learn accepts class labels of any sortable type; these exercises accept numbers and
 * strings. NumPy sorts them like `np.unique` does: numbers numerically, strings by code point.
 */
export type Label = number | string;
