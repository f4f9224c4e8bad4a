"""Goldens for stage 14-model-evaluation, computed by scikit-learn 1.2.1 (Debian's python3-sklearn).

Usage: /usr/bin/python3 grader/goldens/14-model-evaluation.py <output-folder>   (or `pnpm goldens 14-model-evaluation`)

Every expected value below comes from a real sklearn.metrics / sklearn.model_selection call on data
drawn from a seeded NumPy generator. Where the curriculum catalog follows current scikit-learn rather
than 1.2.1, the script says so next to the adjustment:
  * roc_curve: thresholds[0] is +inf (sklearn >= 1.3) instead of 1.2.1's max(score) + 1.
  * roc_auc_score with one class in y_true: NaN (catalog R7) instead of 1.2.1's ValueError.
  * zero_division=NaN (sklearn >= 1.3) is emulated from two real 1.2.1 runs (zero_division 0 and 1:
    the entries that differ are exactly the ill-defined ones) and averaged with sklearn's _nanaverage.
JSON cannot hold NaN or infinities, so they are written as the strings "NaN", "Infinity", "-Infinity".
"""
import json
import math
import os
import sys
import warnings

import numpy as np
from sklearn import metrics as M
from sklearn.base import BaseEstimator, RegressorMixin
from sklearn.dummy import DummyClassifier, DummyRegressor
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import (
    GridSearchCV,
    KFold,
    ParameterGrid,
    StratifiedKFold,
    cross_val_score,
    learning_curve,
    train_test_split,
)

warnings.filterwarnings("ignore")
OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)


def enc(x):
    if isinstance(x, dict):
        return {str(k): enc(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [enc(v) for v in x]
    if isinstance(x, np.ndarray):
        return enc(x.tolist())
    if isinstance(x, (bool, np.bool_)):
        return bool(x)
    if isinstance(x, (int, np.integer)):
        return int(x)
    if isinstance(x, (float, np.floating)):
        x = float(x)
        if math.isnan(x):
            return "NaN"
        if math.isinf(x):
            return "Infinity" if x > 0 else "-Infinity"
        return x
    if isinstance(x, (str, np.str_)):
        return str(x)
    if x is None:
        return None
    raise TypeError(f"cannot encode {type(x)}")


def dump(name, obj):
    path = os.path.join(OUT, name + ".json")
    with open(path, "w") as f:
        json.dump(enc(obj), f, separators=(",", ":"), allow_nan=False)
        f.write("\n")
    print(f"  {name}.json")


def raises(fn):
    try:
        fn()
        return False
    except ValueError:
        return True


rng = np.random.default_rng(20261130)


def pylist(a):
    return [v.item() if hasattr(v, "item") else v for v in a]


# ---------------------------------------------------------------- confusion-matrix
def cm_cases():
    cases = []
    label_sets = [
        [0, 1],
        [0, 1, 2],
        [0, 1, 2, 10],  # 10 sorts after 2 numerically, before it as a string
        [-1, 1],
        ["cat", "dog", "bird"],
        ["b", "a", "B", "Zebra"],  # code-point order: 'B' < 'Zebra' < 'a' < 'b'
    ]
    for labels in label_sets:
        for n in (1, 7, 30):
            yt = pylist(rng.choice(np.array(labels, dtype=object), n))
            yp = pylist(rng.choice(np.array(labels, dtype=object), n))
            cases.append({"yTrue": yt, "yPred": yp, "expected": M.confusion_matrix(yt, yp)})
    # predicted labels the truth never has (and vice versa) still get a row and a column
    cases.append({"yTrue": [0, 0, 1], "yPred": [2, 2, 1], "expected": M.confusion_matrix([0, 0, 1], [2, 2, 1])})
    # explicit labels: order kept, absent labels give zero rows, other labels are ignored
    yt = pylist(rng.integers(0, 4, 25))
    yp = pylist(rng.integers(0, 4, 25))
    for labels in ([2, 0], [3, 2, 1, 0], [0, 1, 7], [1]):
        cases.append({"yTrue": yt, "yPred": yp, "labels": labels, "expected": M.confusion_matrix(yt, yp, labels=labels)})
    cases.append({"yTrue": ["x", "y", "x"], "yPred": ["y", "y", "z"], "labels": ["z", "x"],
                  "expected": M.confusion_matrix(["x", "y", "x"], ["y", "y", "z"], labels=["z", "x"])})
    # normalize over rows, columns or everything; an empty row stays all zero
    for norm in ("true", "pred", "all"):
        for labels in (None, [0, 1, 2, 3, 9]):
            kw = {"normalize": norm}
            if labels is not None:
                kw["labels"] = labels
            case = {"yTrue": yt, "yPred": yp, "normalize": norm, "expected": M.confusion_matrix(yt, yp, **kw)}
            if labels is not None:
                case["labels"] = labels
            cases.append(case)
    errors = [
        {"yTrue": [0, 1, 1], "yPred": [1, 1, 0], "labels": [5, 6]},  # no given label occurs in y_true
        {"yTrue": [0, 1], "yPred": [0, 1, 1]},  # different lengths
    ]
    for e in errors:
        e["raises"] = raises(lambda: M.confusion_matrix(e["yTrue"], e["yPred"], labels=e.get("labels")))
    return {"cases": cases, "errors": errors}


dump("confusion-matrix", cm_cases())


# ---------------------------------------------------------------- classification-metrics
def nanaverage(a, weights=None):
    # sklearn.utils.extmath._nanaverage (sklearn >= 1.3), used by zero_division=np.nan
    a = np.asarray(a, dtype=float)
    if len(a) == 0:
        return np.nan
    mask = np.isnan(a)
    if mask.all():
        return np.nan
    if weights is None:
        return np.average(a[~mask])
    weights = np.asarray(weights, dtype=float)
    a, weights = a[~mask], weights[~mask]
    try:
        return np.average(a, weights=weights)
    except ZeroDivisionError:
        return np.average(a)


def prfs(yt, yp, average, labels, pos_label, zd, beta):
    kw = {"average": average, "beta": beta, "zero_division": zd}
    if labels is not None:
        kw["labels"] = labels
    if pos_label is not None:
        kw["pos_label"] = pos_label
    return M.precision_recall_fscore_support(yt, yp, **kw)


def prfs_nan(yt, yp, average, labels, pos_label, beta):
    """zero_division=NaN as sklearn >= 1.3 computes it, from two real 1.2.1 runs."""
    if average == "micro":
        r0 = prfs(yt, yp, "micro", labels, pos_label, 0, beta)
        r1 = prfs(yt, yp, "micro", labels, pos_label, 1, beta)
        return tuple(np.nan if a != b else a for a, b in zip(r0[:3], r1[:3])) + (None,)
    if average == "binary":
        # validates exactly like 1.2.1 (raises the same errors), then works on the one label
        prfs(yt, yp, "binary", labels, pos_label, 0, beta)
        labels = [1 if pos_label is None else pos_label]
    p0, r0, f0, s = prfs(yt, yp, None, labels, None, 0, beta)
    p1, r1, f1, _ = prfs(yt, yp, None, labels, None, 1, beta)
    p = np.where(p0 != p1, np.nan, p0)
    r = np.where(r0 != r1, np.nan, r0)
    f = np.where(f0 != f1, np.nan, f0)
    if average is None:
        return p, r, f, s
    w = s if average == "weighted" else None
    return nanaverage(p, w), nanaverage(r, w), nanaverage(f, w), None


def cls_cases():
    data = []
    specs = [
        ([0, 1], 12), ([0, 1], 40), ([-1, 1], 15), ([0, 1, 2], 9), ([0, 1, 2], 50),
        ([1, 2, 3, 10], 30), (["spam", "ham"], 20), (["a", "b", "c", "d", "e"], 12),
    ]
    for labels, n in specs:
        yt = pylist(rng.choice(np.array(labels, dtype=object), n))
        # predictions agree with the truth ~60% of the time
        yp = [t if rng.random() < 0.6 else pylist(rng.choice(np.array(labels, dtype=object), 1))[0] for t in yt]
        data.append((yt, yp))
    # labels missing from the predictions (precision ill-defined) or from the truth (recall ill-defined)
    data.append(([0, 0, 1, 1, 2, 2], [0, 0, 0, 1, 1, 1]))
    data.append(([0, 0, 0, 0], [0, 1, 0, 1]))
    data.append(([0, 0, 0, 0], [0, 0, 0, 0]))
    data.append(([1, 1, 1], [0, 0, 0]))
    data.append((["x", "y", "y", "z"], ["y", "y", "x", "x"]))

    cases = []
    for yt, yp in data:
        kinds = sorted(set(yt) | set(yp), key=lambda v: (isinstance(v, str), v))
        label_opts = [None, list(reversed(kinds))]
        if not isinstance(kinds[0], str):
            label_opts.append([kinds[-1], 99])  # a label absent from both arrays
        else:
            label_opts.append([kinds[0]])
        combos = []
        for average in ("binary", "micro", "macro", "weighted", None):
            for labels in label_opts:
                pos_opts = [None]
                if average == "binary":
                    pos_opts = [None] + ([kinds[0]] if isinstance(kinds[0], str) else [kinds[0], kinds[-1]])
                    if labels is not None:
                        continue
                for pos_label in pos_opts:
                    for zd in (0, 1, "NaN"):
                        for beta in (1.0, 0.5, 2.0):
                            combo = {"average": average, "zeroDivision": zd, "beta": beta}
                            if labels is not None:
                                combo["labels"] = labels
                            if pos_label is not None:
                                combo["posLabel"] = pos_label
                            try:
                                if zd == "NaN":
                                    if average == "weighted" and labels is not None and not any(t in labels for t in yt):
                                        continue  # sklearn 1.2.1 and >= 1.3 disagree here; not part of the contract
                                    p, r, f, s = prfs_nan(yt, yp, average, labels, pos_label, beta)
                                else:
                                    p, r, f, s = prfs(yt, yp, average, labels, pos_label, zd, beta)
                                combo.update({"precision": p, "recall": r, "fscore": f, "support": s})
                            except ValueError:
                                combo["raises"] = True
                            combos.append(combo)
        cases.append({
            "yTrue": yt, "yPred": yp, "combos": combos,
            "accuracy": M.accuracy_score(yt, yp),
            "correct": M.accuracy_score(yt, yp, normalize=False),
        })
    return {"cases": cases}


dump("classification-metrics", cls_cases())


# ---------------------------------------------------------------- roc
def binary_score_data():
    data = []
    for n in (5, 12, 40):
        y = pylist(rng.integers(0, 2, n))
        s = pylist(rng.random(n))
        data.append({"yTrue": y, "scores": s})
        # heavy ties: scores on a coarse grid
        data.append({"yTrue": y, "scores": pylist(np.round(rng.random(n) * 4) / 4)})
    y = pylist(rng.integers(0, 2, 25))
    data.append({"yTrue": y, "scores": pylist(rng.normal(size=25) * 3)})  # negative scores too
    data.append({"yTrue": [0, 1, 0, 1], "scores": [0.5, 0.5, 0.5, 0.5]})  # one tied step
    data.append({"yTrue": [0, 0, 1, 1], "scores": [0.1, 0.4, 0.35, 0.8]})
    data.append({"yTrue": [1, 1, 0, 0], "scores": [0.1, 0.2, 0.8, 0.9]})  # perfectly wrong
    data.append({"yTrue": [-1, 1, -1, 1, 1], "scores": [0.2, 0.9, 0.4, 0.4, 0.7]})
    data.append({"yTrue": ["neg", "pos", "pos", "neg", "pos"], "scores": [1, 3, 2, 2, 5], "posLabel": "pos"})
    data.append({"yTrue": [2, 7, 7, 2, 7, 2], "scores": [0.3, 0.6, 0.2, 0.1, 0.9, 0.6], "posLabel": 7})
    return data


def roc_cases():
    cases = []
    for d in binary_score_data():
        kw = {"pos_label": d["posLabel"]} if "posLabel" in d else {}
        for drop in (True, False):
            fpr, tpr, thr = M.roc_curve(d["yTrue"], d["scores"], drop_intermediate=drop, **kw)
            thr = np.array(thr, dtype=float)
            thr[0] = np.inf  # catalog R7 / sklearn >= 1.3 (1.2.1 writes max + 1 here)
            cases.append({**d, "dropIntermediate": drop, "fpr": fpr, "tpr": tpr, "thresholds": thr})
    one_class = []
    for y in ([0, 0, 0, 0], [1, 1, 1]):
        s = pylist(rng.random(len(y)))
        fpr, tpr, thr = M.roc_curve(y, s)
        thr = np.array(thr, dtype=float)
        thr[0] = np.inf
        one_class.append({"yTrue": y, "scores": s, "fpr": fpr, "tpr": tpr, "thresholds": thr})
    auc = []
    for d in binary_score_data():
        if "posLabel" in d:
            continue  # roc_auc_score always takes the greater label as positive
        auc.append({**d, "auc": M.roc_auc_score(d["yTrue"], d["scores"])})
    auc.append({"yTrue": ["no", "yes", "yes", "no"], "scores": [0.2, 0.7, 0.4, 0.5],
                "auc": M.roc_auc_score(["no", "yes", "yes", "no"], [0.2, 0.7, 0.4, 0.5])})
    # catalog R7: one class in y_true gives NaN (sklearn 1.2.1 raises ValueError instead)
    assert raises(lambda: M.roc_auc_score([1, 1, 1], [0.2, 0.3, 0.4]))
    auc.append({"yTrue": [1, 1, 1], "scores": [0.2, 0.3, 0.4], "auc": np.nan})
    auc.append({"yTrue": [0, 0], "scores": [0.2, 0.3], "auc": np.nan})
    errors = [{"yTrue": [0, 2, 2], "scores": [0.1, 0.2, 0.3]}, {"yTrue": ["a", "b"], "scores": [0.1, 0.2]}]
    for e in errors:
        e["raises"] = raises(lambda: M.roc_curve(e["yTrue"], e["scores"]))
    return {"curves": cases, "oneClass": one_class, "auc": auc, "errors": errors}


dump("roc", roc_cases())


# ---------------------------------------------------------------- pr-curve
def pr_cases():
    cases = []
    for d in binary_score_data():
        kw = {"pos_label": d["posLabel"]} if "posLabel" in d else {}
        p, r, t = M.precision_recall_curve(d["yTrue"], d["scores"], **kw)
        ap = M.average_precision_score(d["yTrue"], d["scores"], pos_label=d.get("posLabel", 1))
        cases.append({**d, "precision": p, "recall": r, "thresholds": t, "ap": ap})
    # no positive at all: recall is 1 everywhere, average precision 0
    y, s = [0, 0, 0], [0.3, 0.1, 0.3]
    p, r, t = M.precision_recall_curve(y, s)
    cases.append({"yTrue": y, "scores": s, "precision": p, "recall": r, "thresholds": t,
                  "ap": M.average_precision_score(y, s)})
    return {"cases": cases}


dump("pr-curve", pr_cases())


# ---------------------------------------------------------------- regression-metrics
def reg_cases():
    cases = []

    def add(yt, yp, name):
        yt = np.asarray(yt, dtype=float)
        yp = np.asarray(yp, dtype=float)
        c = {"name": name, "yTrue": yt, "yPred": yp,
             "mse": M.mean_squared_error(yt, yp),
             "rmse": M.mean_squared_error(yt, yp, squared=False),
             "mae": M.mean_absolute_error(yt, yp),
             "r2": M.r2_score(yt, yp),
             "r2NotFinite": M.r2_score(yt, yp, force_finite=False)}
        if yt.ndim == 2:
            c.update({
                "mseRaw": M.mean_squared_error(yt, yp, multioutput="raw_values"),
                "rmseRaw": M.mean_squared_error(yt, yp, multioutput="raw_values", squared=False),
                "maeRaw": M.mean_absolute_error(yt, yp, multioutput="raw_values"),
                "r2Raw": M.r2_score(yt, yp, multioutput="raw_values"),
                "r2VarianceWeighted": M.r2_score(yt, yp, multioutput="variance_weighted"),
                "r2RawNotFinite": M.r2_score(yt, yp, multioutput="raw_values", force_finite=False),
            })
        cases.append(c)

    for n in (2, 9, 40):
        yt = rng.normal(size=n) * 10 + 3
        add(yt, yt + rng.normal(size=n) * 2, f"vector n={n}")
    yt = rng.normal(size=(25, 3)) * np.array([1.0, 10.0, 100.0])
    add(yt, yt + rng.normal(size=(25, 3)) * np.array([0.5, 1.0, 200.0]), "3 outputs on different scales")
    add([1, 2, 3], [1, 2, 3], "perfect fit")
    add([4, 4, 4, 4], [4, 4, 4, 4], "constant truth, exact fit")
    add([4, 4, 4, 4], [4, 5, 3, 4], "constant truth, inexact fit")
    add([[1, 5], [1, 6], [1, 7]], [[1, 5], [2, 6], [1, 8]], "two outputs, one of them constant")
    add([[2, 5], [2, 6], [2, 7]], [[2, 5.5], [2, 6], [2, 6.5]], "a constant output fitted exactly")
    add([1, 2, 3, 4], [4, 3, 2, 1], "anti-correlated: negative r2")
    single = {"yTrue": [3.0], "yPred": [2.0], "r2": M.r2_score([3.0], [2.0])}  # NaN: needs two samples
    return {"cases": cases, "single": single}


dump("regression-metrics", reg_cases())


# ---------------------------------------------------------------- probabilistic
def prob_cases():
    log = []
    brier = []
    for n in (4, 20):
        y = pylist(rng.integers(0, 2, n))
        p = pylist(rng.random(n))
        log.append({"yTrue": y, "yPred": p, "loss": M.log_loss(y, p), "sum": M.log_loss(y, p, normalize=False)})
        brier.append({"yTrue": y, "yProb": p, "loss": M.brier_score_loss(y, p)})
    # probabilities of exactly 0 and 1 are clipped to [eps, 1 - eps] before the log
    y, p = [0, 1, 1, 0], [0.0, 1.0, 0.0, 0.3]
    log.append({"yTrue": y, "yPred": p, "loss": M.log_loss(y, p), "sum": M.log_loss(y, p, normalize=False)})
    log.append({"yTrue": y, "yPred": p, "eps": 1e-3, "loss": M.log_loss(y, p, eps=1e-3),
                "sum": M.log_loss(y, p, eps=1e-3, normalize=False)})
    # string labels: the positive class is the greater label
    y, p = ["spam", "ham", "ham", "spam"], [0.9, 0.1, 0.2, 0.65]
    log.append({"yTrue": y, "yPred": p, "loss": M.log_loss(y, p), "sum": M.log_loss(y, p, normalize=False)})
    # one row per sample, one column per class (classes sorted)
    y = pylist(rng.choice(np.array(["a", "b", "c"], dtype=object), 15))
    P = rng.random((15, 3))
    P = P / P.sum(axis=1, keepdims=True)
    log.append({"yTrue": y, "yPred": P, "loss": M.log_loss(y, P), "sum": M.log_loss(y, P, normalize=False)})
    # rows that do not sum to one are renormalised
    y, P = [0, 2, 1], [[0.2, 0.2, 0.2], [0.1, 0.3, 0.6], [0.5, 0.5, 0.0]]
    log.append({"yTrue": y, "yPred": P, "loss": M.log_loss(y, P), "sum": M.log_loss(y, P, normalize=False)})
    # a class missing from y_true needs explicit labels
    y, P = [1, 1, 2], [[0.2, 0.5, 0.3], [0.1, 0.8, 0.1], [0.3, 0.3, 0.4]]
    log.append({"yTrue": y, "yPred": P, "labels": [0, 1, 2], "loss": M.log_loss(y, P, labels=[0, 1, 2]),
                "sum": M.log_loss(y, P, labels=[0, 1, 2], normalize=False)})
    y, p = [1, 1, 1], [0.9, 0.8, 0.7]
    log.append({"yTrue": y, "yPred": p, "labels": [0, 1], "loss": M.log_loss(y, p, labels=[0, 1]),
                "sum": M.log_loss(y, p, labels=[0, 1], normalize=False)})
    log_errors = [
        {"yTrue": [1, 1, 1], "yPred": [0.9, 0.8, 0.7]},  # one class and no labels
        {"yTrue": [0, 1, 2], "yPred": [0.9, 0.8, 0.7]},  # three classes, one column
        {"yTrue": [0, 1, 2], "yPred": [[0.5, 0.5], [0.5, 0.5], [0.5, 0.5]]},
    ]
    for e in log_errors:
        e["raises"] = raises(lambda: M.log_loss(e["yTrue"], e["yPred"]))

    y, p = [2, 5, 5, 2, 5], [0.1, 0.8, 0.6, 0.3, 0.9]  # numbers other than {0,1}: the greater label
    brier.append({"yTrue": y, "yProb": p, "loss": M.brier_score_loss(y, p)})
    brier.append({"yTrue": y, "yProb": p, "posLabel": 2, "loss": M.brier_score_loss(y, p, pos_label=2)})
    y, p = ["no", "yes", "yes"], [0.2, 0.7, 0.9]
    brier.append({"yTrue": y, "yProb": p, "posLabel": "yes", "loss": M.brier_score_loss(y, p, pos_label="yes")})
    y, p = [0, 0, 0], [0.2, 0.1, 0.0]
    brier.append({"yTrue": y, "yProb": p, "loss": M.brier_score_loss(y, p)})
    brier_errors = [
        {"yTrue": ["no", "yes"], "yProb": [0.2, 0.7]},  # strings need posLabel
        {"yTrue": [0, 1, 2], "yProb": [0.2, 0.7, 0.5]},  # three classes
        {"yTrue": [0, 1], "yProb": [0.2, 1.5]},  # not a probability
        {"yTrue": [0, 1], "yProb": [-0.2, 0.5]},
    ]
    for e in brier_errors:
        e["raises"] = raises(lambda: M.brier_score_loss(e["yTrue"], e["yProb"]))
    return {"logLoss": log, "logLossErrors": log_errors, "brier": brier, "brierErrors": brier_errors}


dump("probabilistic", prob_cases())


# ---------------------------------------------------------------- splitters
def folds(splitter, X, y=None):
    return [{"train": tr, "test": te} for tr, te in splitter.split(X, y)]


def split_cases():
    kfold = []
    for n, k in [(10, 5), (10, 3), (7, 7), (11, 4), (5, 2), (23, 5), (2, 2), (100, 7)]:
        kfold.append({"n": n, "k": k, "folds": folds(KFold(k), np.zeros((n, 1)))})
    kfold_errors = [{"n": n, "k": k, "raises": raises(lambda: list(KFold(k).split(np.zeros((n, 1)))))}
                    for n, k in [(3, 4), (5, 1)]]
    strat = []
    ys = [
        [0, 0, 0, 0, 1, 1, 1, 1, 1, 1],
        [1, 1, 1, 0, 0, 0, 0, 0, 2, 2, 2, 2],  # first appearance (1, 0, 2) differs from sorted order
        ["b", "a", "b", "c", "a", "b", "c", "c", "a", "b", "b"],
        [3, 3, 1, 1, 1, 2, 2, 2, 2, 3, 1, 2, 3, 3, 1, 1],
        [0, 1, 0, 1, 0, 1, 0, 0],
    ]
    for _ in range(6):
        n = int(rng.integers(8, 40))
        ys.append(pylist(rng.choice(np.array([5, 1, 9, 3]), n, p=[0.5, 0.25, 0.15, 0.1])))
    for y in ys:
        counts = {v: y.count(v) for v in set(y)}
        for k in (2, 3, 4, 5):
            if k > len(y) or all(c < k for c in counts.values()):
                continue
            strat.append({"y": y, "k": k, "folds": folds(StratifiedKFold(k), np.zeros((len(y), 1)), y)})
    strat_errors = []
    for y, k in [([0, 0, 1, 1, 1], 4), ([0, 1, 0], 4)]:
        strat_errors.append({"y": y, "k": k, "raises": raises(lambda: list(StratifiedKFold(k).split(np.zeros((len(y), 1)), y)))})
    return {"kFold": kfold, "kFoldErrors": kfold_errors, "stratified": strat, "stratifiedErrors": strat_errors}


SPLITS = split_cases()
dump("splitters", SPLITS)


# ---------------------------------------------------------------- train-test-split
def tts_cases():
    sizes = []
    for n in (4, 10, 13, 100, 101):
        for test_size, train_size in [(None, None), (0.25, None), (0.3, None), (0.1, None), (None, 0.7),
                                      (3, None), (None, 3), (0.2, 0.5), (2, 2), (0.5, 0.5), (0.6, 0.6), (0.01, None)]:
            X = np.arange(n)[:, None]
            y = np.arange(n)
            case = {"n": n}
            if test_size is not None:
                case["testSize"] = test_size
            if train_size is not None:
                case["trainSize"] = train_size
            try:
                Xtr, Xte, ytr, yte = train_test_split(X, y, test_size=test_size, train_size=train_size, shuffle=False)
                case.update({"train": ytr, "test": yte})
                # the sizes do not depend on shuffling
                Xtr2, Xte2, _, _ = train_test_split(X, y, test_size=test_size, train_size=train_size, random_state=0)
                assert len(Xtr2) == len(ytr) and len(Xte2) == len(yte)
            except ValueError:
                case["raises"] = True
            sizes.append(case)
    return {"sizes": sizes}


dump("train-test-split", tts_cases())


# ---------------------------------------------------------------- cross-val
def cv_cases():
    n = 23
    X = rng.normal(size=(n, 2))
    y = X[:, 0] * 2 + rng.normal(size=n)
    reg = []
    for cv in (5, 3, 2):
        reg.append({"cv": cv, "scoring": "neg_mean_squared_error",
                    "scores": cross_val_score(DummyRegressor(), X, y, cv=cv, scoring="neg_mean_squared_error")})
        reg.append({"cv": cv, "scores": cross_val_score(DummyRegressor(), X, y, cv=cv)})  # estimator.score: r2
    custom = [(np.array([0, 1, 2, 3, 4, 5, 6, 7]), np.array([20, 21, 22])),
              (np.array([10, 11, 12, 13, 14]), np.array([0, 1, 2, 3]))]
    reg.append({"cv": [{"train": tr, "test": te} for tr, te in custom], "scoring": "neg_mean_absolute_error",
                "scores": cross_val_score(DummyRegressor(), X, y, cv=custom, scoring="neg_mean_absolute_error")})
    yc = pylist(rng.choice(np.array([0, 1, 2]), 30, p=[0.45, 0.35, 0.2]))
    Xc = rng.normal(size=(30, 2))
    clf = []
    for cv in (3, 4):
        # a classifier with an integer cv is split with StratifiedKFold
        clf.append({"cv": cv, "scoring": "accuracy",
                    "scores": cross_val_score(DummyClassifier(strategy="most_frequent"), Xc, yc, cv=cv, scoring="accuracy")})
    return {"regression": {"X": X, "y": y, "runs": reg}, "classification": {"X": Xc, "y": yc, "runs": clf}}


dump("cross-val", cv_cases())


# ---------------------------------------------------------------- grid-search
class Shrink(RegressorMixin, BaseEstimator):
    """Predicts (1 - shrink) * mean(y_train) + slope * x0; refuses shrink > 1."""

    def __init__(self, shrink=0.0, slope=0.0, unused=0):
        self.shrink = shrink
        self.slope = slope
        self.unused = unused

    def fit(self, X, y):
        if self.shrink > 1:
            raise ValueError("shrink must be at most 1")
        self.center_ = (1 - self.shrink) * np.mean(y)
        return self

    def predict(self, X):
        return self.center_ + self.slope * np.asarray(X)[:, 0]


def grid_cases():
    grids = [
        {"b": [1, 2], "a": ["x", "y", "z"]},
        {"c": [True], "a": [1, 2], "b": [3, 4]},
        {},
        [{"kernel": ["linear"], "C": [1, 10]}, {"kernel": ["rbf"], "gamma": [0.1, 0.01], "C": [1]}],
        [{}, {"z": [1, 2]}],
        {"learning_rate": [0.1, 0.01], "max_depth": [3, 5, None], "alpha": [0]},
    ]
    param_grid = [{"grid": g, "params": list(ParameterGrid(g))} for g in grids]

    n = 30
    X = rng.normal(size=(n, 2))
    y = 0.7 * X[:, 0] + 3 + rng.normal(size=n) * 0.5
    searches = []
    specs = [
        ({"shrink": [0.0, 0.5, 2.0], "slope": [0.0, 1.0, 0.5], "unused": [1, 2]}, 5, None),
        ({"shrink": [0.0, 0.5, 2.0], "slope": [0.0, 1.0, 0.5], "unused": [1, 2]}, 3, "neg_mean_absolute_error"),
        ([{"shrink": [0.25]}, {"slope": [1.0, 0.0], "shrink": [0.0, 1.0]}], 4, "neg_mean_squared_error"),
        ({"slope": [0.7, 0.7, 0.0]}, 5, None),  # duplicate candidates: the first one wins the tie
    ]
    for grid, cv, scoring in specs:
        gs = GridSearchCV(Shrink(), grid, cv=cv, scoring=scoring, error_score=np.nan)
        gs.fit(X, y)
        r = gs.cv_results_
        searches.append({
            "grid": grid, "cv": cv, "scoring": scoring,
            "params": r["params"],
            "meanTestScore": r["mean_test_score"],
            "stdTestScore": r["std_test_score"],
            "rankTestScore": r["rank_test_score"],
            "splitTestScores": [r[f"split{i}_test_score"] for i in range(cv)],
            "bestIndex": gs.best_index_,
            "bestParams": gs.best_params_,
            "bestScore": gs.best_score_,
            "predictions": gs.predict(X[:5]),
        })
    return {"parameterGrid": param_grid, "search": {"X": X, "y": y, "runs": searches}}


dump("grid-search", grid_cases())


# ---------------------------------------------------------------- learning-curve
def lc_cases():
    n = 40
    X = rng.normal(size=(n, 1)) * 2
    y = 1.5 * X[:, 0] - 1 + rng.normal(size=n)
    runs = []
    for train_sizes, cv, scoring in [
        ([0.1, 0.325, 0.55, 0.775, 1.0], 5, None),
        ([0.1, 0.11, 0.5, 1.0], 4, "neg_mean_squared_error"),  # 0.1 and 0.11 give the same size: kept once
        ([3, 10, 20, 30], 4, None),  # absolute sizes
    ]:
        sizes, tr, te = learning_curve(LinearRegression(), X, y, train_sizes=train_sizes, cv=cv, scoring=scoring)
        runs.append({"trainSizes": train_sizes, "cv": cv, "scoring": scoring,
                     "trainSizesAbs": sizes, "trainScores": tr, "testScores": te})
    errors = []
    for ts in ([0.0, 0.5], [0.5, 1.5], [5, 40]):
        errors.append({"trainSizes": ts, "cv": 4,
                       "raises": raises(lambda: learning_curve(LinearRegression(), X, y, train_sizes=np.array(ts), cv=4))})
    return {"X": X, "y": y, "runs": runs, "errors": errors}


dump("learning-curve", lc_cases())
