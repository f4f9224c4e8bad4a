import { todo } from '@roadmap/todo';
import { NotFittedError } from './_errors.ts';

/**
 * Python: `sklearn.tree.DecisionTreeClassifier(criterion="gini", max_depth=None, min_samples_split=2)`.
 *
 * Grows the tree greedily (CART): at each node try every feature and every threshold halfway
 * between consecutive distinct sorted values, keep the split with the smallest weighted child
 * impurity n_L·I(L) + n_R·I(R), and recurse. Samples with x[feature] ≤ threshold go left.
 * A node is a leaf when it is pure, at maxDepth, has fewer than minSamplesSplit samples, or no
 * feature varies inside it. Ties between equally good splits go to the first one found
 * (features in index order, thresholds ascending).
 */
export interface DecisionTreeOptions {
  /** @default Infinity (grow until the leaves are pure) */
  maxDepth?: number;
  /** A node with fewer samples is a leaf. @default 2 */
  minSamplesSplit?: number;
  /** @default 'gini' */
  criterion?: 'gini' | 'entropy';
  /** Features to consider at each split (drawn with `rng`); default all of them. */
  maxFeatures?: number;
  /** Draws the candidate features when `maxFeatures` is smaller than the number of features. */
  rng?: () => number;
}

/** `counts[c]` is the number of training samples of `classes[c]` that reached the node. */
export type TreeNode =
  | { leaf: true; nSamples: number; counts: number[] }
  | { leaf: false; nSamples: number; counts: number[]; feature: number; threshold: number; left: TreeNode; right: TreeNode };

export class DecisionTreeClassifier {
  readonly maxDepth: number;
  readonly minSamplesSplit: number;
  readonly criterion: 'gini' | 'entropy';
  readonly maxFeatures: number | undefined;
  readonly rng: (() => number) | undefined;

  constructor(opts: DecisionTreeOptions = {}) {
    this.maxDepth = opts.maxDepth ?? Infinity;
    this.minSamplesSplit = opts.minSamplesSplit ?? 2;
    this.criterion = opts.criterion ?? 'gini';
    this.maxFeatures = opts.maxFeatures;
    this.rng = opts.rng;
  }

  /** The root of the fitted tree. */
  get tree(): TreeNode {
    // TODO: throw NotFittedError before fit.
    return todo('DecisionTreeClassifier.tree');
  }

  /** The class labels, sorted (sklearn `classes_`). */
  get classes(): number[] {
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('DecisionTreeClassifier.classes');
  }

  fit(X: readonly (readonly number[])[], y: readonly number[]): this {
    // TODO: sort the labels into classes, then grow the tree recursively from all rows.
    return todo('DecisionTreeClassifier.fit');
  }

  /** Rows of class probabilities (leaf counts / leaf size), columns in `classes` order. */
  predictProba(X: readonly (readonly number[])[]): number[][] {
    // TODO: implement predictProba (see the doc comment).
    return todo('DecisionTreeClassifier.predictProba');
  }

  /** The majority class of the leaf; ties go to the smallest label. */
  predict(X: readonly (readonly number[])[]): number[] {
    // TODO: implement predict (see the doc comment).
    return todo('DecisionTreeClassifier.predict');
  }

  /** Accuracy on (X, y). */
  score(X: readonly (readonly number[])[], y: readonly number[]): number {
    // TODO: implement score (see the doc comment).
    return todo('DecisionTreeClassifier.score');
  }

  /** The length of the longest root-to-leaf path (sklearn `get_depth()`). */
  getDepth(): number {
    // TODO: implement getDepth (see the doc comment).
    return todo('DecisionTreeClassifier.getDepth');
  }

  /** The number of leaves (sklearn `get_n_leaves()`). */
  getNLeaves(): number {
    // TODO: implement getNLeaves (see the doc comment).
    return todo('DecisionTreeClassifier.getNLeaves');
  }
}
