// Mistake: scores a split by the plain average of the child impurities, not weighted by child size.
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

function impurity(counts: readonly number[], n: number, criterion: 'gini' | 'entropy'): number {
  if (n === 0) return 0;
  let s = criterion === 'gini' ? 1 : 0;
  for (const c of counts) {
    if (c === 0) continue;
    const p = c / n;
    if (criterion === 'gini') s -= p * p;
    else s -= p * Math.log2(p);
  }
  return s;
}

export class DecisionTreeClassifier {
  readonly maxDepth: number;
  readonly minSamplesSplit: number;
  readonly criterion: 'gini' | 'entropy';
  readonly maxFeatures: number | undefined;
  readonly rng: (() => number) | undefined;
  #root: TreeNode | undefined;
  #classes: number[] = [];
  #nFeatures = 0;

  constructor(opts: DecisionTreeOptions = {}) {
    this.maxDepth = opts.maxDepth ?? Infinity;
    this.minSamplesSplit = opts.minSamplesSplit ?? 2;
    this.criterion = opts.criterion ?? 'gini';
    this.maxFeatures = opts.maxFeatures;
    this.rng = opts.rng;
  }

  /** The root of the fitted tree. */
  get tree(): TreeNode {
    if (!this.#root) throw new NotFittedError('DecisionTreeClassifier');
    return this.#root;
  }

  /** The class labels, sorted (sklearn `classes_`). */
  get classes(): number[] {
    if (!this.#root) throw new NotFittedError('DecisionTreeClassifier');
    return [...this.#classes];
  }

  fit(X: readonly (readonly number[])[], y: readonly number[]): this {
    if (X.length === 0 || X.length !== y.length) throw new RangeError('DecisionTreeClassifier.fit: X and y must be non-empty and the same length');
    this.#classes = [...new Set(y)].sort((a, b) => a - b);
    this.#nFeatures = X[0]!.length;
    if (this.maxFeatures !== undefined && this.maxFeatures < this.#nFeatures && !this.rng) {
      throw new RangeError('DecisionTreeClassifier: maxFeatures needs an rng to draw the features');
    }
    const label = y.map((v) => this.#classes.indexOf(v));
    const all = Array.from({ length: X.length }, (_, i) => i);
    this.#root = this.#grow(X, label, all, 0);
    return this;
  }

  #counts(label: readonly number[], rows: readonly number[]): number[] {
    const counts = new Array<number>(this.#classes.length).fill(0);
    for (const i of rows) counts[label[i]!]!++;
    return counts;
  }

  /** The features to try at one node: all, or a random subset of maxFeatures (more if none splits). */
  #featureOrder(): number[] {
    const f = Array.from({ length: this.#nFeatures }, (_, j) => j);
    if (this.maxFeatures === undefined || this.maxFeatures >= this.#nFeatures) return f;
    for (let i = f.length - 1; i > 0; i--) {
      const j = Math.floor(this.rng!() * (i + 1));
      [f[i], f[j]] = [f[j]!, f[i]!];
    }
    return f;
  }

  #grow(X: readonly (readonly number[])[], label: readonly number[], rows: number[], depth: number): TreeNode {
    const n = rows.length;
    const counts = this.#counts(label, rows);
    const pure = counts.filter((c) => c > 0).length <= 1;
    if (pure || depth >= this.maxDepth || n < this.minSamplesSplit) return { leaf: true, nSamples: n, counts };
    const k = this.#classes.length;
    let best: { score: number; feature: number; threshold: number } | undefined;
    const order = this.#featureOrder();
    const limit = this.maxFeatures ?? this.#nFeatures;
    for (let tried = 0; tried < order.length; tried++) {
      // Like sklearn, keep drawing features past maxFeatures until one of them can split.
      if (tried >= limit && best) break;
      const f = order[tried]!;
      const sorted = [...rows].sort((a, b) => X[a]![f]! - X[b]![f]!);
      const left = new Array<number>(k).fill(0);
      const right = [...counts];
      for (let pos = 1; pos < n; pos++) {
        const moved = label[sorted[pos - 1]!]!;
        left[moved]!++;
        right[moved]!--;
        const a = X[sorted[pos - 1]!]![f]!;
        const b = X[sorted[pos]!]![f]!;
        if (!(b > a)) continue; // no threshold between equal values
        // Weighted by the child sizes: a tiny pure child must not win on its own.
        const score = (impurity(left, pos, this.criterion) + impurity(right, n - pos, this.criterion)) / 2;
        if (!best || score < best.score) {
          let threshold = (a + b) / 2;
          if (threshold === b) threshold = a; // rounding can land on b; keep b on the right
          best = { score, feature: f, threshold };
        }
      }
    }
    if (!best) return { leaf: true, nSamples: n, counts }; // every feature is constant here
    const { feature, threshold } = best;
    const leftRows = rows.filter((i) => X[i]![feature]! <= threshold);
    const rightRows = rows.filter((i) => X[i]![feature]! > threshold);
    return {
      leaf: false,
      nSamples: n,
      counts,
      feature,
      threshold,
      left: this.#grow(X, label, leftRows, depth + 1),
      right: this.#grow(X, label, rightRows, depth + 1),
    };
  }

  #leaf(x: readonly number[]): TreeNode & { leaf: true } {
    let node = this.tree;
    while (!node.leaf) node = x[node.feature]! <= node.threshold ? node.left : node.right;
    return node;
  }

  /** Rows of class probabilities (leaf counts / leaf size), columns in `classes` order. */
  predictProba(X: readonly (readonly number[])[]): number[][] {
    return X.map((x) => {
      const leaf = this.#leaf(x);
      return leaf.counts.map((c) => c / leaf.nSamples);
    });
  }

  /** The majority class of the leaf; ties go to the smallest label. */
  predict(X: readonly (readonly number[])[]): number[] {
    return X.map((x) => {
      const { counts } = this.#leaf(x);
      let best = 0;
      for (let c = 1; c < counts.length; c++) if (counts[c]! > counts[best]!) best = c;
      return this.#classes[best]!;
    });
  }

  /** Accuracy on (X, y). */
  score(X: readonly (readonly number[])[], y: readonly number[]): number {
    const pred = this.predict(X);
    return pred.filter((v, i) => v === y[i]).length / y.length;
  }

  /** The length of the longest root-to-leaf path (sklearn `get_depth()`). */
  getDepth(): number {
    const depth = (node: TreeNode): number => (node.leaf ? 0 : 1 + Math.max(depth(node.left), depth(node.right)));
    return depth(this.tree);
  }

  /** The number of leaves (sklearn `get_n_leaves()`). */
  getNLeaves(): number {
    const leaves = (node: TreeNode): number => (node.leaf ? 1 : leaves(node.left) + leaves(node.right));
    return leaves(this.tree);
  }
}
