// Mistake: without shuffling, takes the first rows as the test set.
import type { Label } from './_types.ts';

export interface TrainTestSplitOptions {
  /** A fraction in (0, 1) (rounded up) or an integer count of test rows. Default 0.25 when neither size is given. */
  testSize?: number;
  /** A fraction in (0, 1) (rounded down) or an integer count of train rows. Default: the rest. */
  trainSize?: number;
  /** Default true; then `rng` is required. */
  shuffle?: boolean;
  /** Uniform [0, 1) generator used for shuffling (e.g. mulberry32 from @roadmap/testkit). */
  rng?: () => number;
  /** Labels to stratify on: each class keeps (about) its proportion in both parts. Needs shuffle. */
  stratify?: readonly Label[];
}

export interface TrainTestSplit<X, Y> {
  XTrain: X[];
  XTest: X[];
  yTrain: Y[];
  yTest: Y[];
}

type Size = { kind: 'fraction' | 'count'; value: number } | null;

/** JavaScript has one number type: a value in (0, 1) is a fraction, a positive integer a count. */
function readSize(name: string, v: number | undefined, n: number): Size {
  if (v === undefined) return null;
  if (v > 0 && v < 1) return { kind: 'fraction', value: v };
  if (Number.isInteger(v) && v > 0 && v < n) return { kind: 'count', value: v };
  throw new RangeError(`${name}=${v} should be a fraction in (0, 1) or an integer count in [1, ${n - 1}]`);
}

/**
 * Python: `sklearn.model_selection._split._validate_shuffle_split`: the `[nTrain, nTest]` sizes.
 * Test fractions round up (ceil), train fractions round down (floor); a missing size is the rest.
 */
export function splitSizes(n: number, testSize?: number, trainSize?: number): [number, number] {
  if (testSize === undefined && trainSize === undefined) testSize = 0.25;
  const test = readSize('testSize', testSize, n);
  const train = readSize('trainSize', trainSize, n);
  if (test?.kind === 'fraction' && train?.kind === 'fraction' && test.value + train.value > 1) {
    throw new RangeError(`testSize + trainSize = ${test.value + train.value} should be at most 1`);
  }
  let nTest = test === null ? NaN : test.kind === 'fraction' ? Math.ceil(test.value * n) : test.value;
  let nTrain = train === null ? NaN : train.kind === 'fraction' ? Math.floor(train.value * n) : train.value;
  if (train === null) nTrain = n - nTest;
  else if (test === null) nTest = n - nTrain;
  if (nTrain + nTest > n) throw new RangeError(`trainSize + testSize = ${nTrain + nTest} is more than the ${n} samples`);
  if (nTrain === 0) throw new RangeError(`With n=${n}, testSize=${testSize} and trainSize=${trainSize} the train set would be empty`);
  return [nTrain, nTest];
}

/** Fisher–Yates: a uniformly random permutation of 0..n-1. */
function permutation(n: number, rng: () => number): number[] {
  const p = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [p[i], p[j]] = [p[j]!, p[i]!];
  }
  return p;
}

/**
 * sklearn's `_approximate_mode`: split `nDraws` among classes proportionally to `counts`: floor the
 * exact shares, then hand the missing units to the largest remainders (random among equal ones).
 */
function approximateMode(counts: number[], nDraws: number, rng: () => number): number[] {
  const total = counts.reduce((s, v) => s + v, 0);
  const continuous = counts.map((c) => (c / total) * nDraws);
  const result = continuous.map(Math.floor);
  let need = nDraws - result.reduce((s, v) => s + v, 0);
  const remainder = continuous.map((c, i) => c - result[i]!);
  const values = [...new Set(remainder)].sort((a, b) => b - a);
  for (const value of values) {
    if (need <= 0) break;
    let inds = remainder.flatMap((r, i) => (r === value ? [i] : []));
    if (need < inds.length) inds = permutation(inds.length, rng).slice(0, need).map((j) => inds[j]!);
    for (const i of inds) result[i]!++;
    need -= inds.length;
  }
  return result;
}

/**
 * Python: `sklearn.model_selection.train_test_split(X, y, test_size=None, train_size=None,
 * random_state=None, shuffle=True, stratify=None)`.
 * Without shuffling, train is the first nTrain rows and test the nTest rows after them.
 */
export function trainTestSplit<X, Y>(X: readonly X[], y: readonly Y[], options: TrainTestSplitOptions = {}): TrainTestSplit<X, Y> {
  const n = X.length;
  if (y.length !== n) throw new RangeError(`X has ${n} rows but y has ${y.length}`);
  const [nTrain, nTest] = splitSizes(n, options.testSize, options.trainSize);
  const shuffle = options.shuffle ?? true;
  let train: number[];
  let test: number[];
  if (!shuffle) {
    if (options.stratify) throw new RangeError('Stratified train/test split needs shuffle: true');
    test = Array.from({ length: nTest }, (_, i) => i);
    train = Array.from({ length: nTrain }, (_, i) => nTest + i);
  } else {
    const rng = options.rng;
    if (!rng) throw new TypeError('shuffle needs an rng (for example mulberry32(seed)), or pass shuffle: false');
    if (options.stratify) {
      [train, test] = stratifiedIndices(options.stratify, nTrain, nTest, rng);
    } else {
      // sklearn's ShuffleSplit: the first nTest rows of a permutation are the test set.
      const perm = permutation(n, rng);
      test = perm.slice(0, nTest);
      train = perm.slice(nTest, nTest + nTrain);
    }
  }
  return {
    XTrain: train.map((i) => X[i]!),
    XTest: test.map((i) => X[i]!),
    yTrain: train.map((i) => y[i]!),
    yTest: test.map((i) => y[i]!),
  };
}

/** sklearn's StratifiedShuffleSplit, one split. */
function stratifiedIndices(labels: readonly Label[], nTrain: number, nTest: number, rng: () => number): [number[], number[]] {
  const classes = [...new Set(labels)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const members = classes.map((c) => labels.flatMap((l, i) => (l === c ? [i] : [])));
  const counts = members.map((m) => m.length);
  if (Math.min(...counts) < 2) throw new RangeError('The least populated class in stratify has only 1 member; need at least 2');
  if (nTrain < classes.length) throw new RangeError(`trainSize=${nTrain} should be at least the number of classes ${classes.length}`);
  if (nTest < classes.length) throw new RangeError(`testSize=${nTest} should be at least the number of classes ${classes.length}`);
  const nI = approximateMode(counts, nTrain, rng);
  const tI = approximateMode(counts.map((c, i) => c - nI[i]!), nTest, rng);
  const train: number[] = [];
  const test: number[] = [];
  members.forEach((m, c) => {
    const perm = permutation(m.length, rng).map((j) => m[j]!);
    train.push(...perm.slice(0, nI[c]));
    test.push(...perm.slice(nI[c], nI[c]! + tI[c]!));
  });
  return [permutation(train.length, rng).map((j) => train[j]!), permutation(test.length, rng).map((j) => test[j]!)];
}
