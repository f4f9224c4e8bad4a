import { todo } from '@roadmap/todo';
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

/**
 * Python: `sklearn.model_selection._split._validate_shuffle_split`: the `[nTrain, nTest]` sizes.
 *
 * JavaScript has one number type, so a size in (0, 1) is a fraction and a positive integer is a
 * count (Python tells 0.5 from 5 by type). Test fractions round up (ceil), train fractions round
 * down (floor); a missing size is the rest. Throws for sizes that do not fit in n, or an empty
 * train set.
 *
 * ```python
 * train_test_split(range(10), shuffle=False)                 # train 0..6, test 7..9 (ceil(2.5) = 3)
 * train_test_split(range(10), train_size=0.55, shuffle=False)  # train 0..4 (floor(5.5) = 5), test 5..9
 * ```
 */
export function splitSizes(n: number, testSize?: number, trainSize?: number): [number, number] {
  // TODO: default testSize 0.25; read each size as a fraction or a count; ceil test fractions, floor train fractions; fill in the rest; validate.
  return todo('splitSizes');
}

/**
 * Python: `sklearn.model_selection.train_test_split(X, y, test_size=None, train_size=None,
 * random_state=None, shuffle=True, stratify=None)`.
 *
 * Without shuffling, train is the first nTrain rows and test the nTest rows after them. With
 * shuffling, rows are permuted with `rng` (Fisher–Yates): the first nTest are the test set, the
 * next nTrain the train set. Rows of X and y stay paired.
 */
export function trainTestSplit<X, Y>(X: readonly X[], y: readonly Y[], options: TrainTestSplitOptions = {}): TrainTestSplit<X, Y> {
  // TODO: sizes, then indices (in order, shuffled, or stratified), then pick the rows.
  return todo('trainTestSplit');
}
