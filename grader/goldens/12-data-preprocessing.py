"""Goldens for stage 12-data-preprocessing, computed by the real NumPy, pandas and scikit-learn.

Usage: /usr/bin/python3 grader/goldens/12-data-preprocessing.py <output-folder>
(or `pnpm goldens 12-data-preprocessing`). Debian's python3-sklearn and python3-pandas:
scikit-learn 1.2.1, pandas 1.5.3, NumPy 1.24.2.

JSON has no NaN or Infinity: they are written as the strings "__NaN__", "__Infinity__" and
"__-Infinity__", which the suites' kit (grader/suites/12-data-preprocessing/_kit.ts) decodes.
A missing cell in records or categorical input is JSON null (the TypeScript convention).
"""

import json
import math
import os
import sys
import warnings

import numpy as np
import pandas as pd
import sklearn
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import MinMaxScaler, OneHotEncoder, PolynomialFeatures, StandardScaler

warnings.filterwarnings("ignore")
assert sklearn.__version__ == "1.2.1", sklearn.__version__
assert pd.__version__ == "1.5.3", pd.__version__
assert np.__version__ == "1.24.2", np.__version__

OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)


def enc(x):
    """Plain JSON-able Python values; NaN and infinities as marker strings."""
    if isinstance(x, dict):
        return {str(k): enc(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [enc(v) for v in x]
    if isinstance(x, np.ndarray):
        return enc(x.tolist())
    if isinstance(x, (np.bool_, bool)):
        return bool(x)
    if isinstance(x, (np.integer,)):
        return int(x)
    if isinstance(x, (np.floating, float)):
        x = float(x)
        if math.isnan(x):
            return "__NaN__"
        if math.isinf(x):
            return "__Infinity__" if x > 0 else "__-Infinity__"
        return x
    if x is None or isinstance(x, (int, str)):
        return x
    if x is pd.NA or x is pd.NaT:
        return None
    raise TypeError(f"cannot encode {type(x)}: {x!r}")


def missing_to_null(x):
    """Records as the TypeScript side sees them: every missing cell (None, NaN) is null."""
    if isinstance(x, dict):
        return {k: missing_to_null(v) for k, v in x.items()}
    if isinstance(x, list):
        return [missing_to_null(v) for v in x]
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return None
    if isinstance(x, np.integer):
        return int(x)
    if isinstance(x, np.floating):
        return float(x)
    return x


def dump(name, obj):
    path = os.path.join(OUT, f"{name}.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(enc(obj), f, separators=(",", ":"), allow_nan=False)
        f.write("\n")
    print(f"  wrote {path}")


# --------------------------------------------------------------------------------------------
# ndarray: shape, strides (in elements), reshape, transpose, broadcasting
# --------------------------------------------------------------------------------------------
def ndarray():
    rng = np.random.default_rng(1201)

    def arr(shape):
        return np.round(rng.uniform(-10, 10, size=shape), 2)

    def elem_strides(a):
        return [s // a.itemsize for s in a.strides]

    layouts = []
    for shape in [(3,), (2, 3), (3, 1, 2), (2, 3, 4), (1, 5), (4, 1)]:
        a = arr(shape)
        t = a.T
        layouts.append({
            "input": a.tolist(), "shape": list(a.shape), "strides": elem_strides(a), "size": a.size, "ndim": a.ndim,
            "transposeShape": list(t.shape), "transposeStrides": elem_strides(t), "transpose": t.tolist(),
        })

    reshapes = []
    for shape, new in [((2, 6), (3, 4)), ((2, 6), (4, -1)), ((2, 6), (-1,)), ((2, 3, 4), (6, -1)), ((2, 3, 4), (4, 3, 2)),
                       ((12,), (2, 2, 3)), ((3, 4), (2, -1, 3))]:
        a = arr(shape)
        r = a.reshape(new)
        rt = a.T.reshape(new)  # reshaping a transpose reads it in row-major order, so it copies
        reshapes.append({"input": a.tolist(), "newShape": list(new), "shape": list(r.shape), "result": r.tolist(),
                         "sharesMemory": bool(np.shares_memory(a, r)), "transposedResult": rt.tolist()})
    bad_reshapes = []
    for shape, new in [((2, 6), (5, 2)), ((2, 6), (-1, 5)), ((2, 6), (-1, -1))]:
        a = arr(shape)
        try:
            a.reshape(new)
            raise AssertionError("expected an error")
        except ValueError:
            bad_reshapes.append({"input": a.tolist(), "newShape": list(new)})

    pairs = []
    for sa, sb in [((3,), (3,)), ((3, 1), (1, 4)), ((2, 3), (3,)), ((4, 1, 3), (2, 1)), ((5, 4), (1,)), ((1,), (2, 3)),
                   ((2, 1, 3), (4, 1)), ((0,), (1,)), ((0, 3), (1, 3)), ((3, 1), (3, 1))]:
        a, b = arr(sa), arr(sb)
        # Shapes travel separately: .tolist() of a (0, 3) array is [], which has lost its second axis.
        pairs.append({"aShape": list(sa), "a": a.ravel().tolist(), "bShape": list(sb), "b": b.ravel().tolist(),
                      "shape": list(np.broadcast_shapes(sa, sb)),
                      "add": (a + b).tolist(), "mul": (a * b).tolist()})
    scalars = []
    for sa, s in [((2, 3), 2.5), ((4,), -1.25), ((2, 2, 2), 0.5)]:
        a = arr(sa)
        scalars.append({"a": a.tolist(), "scalar": s, "add": (a + s).tolist(), "mul": (a * s).tolist()})
    transposed = []
    for sa, sb in [((3, 2), (3,)), ((2, 4), (4, 1)), ((3, 3), (3, 3))]:
        a, b = arr(sa), arr(sb)  # a.T + b: broadcasting reads a view with non-contiguous strides
        transposed.append({"a": a.tolist(), "b": b.tolist(), "add": (a.T + b).tolist(), "mul": (a.T * b).tolist()})
    incompatible = []
    for sa, sb in [((2, 3), (2,)), ((3,), (4,)), ((2, 1), (8, 4, 3)), ((0,), (2,))]:
        try:
            np.broadcast_shapes(sa, sb)
            raise AssertionError("expected an error")
        except ValueError:
            incompatible.append({"a": list(sa), "b": list(sb)})
    shapes3 = []
    for shapes in [[(8, 1, 6, 1), (7, 1, 5), (8, 7, 6, 5)], [(1,), (3, 1), (2, 1, 1)], [(5,)], []]:
        shapes3.append({"shapes": [list(s) for s in shapes], "result": list(np.broadcast_shapes(*shapes))})
    ragged = []
    for bad in [[[1, 2], [3]], [[1, 2], 3], [[[1], [2]], [[3], [4, 5]]]]:
        try:
            np.array(bad, dtype=float)
            raise AssertionError("expected an error")
        except ValueError:
            ragged.append(bad)
    dump("ndarray", {"layouts": layouts, "reshapes": reshapes, "badReshapes": bad_reshapes, "pairs": pairs,
                     "scalars": scalars, "transposed": transposed, "incompatible": incompatible,
                     "broadcastShapes": shapes3, "ragged": ragged})


# --------------------------------------------------------------------------------------------
# dataframe: from records, select, filter (index labels kept), assign, dropna, fillna, head
# --------------------------------------------------------------------------------------------
def frame_state(df):
    return {"columns": list(df.columns), "index": [int(i) for i in df.index], "shape": list(df.shape),
            "records": missing_to_null(df.to_dict("records")), "missing": {c: int(v) for c, v in df.isna().sum().items()}}


def apply_op(df, op):
    """The op language shared with dataframe.test.ts, which replays it through the TypeScript API."""
    kind = op["op"]
    if kind == "select":
        return df[op["columns"]]
    if kind == "filter":  # pandas comparisons with NaN are False, except != which is True
        col, cmp, v = df[op["column"]], op["cmp"], op["value"]
        mask = {">": col > v, ">=": col >= v, "<": col < v, "==": col == v, "!=": col != v}[cmp]
        return df[mask]
    if kind == "assign":
        return df.assign(**{op["column"]: op["values"]})
    if kind == "assignExpr":  # new = source * mul + add, NaN propagating
        return df.assign(**{op["column"]: df[op["source"]] * op["mul"] + op["add"]})
    if kind == "dropna":
        kw = {"how": op.get("how", "any")}
        if "subset" in op:
            kw["subset"] = op["subset"]
        return df.dropna(**kw)
    if kind == "fillna":
        return df.fillna(op["value"])
    if kind == "head":
        return df.head(op["n"])
    if kind == "resetIndex":
        return df.reset_index(drop=True)
    raise ValueError(kind)


def dataframe():
    rng = np.random.default_rng(1202)
    article = [
        {"Age": 25, "Salary": 50000, "City": "New York", "Experience": 2},
        {"Age": 30, "Salary": 60000, "City": "London", "Experience": 5},
        {"Age": None, "Salary": 75000, "City": "New York", "Experience": 10},
        {"Age": 40, "Salary": 80000, "City": "Paris", "Experience": 15},
        {"Age": 35, "Salary": None, "City": "London", "Experience": 8},
    ]
    cities = ["Paris", "London", "New York", "Berlin", None]
    randoms = []
    for n in (8, 12):
        recs = []
        for i in range(n):
            r = {"Name": f"p{i}"}
            if rng.random() < 0.85:  # sometimes the key is absent altogether
                r["Age"] = None if rng.random() < 0.2 else int(rng.integers(18, 70))
            r["City"] = cities[int(rng.integers(0, len(cities)))]
            r["Score"] = None if rng.random() < 0.25 else float(np.round(rng.normal(50, 15), 1))
            recs.append(r)
        randoms.append(recs)
    sparse = [{"a": 1, "b": None}, {"c": 2.5, "a": 3}, {"b": "x"}, {}]

    scripts = [
        (article, []),
        (article, [{"op": "select", "columns": ["City", "Age"]}]),
        (article, [{"op": "filter", "column": "Age", "cmp": ">", "value": 28}]),
        (article, [{"op": "filter", "column": "Salary", "cmp": "!=", "value": 60000}]),
        (article, [{"op": "filter", "column": "City", "cmp": "==", "value": "London"}, {"op": "resetIndex"}]),
        (article, [{"op": "assign", "column": "Bonus", "values": [1, 2, 3, 4, 5]}]),
        (article, [{"op": "assignExpr", "column": "Salary", "source": "Salary", "mul": 0.001, "add": 0}]),
        (article, [{"op": "assignExpr", "column": "AgeNext", "source": "Age", "mul": 1, "add": 1},
                   {"op": "filter", "column": "AgeNext", "cmp": ">=", "value": 31}]),
        (article, [{"op": "dropna"}]),
        (article, [{"op": "dropna", "subset": ["Age"]}]),
        (article, [{"op": "fillna", "value": 0}]),
        (article, [{"op": "fillna", "value": {"Age": 32.5}}]),
        (article, [{"op": "head", "n": 2}]),
        (sparse, []),
        (sparse, [{"op": "dropna", "how": "all"}]),
        (sparse, [{"op": "dropna", "how": "all", "subset": ["b", "c"]}]),
        (sparse, [{"op": "fillna", "value": {"b": "none", "c": -1}}]),
    ]
    for recs in randoms:
        scripts += [
            (recs, []),
            (recs, [{"op": "filter", "column": "Score", "cmp": "<", "value": 50}, {"op": "select", "columns": ["Score", "Name"]}]),
            (recs, [{"op": "dropna", "subset": ["Age", "City"]}, {"op": "head", "n": 3}]),
            (recs, [{"op": "fillna", "value": {"City": "Unknown", "Score": 0}}, {"op": "filter", "column": "City", "cmp": "!=", "value": "Paris"}]),
            (recs, [{"op": "assignExpr", "column": "Scaled", "source": "Score", "mul": 2, "add": -100}, {"op": "dropna", "how": "any"}]),
        ]
    cases = []
    for recs, ops in scripts:
        df = pd.DataFrame(recs)
        for op in ops:
            df = apply_op(df, op)
        cases.append({"records": recs, "ops": ops, "expected": frame_state(df)})
    with_columns = pd.DataFrame.from_records(sparse, columns=["c", "zz", "a"])
    dump("dataframe", {"cases": cases, "fromRecordsColumns": {"records": sparse, "columns": ["c", "zz", "a"], "expected": frame_state(with_columns)}})


# --------------------------------------------------------------------------------------------
# groupby-merge: groupby(...).agg(named), merge(how=...), describe()
# --------------------------------------------------------------------------------------------
def groupby_merge():
    rng = np.random.default_rng(1203)

    def maybe(v, p=0.15):
        return None if rng.random() < p else v

    depts = ["Sales", "IT", "HR", "Ops"]
    staff = [{"dept": depts[int(rng.integers(0, 4))], "level": int(rng.integers(1, 4)),
              "salary": maybe(float(np.round(rng.normal(60000, 12000), 2))), "age": maybe(int(rng.integers(20, 65)))}
             for _ in range(30)]
    staff += [{"dept": None, "level": 1, "salary": 1.0, "age": 30}, {"dept": "Legal", "level": 2, "salary": None, "age": None}]
    unicode_keys = [{"k": k, "x": float(i)} for i, k in enumerate(["b", "B", "\u00e9", "\U0001F600", "\uFB00", "a", "b", "\U0001F600"])]
    numeric_keys = [{"k": k, "x": float(x)} for k, x in [(10, 1), (2, 2), (10, 3), (-1, 4), (2.5, 5), (2, 6)]]

    every = {"n": ["salary", "count"], "total": ["salary", "sum"], "avg": ["salary", "mean"], "mid": ["salary", "median"],
             "lo": ["salary", "min"], "hi": ["salary", "max"], "sd": ["salary", "std"], "v": ["salary", "var"]}
    group_scripts = [
        (staff, ["dept"], every),
        (staff, ["dept", "level"], {"avgAge": ["age", "mean"], "people": ["age", "count"], "payroll": ["salary", "sum"]}),
        (staff, ["level"], {"oldest": ["age", "max"], "youngest": ["age", "min"], "sdAge": ["age", "std"]}),
        (unicode_keys, ["k"], {"total": ["x", "sum"], "n": ["x", "count"]}),
        (numeric_keys, ["k"], {"total": ["x", "sum"], "first": ["x", "min"]}),
    ]
    groups = []
    for recs, keys, spec in group_scripts:
        df = pd.DataFrame(recs)
        out = df.groupby(keys, sort=True, dropna=True).agg(**{k: tuple(v) for k, v in spec.items()}).reset_index()
        groups.append({"records": recs, "keys": keys, "spec": spec, "expected": out.to_dict("records")})

    left = [{"k": k, "v": i + 1} for i, k in enumerate(["b", "a", "b", "c", "a"])]
    right = [{"k": k, "w": 10 * (i + 1)} for i, k in enumerate(["a", "b", "d", "b"])]
    left2 = [{"k": k, "v": i + 1} for i, k in enumerate(["c", "b", "x", "a", "b"])]
    right2 = [{"k": k, "w": 10 * (i + 1)} for i, k in enumerate(["z", "a", "y", "b", "z"])]
    orders = [{"order": 100 + i, "customer": int(rng.integers(1, 6)), "region": ["N", "S"][int(rng.integers(0, 2))],
               "amount": maybe(float(np.round(rng.uniform(5, 500), 2)))} for i in range(12)]
    customers = [{"customer": c, "region": r, "name": f"c{c}{r}", "amount": float(c)} for c in (1, 2, 3, 7) for r in ("N", "S") if (c + len(r)) % 3 != 0]
    merges = []
    for l, r, on, extra in [(left, right, "k", {}), (left2, right2, "k", {}), (orders, customers, "customer", {}),
                            (orders, customers, ["customer", "region"], {}),
                            (orders, customers, ["customer", "region"], {"suffixes": ["_order", "_customer"]})]:
        for how in ("inner", "left", "right", "outer"):
            kw = {"on": on, "how": how}
            if "suffixes" in extra:
                kw["suffixes"] = tuple(extra["suffixes"])
            out = pd.merge(pd.DataFrame(l), pd.DataFrame(r), **kw)
            merges.append({"left": l, "right": r, "on": on, "how": how, **extra, "columns": list(out.columns),
                           "expected": missing_to_null(out.to_dict("records"))})

    describes = []
    for recs in [staff, [{"a": 1.5, "b": "x", "c": None}, {"a": None, "b": "y", "c": 4}], numeric_keys,
                 [{"x": float(v)} for v in rng.normal(0, 1, 17)]]:
        d = pd.DataFrame(recs).describe()
        describes.append({"records": recs, "expected": {c: {stat: d[c][stat] for stat in d.index} for c in d.columns}})
    dump("groupby-merge", {"groups": groups, "merges": merges, "describes": describes})


# --------------------------------------------------------------------------------------------
# rank: Series.rank for every method, direction, na_option and pct
# --------------------------------------------------------------------------------------------
def rank():
    rng = np.random.default_rng(1204)
    arrays = [[3, None, 1, 3, None, 2, 3], [], [None, None], [5.5], [2, 2, 2, 2], [-0.0, 0.0, float("inf"), -1e300, 1e-300]]
    for n, hi, p_missing in [(12, 4, 0.2), (25, 8, 0.1), (30, 1000, 0.0), (18, 3, 0.4)]:
        arrays.append([None if rng.random() < p_missing else float(rng.integers(0, hi)) for _ in range(n)])
    arrays.append([float(x) for x in np.round(rng.normal(0, 1, 20), 1)])
    cases = []
    for values in arrays:
        series = pd.Series([np.nan if v is None else v for v in values], dtype=float)
        for method in ("average", "min", "max", "first", "dense"):
            for ascending in (True, False):
                for na in ("keep", "top", "bottom"):
                    for pct in (False, True):
                        r = series.rank(method=method, ascending=ascending, na_option=na, pct=pct)
                        cases.append({"values": values, "method": method, "ascending": ascending, "naOption": na, "pct": pct,
                                      "expected": r.tolist()})
    dump("rank", {"cases": cases})


# --------------------------------------------------------------------------------------------
# simple-imputer: SimpleImputer, every strategy, keep_empty_features, strings (rules R1)
# --------------------------------------------------------------------------------------------
def obj_matrix(rows):
    """An object matrix with np.nan for missing (sklearn's missing_values=np.nan)."""
    return np.array([[np.nan if v is None else v for v in row] for row in rows], dtype=object)


def simple_imputer():
    rng = np.random.default_rng(1205)

    def numeric(n, d, p_missing, hi=None):
        X = np.round(rng.normal(50, 20, (n, d)), 2) if hi is None else rng.integers(0, hi, (n, d)).astype(float)
        X[rng.random((n, d)) < p_missing] = np.nan
        return X

    X_article = np.array([[25, 50000], [30, 60000], [np.nan, 75000], [40, 80000], [35, np.nan]], dtype=float)
    X_empty = np.array([[1, np.nan, 3], [np.nan, np.nan, 3], [4, np.nan, 5], [4, np.nan, np.nan]], dtype=float)
    X_ties = np.array([[7, 1], [3, 1], [7, 2], [3, 2], [np.nan, np.nan], [5, 9]], dtype=float)  # 3 and 7 tie; 1 and 2 tie
    X_even = np.array([[1.0], [10.0], [np.nan], [2.0], [4.0]])  # present values 1, 2, 4, 10: median 3
    numeric_sets = [("article", X_article, None), ("empty column", X_empty, None), ("ties", X_ties, None), ("even count", X_even, None),
                    ("random", numeric(15, 4, 0.25), numeric(6, 4, 0.4)), ("random integers", numeric(20, 3, 0.2, hi=4), numeric(5, 3, 0.5, hi=4))]
    cases = []
    for label, X, X_new in numeric_sets:
        for strategy in ("mean", "median", "most_frequent", "constant"):
            for keep in (False, True):
                for fill in ([None, -1.5] if strategy == "constant" else [None]):
                    imp = SimpleImputer(strategy=strategy, keep_empty_features=keep, fill_value=fill).fit(X)
                    case = {"label": label, "X": X, "strategy": strategy, "keepEmptyFeatures": keep, "fillValue": fill,
                            "statistics": imp.statistics_, "transform": imp.transform(X),
                            "names": list(imp.get_feature_names_out()),
                            "namesIn": list(imp.get_feature_names_out([f"f{j}" for j in range(X.shape[1])]))}
                    if X_new is not None:
                        case["XNew"] = X_new
                        case["transformNew"] = imp.transform(X_new)
                    cases.append(case)
    strings = [
        ("cities", [["b", None], [None, None], ["a", "x"], ["b", "y"], ["a", None]]),
        ("code points", [["\uFB00", "z"], ["\U0001F600", "z"], ["\U0001F600", None], ["\uFB00", "Z"], [None, "Z"]]),
        ("empty string column", [["p", None], ["q", None], [None, None]]),
    ]
    string_cases = []
    for label, rows in strings:
        X = obj_matrix(rows)
        for strategy, fill in (("most_frequent", None), ("constant", None), ("constant", "Unknown")):
            imp = SimpleImputer(strategy=strategy, fill_value=fill).fit(X)
            string_cases.append({"label": label, "X": rows, "strategy": strategy, "fillValue": fill,
                                 "statistics": list(imp.statistics_),
                                 "transform": missing_to_null(imp.transform(X).tolist()), "names": list(imp.get_feature_names_out())})
    dump("simple-imputer", {"numeric": cases, "strings": string_cases})


# --------------------------------------------------------------------------------------------
# standard-scaler: StandardScaler, with_mean/with_std, NaN, constant columns (rules R2)
# --------------------------------------------------------------------------------------------
def standard_scaler():
    rng = np.random.default_rng(1206)
    X_article = np.array([[25, 50000, 2], [30, 60000, 5], [32.5, 75000, 10], [40, 80000, 15], [35, 66250, 8]], dtype=float)
    X_constant = np.array([[0.1, 5, 1], [0.1, 5, 2], [0.1, 5, 3]], dtype=float)  # 0.1 is constant only up to rounding
    X_nan = np.round(rng.normal(10, 3, (9, 3)), 3)
    X_nan[[0, 4, 7], [0, 2, 2]] = np.nan
    X_wide = np.column_stack([rng.normal(0, 1, 25), rng.normal(1e6, 50, 25), rng.uniform(-1e-3, 1e-3, 25), rng.integers(0, 3, 25)])
    sets = [("article", X_article), ("constant columns", X_constant), ("missing values", X_nan), ("mixed scales", X_wide),
            ("one row", np.array([[3.0, -2.0]]))]
    cases = []
    for label, X in sets:
        Z = np.round(rng.normal(0, 2, (4, X.shape[1])), 3)  # data for transform / inverse_transform after fit
        for with_mean in (True, False):
            for with_std in (True, False):
                sc = StandardScaler(with_mean=with_mean, with_std=with_std).fit(X)
                n_seen = sc.n_samples_seen_
                cases.append({"label": label, "X": X, "withMean": with_mean, "withStd": with_std,
                              "mean": sc.mean_, "var": sc.var_, "scale": sc.scale_,
                              "nSamplesSeen": np.broadcast_to(n_seen, (X.shape[1],)),
                              "transform": sc.transform(X), "Z": Z, "transformZ": sc.transform(Z), "inverseZ": sc.inverse_transform(Z),
                              "names": list(sc.get_feature_names_out([f"c{j}" for j in range(X.shape[1])]))})
    dump("standard-scaler", {"cases": cases})


# --------------------------------------------------------------------------------------------
# min-max-scaler: MinMaxScaler, feature_range, clip, constant columns, NaN (rules R3)
# --------------------------------------------------------------------------------------------
def min_max_scaler():
    rng = np.random.default_rng(1207)
    X_article = np.array([[25, 50000, 2], [30, 60000, 5], [32.5, 75000, 10], [40, 80000, 15], [35, 66250, 8]], dtype=float)
    X_constant = np.array([[4.0, 1, 0.1], [4.0, 2, 0.1], [4.0, 3, 0.1]])
    X_nan = np.round(rng.normal(0, 5, (8, 3)), 2)
    X_nan[[1, 5, 6], [0, 1, 1]] = np.nan
    X_random = np.column_stack([rng.uniform(-3, 3, 20), rng.normal(1e4, 300, 20), rng.integers(-5, 5, 20)])
    sets = [("article", X_article), ("constant columns", X_constant), ("missing values", X_nan), ("random", X_random)]
    cases = []
    for label, X in sets:
        lo, hi = np.nanmin(X, axis=0), np.nanmax(X, axis=0)
        # New rows reaching past the fitted range on both sides (to exercise clip), and a NaN.
        Z = np.vstack([lo - 1.5, hi + 2.0, (lo + hi) / 2, np.where(np.arange(X.shape[1]) == 0, np.nan, lo)])
        for rng_out in ((0, 1), (-1, 1), (10, 20.5)):
            for clip in (False, True):
                mm = MinMaxScaler(feature_range=rng_out, clip=clip).fit(X)
                cases.append({"label": label, "X": X, "featureRange": list(rng_out), "clip": clip,
                              "dataMin": mm.data_min_, "dataMax": mm.data_max_, "dataRange": mm.data_range_,
                              "scale": mm.scale_, "min": mm.min_, "nSamplesSeen": mm.n_samples_seen_,
                              "transform": mm.transform(X), "Z": Z, "transformZ": mm.transform(Z),
                              "inverseZ": mm.inverse_transform(Z)})
    bad = []
    for fr in ((1, 1), (2, 0)):
        try:
            MinMaxScaler(feature_range=fr).fit(X_article)
            raise AssertionError("expected an error")
        except ValueError:
            bad.append(list(fr))
    dump("min-max-scaler", {"cases": cases, "badRanges": bad})


# --------------------------------------------------------------------------------------------
# one-hot-encoder: OneHotEncoder(sparse_output=False), drop, handle_unknown, names (rules R4)
# --------------------------------------------------------------------------------------------
def cats_out(categories):
    """categories_ with the missing category as null (the TypeScript convention)."""
    return [missing_to_null(list(c)) for c in categories]


def one_hot_encoder():
    rng = np.random.default_rng(1208)
    cities = ["New York", "London", "New York", "Paris", "London"]
    sets = {
        "article": [[c] for c in cities],
        "strings with missing": [["b", "x"], ["a", None], [None, "x"], ["b", "y"], ["c", "y"]],
        "code points": [["Z"], ["a"], ["\u00e9"], ["\uFFFF"], ["\U0001F600"], ["B"], ["a"]],
        "integers": [[int(a), int(b)] for a, b in zip(rng.integers(0, 12, 10), rng.choice([3, 7], 10))],
        "integers with missing": [[1, "u"], [None, "v"], [10, "u"], [2, None], [10, "v"]],
        "mixed columns": [["red", 1, "S"], ["blue", 2, "M"], ["red", 2, "L"], ["green", 1, "M"]],
    }
    unseen = {
        "article": [["Tokyo"], ["Paris"]],
        "strings with missing": [["d", "x"], [None, "z"]],
        "code points": [["zz"], ["a"]],
        "integers": [[99, 3], [0, 5]],
        "integers with missing": [[7, "u"], [None, "w"]],
        "mixed columns": [["red", 3, "S"], ["pink", 1, "XL"]],
    }
    cases = []
    for label, rows in sets.items():
        X = obj_matrix(rows)
        d = X.shape[1]
        for drop in (None, "first", "if_binary"):
            for unknown in ("error", "ignore"):
                enc = OneHotEncoder(sparse_output=False, drop=drop, handle_unknown=unknown).fit(X)
                T = enc.transform(X)
                case = {"label": label, "X": rows, "drop": drop, "handleUnknown": unknown, "categories": cats_out(enc.categories_),
                        "dropIdx": None if enc.drop_idx_ is None else [None if v is None else int(v) for v in enc.drop_idx_],
                        "transform": T, "names": list(enc.get_feature_names_out()),
                        "namesIn": list(enc.get_feature_names_out([f"F{j}" for j in range(d)])),
                        "inverse": missing_to_null(enc.inverse_transform(T).tolist()), "XNew": unseen[label]}
                try:
                    TN = enc.transform(obj_matrix(unseen[label]))
                    case["transformNew"] = TN
                    case["inverseNew"] = missing_to_null(enc.inverse_transform(TN).tolist())
                except ValueError:
                    case["transformNewError"] = True
                cases.append(case)
    explicit = []
    X = obj_matrix(sets["mixed columns"])
    for drop in (["blue", 2, "S"], ["red", 1, "M"]):
        enc = OneHotEncoder(sparse_output=False, drop=drop).fit(X)
        T = enc.transform(X)
        explicit.append({"X": sets["mixed columns"], "drop": drop, "dropIdx": [int(v) for v in enc.drop_idx_], "transform": T,
                         "names": list(enc.get_feature_names_out()), "inverse": enc.inverse_transform(T).tolist()})
    given = []
    for cats, rows, unknown in ((["z", "a", "m"], [["a"], ["z"]], "error"), (["z", "a"], [["b"], ["a"]], "ignore")):
        enc = OneHotEncoder(sparse_output=False, categories=[cats], handle_unknown=unknown).fit(obj_matrix(rows))
        given.append({"categories": [cats], "X": rows, "handleUnknown": unknown, "transform": enc.transform(obj_matrix(rows)),
                      "names": list(enc.get_feature_names_out())})
    errors = {}
    for name, fn in (("mixedTypes", lambda: OneHotEncoder().fit(obj_matrix([["a"], [1]]))),
                     ("unknownGivenCategory", lambda: OneHotEncoder(categories=[["z", "a"]]).fit(obj_matrix([["b"]]))),
                     ("dropNotFound", lambda: OneHotEncoder(drop=["q"]).fit(obj_matrix([["b"]]))),
                     ("inverseAllZeros", lambda: OneHotEncoder(sparse_output=False).fit(obj_matrix([["a"], ["b"]])).inverse_transform([[0, 0]]))):
        try:
            fn()
            errors[name] = None
        except (ValueError, TypeError) as e:
            errors[name] = type(e).__name__  # the suite expects the JS class of the same name
    dump("one-hot-encoder", {"cases": cases, "explicitDrop": explicit, "givenCategories": given, "errors": errors})


# --------------------------------------------------------------------------------------------
# polynomial-features: PolynomialFeatures, names, powers_, interaction_only, degree ranges
# --------------------------------------------------------------------------------------------
def polynomial_features():
    rng = np.random.default_rng(1209)
    sets = [("two features", np.array([[2.0, 3.0], [-1.0, 0.5], [0.0, 4.0]])),
            ("three features", np.round(rng.normal(0, 2, (5, 3)), 2)),
            ("one feature", np.array([[1.5], [-2.0]])),
            ("four features", np.round(rng.uniform(-1, 1, (3, 4)), 3))]
    cases = []
    for label, X in sets:
        for degree in (1, 2, 3, (2, 3), (0, 2), (1, 1)):
            for interaction in (False, True):
                for bias in (True, False):
                    pf = PolynomialFeatures(degree=degree, interaction_only=interaction, include_bias=bias).fit(X)
                    if pf.n_output_features_ == 0:
                        continue  # e.g. one feature, interaction only, no bias: nothing to output (powers_ fails)
                    cases.append({"label": label, "X": X, "degree": list(degree) if isinstance(degree, tuple) else degree,
                                  "interactionOnly": interaction, "includeBias": bias, "powers": pf.powers_,
                                  "nOutputFeatures": pf.n_output_features_, "transform": pf.transform(X),
                                  "names": list(pf.get_feature_names_out()),
                                  "namesIn": list(pf.get_feature_names_out(["a", "b", "c", "d"][: X.shape[1]]))})
    errors = []
    for degree, bias in ((0, False), ((3, 2), True), ((0, 0), False)):
        try:
            PolynomialFeatures(degree=degree, include_bias=bias).fit(sets[0][1])
            raise AssertionError("expected an error")
        except ValueError:
            errors.append({"degree": list(degree) if isinstance(degree, tuple) else degree, "includeBias": bias})
    dump("polynomial-features", {"cases": cases, "errors": errors})


# --------------------------------------------------------------------------------------------
# column-transformer: ColumnTransformer + Pipeline, prefixed names (num__Age), remainder
# --------------------------------------------------------------------------------------------
def build(desc):
    """A transformer from the little JSON description that column-transformer.test.ts also reads."""
    if desc in ("drop", "passthrough"):
        return desc
    kind = desc["kind"]
    if kind == "pipeline":
        return Pipeline([(name, build(d)) for name, d in desc["steps"]])
    if kind == "imputer":
        return SimpleImputer(strategy=desc["strategy"])
    if kind == "scaler":
        return StandardScaler()
    if kind == "minmax":
        return MinMaxScaler(feature_range=tuple(desc["featureRange"]))
    if kind == "onehot":
        return OneHotEncoder(sparse_output=False, handle_unknown=desc["handleUnknown"], drop=desc["drop"])
    if kind == "poly":
        return PolynomialFeatures(degree=desc["degree"], include_bias=desc["includeBias"])
    raise ValueError(kind)


def frame(records):
    """pandas DataFrame with every missing cell as NaN (None in an object column would be a category)."""
    df = pd.DataFrame(records)
    return df.where(df.notna(), np.nan)


def column_transformer():
    rng = np.random.default_rng(1210)
    article = [
        {"Name": "Ann", "Age": 25, "Salary": 50000, "City": "New York", "Dept": "IT", "Experience": 2},
        {"Name": "Bob", "Age": 30, "Salary": 60000, "City": "London", "Dept": None, "Experience": 5},
        {"Name": "Cid", "Age": None, "Salary": 75000, "City": "New York", "Dept": "HR", "Experience": 10},
        {"Name": "Dee", "Age": 40, "Salary": 80000, "City": "Paris", "Dept": "IT", "Experience": 15},
        {"Name": "Eve", "Age": 35, "Salary": None, "City": "London", "Dept": "HR", "Experience": 8},
    ]
    cities = ["Paris", "London", "New York", "Berlin"]
    randoms = [{"Name": f"p{i}", "Age": None if rng.random() < 0.2 else int(rng.integers(20, 65)),
                "Salary": None if rng.random() < 0.15 else float(np.round(rng.normal(60000, 9000), 2)),
                "City": cities[int(rng.integers(0, 4))], "Dept": None if rng.random() < 0.2 else ["IT", "HR", "Ops"][int(rng.integers(0, 3))],
                "Experience": int(rng.integers(0, 30))} for i in range(20)]
    unseen = [{"Name": "Zed", "Age": 50, "Salary": None, "City": "Tokyo", "Dept": "Ops", "Experience": 1},
              {"Name": "Yan", "Age": None, "Salary": 55000, "City": "Paris", "Dept": None, "Experience": 20}]
    num = {"kind": "pipeline", "steps": [["imputer", {"kind": "imputer", "strategy": "mean"}], ["scaler", {"kind": "scaler"}]]}
    cat = {"kind": "onehot", "handleUnknown": "ignore", "drop": None}
    specs = [
        ("num + cat, remainder drop", [["num", num, ["Age", "Salary", "Experience"]], ["cat", cat, ["City"]]], "drop", True),
        ("num + cat, remainder passthrough", [["num", num, ["Age", "Salary", "Experience"]], ["cat", cat, ["City"]]], "passthrough", True),
        ("poly, passthrough, drop, short names",
         [["poly", {"kind": "pipeline", "steps": [["imp", {"kind": "imputer", "strategy": "median"}], ["poly", {"kind": "poly", "degree": 2, "includeBias": False}]]}, ["Age", "Experience"]],
          ["keep", "passthrough", ["Salary"]], ["gone", "drop", ["Name"]]], "passthrough", False),
        ("categorical pipeline + minmax",
         [["cat", {"kind": "pipeline", "steps": [["imp", {"kind": "imputer", "strategy": "most_frequent"}], ["ohe", {"kind": "onehot", "handleUnknown": "error", "drop": "first"}]]}, ["City", "Dept"]],
          ["mm", {"kind": "minmax", "featureRange": [-1, 1]}, ["Experience"]]], "drop", True),
        ("order follows the list, not the data", [["cat", cat, ["City"]], ["exp", {"kind": "scaler"}, ["Experience"]], ["empty", {"kind": "scaler"}, []]], "passthrough", True),
    ]
    cases = []
    for data_label, records in (("article", article), ("random", randoms)):
        for label, spec, remainder, verbose in specs:
            ct = ColumnTransformer([(n, build(d), cols) for n, d, cols in spec], remainder=remainder, verbose_feature_names_out=verbose)
            out = ct.fit_transform(frame(records))
            case = {"label": f"{label} ({data_label})", "records": records, "transformers": spec, "remainder": remainder,
                    "verbose": verbose, "transform": missing_to_null(np.asarray(out, dtype=object).tolist()),
                    "names": list(ct.get_feature_names_out()), "featureNamesIn": list(ct.feature_names_in_)}
            if spec[1][1] is cat or spec[0][1] is cat:  # handle_unknown='ignore': new data may hold Tokyo
                case["newRecords"] = unseen
                case["transformNew"] = missing_to_null(np.asarray(ct.transform(frame(unseen)), dtype=object).tolist())
            cases.append(case)
    pipe_desc = {"kind": "pipeline", "steps": [["imputer", {"kind": "imputer", "strategy": "median"}], ["scaler", {"kind": "scaler"}]]}
    X = frame(randoms)[["Age", "Salary"]].to_numpy(dtype=float)
    pipe = build(pipe_desc).fit(X)
    pipeline = {"desc": pipe_desc, "X": X, "transform": pipe.transform(X), "names": list(pipe.get_feature_names_out(["Age", "Salary"]))}
    try:
        ct = ColumnTransformer([("a", "passthrough", ["Age"]), ("b", StandardScaler(), ["Age"])], verbose_feature_names_out=False).fit(frame(article))
        ct.get_feature_names_out()
        duplicate_error = False
    except ValueError:
        duplicate_error = True
    dump("column-transformer", {"cases": cases, "pipeline": pipeline, "duplicateNamesError": duplicate_error})


# --------------------------------------------------------------------------------------------
# article-pipeline: the roadmap's own code, run as written (rules R5)
# --------------------------------------------------------------------------------------------
def roadmap_example(data):
    """The roadmap's preprocessing snippet, unchanged except that it returns the frame."""
    df = pd.DataFrame(data)
    imputer_age = SimpleImputer(strategy='mean')
    df['Age'] = imputer_age.fit_transform(df[['Age']])
    imputer_salary = SimpleImputer(strategy='mean')
    df['Salary'] = imputer_salary.fit_transform(df[['Salary']])
    scaler = StandardScaler()
    df[['Age', 'Salary', 'Experience']] = scaler.fit_transform(df[['Age', 'Salary', 'Experience']])
    encoder = OneHotEncoder(handle_unknown='ignore', sparse_output=False)
    encoded_cities = encoder.fit_transform(df[['City']])
    encoded_df = pd.DataFrame(encoded_cities, columns=encoder.get_feature_names_out(['City']))
    df = pd.concat([df.drop('City', axis=1), encoded_df], axis=1)
    return df


def article_pipeline():
    rng = np.random.default_rng(1211)
    article = {'Age': [25, 30, None, 40, 35], 'Salary': [50000, 60000, 75000, 80000, None],
               'City': ['New York', 'London', 'New York', 'Paris', 'London'], 'Experience': [2, 5, 10, 15, 8]}
    datasets = [article]
    for n, cities in ((8, ["Berlin", "Amsterdam", "Oslo"]), (12, ["São Paulo", "Zürich", "Lagos", "Kyiv", "Lima"]), (3, ["Rome"])):
        datasets.append({
            "Age": [None if rng.random() < 0.25 else int(rng.integers(20, 65)) for _ in range(n)],
            "Salary": [None if rng.random() < 0.25 else float(np.round(rng.normal(55000, 15000), 2)) for _ in range(n)],
            "City": [cities[int(rng.integers(0, len(cities)))] for _ in range(n)],
            "Experience": [int(rng.integers(0, 35)) for _ in range(n)],
        })
    datasets[-1]["Age"][0] = 41  # at least one Age and Salary in the tiny set
    datasets[-1]["Salary"][0] = 43210.5
    cases = []
    for data in datasets:
        df = roadmap_example(data)
        records = [{k: data[k][i] for k in ("Age", "Salary", "City", "Experience")} for i in range(len(data["Age"]))]
        cases.append({"records": records, "columns": list(df.columns), "rows": df.to_numpy(dtype=float)})
    dump("article-pipeline", {"cases": cases})


# --------------------------------------------------------------------------------------------
# histogram-plot: np.histogram (half-open bins, last one closed; linspace edges)
# --------------------------------------------------------------------------------------------
def histogram():
    rng = np.random.default_rng(1212)
    cases = []

    def add(label, values, bins=10, range_=None, density=False):
        kw = {"bins": bins, "density": density}
        if range_ is not None:
            kw["range"] = range_
        counts, edges = np.histogram(np.asarray(values, dtype=float), **kw)
        cases.append({"label": label, "values": list(values), "bins": bins if isinstance(bins, int) else list(bins),
                      "range": None if range_ is None else list(range_), "density": density,
                      "counts": counts if density else [int(c) for c in counts], "binEdges": edges})

    normal = [float(v) for v in np.round(rng.normal(0, 1, 200), 3)]
    add("normal, 10 bins", normal)
    add("normal, 7 bins", normal, bins=7)
    add("normal, density", normal, bins=12, density=True)
    ints = [int(v) for v in rng.integers(0, 10, 60)]
    add("integers on the edges", ints, bins=5)
    add("integers, 9 bins (max in the closed last bin)", ints, bins=9)
    add("0.0 to 1.0 by tenths", [i / 10 for i in range(11)], bins=10)
    # Data made of np.linspace's own edges: each value sits exactly on an edge, where computing
    # floor((x - low) / width) lands one bin too low.
    for lo, hi, n in ((3.05, 11.149999999999999, 7), (-2.14, -1.5100000000000002, 8), (0.56, 3.35, 6), (1.77, 2.4699999999999998, 7)):
        add(f"values on the linspace edges of [{lo}, {hi}]", [float(v) for v in np.linspace(lo, hi, n + 1)], bins=n)
    add("one distinct value", [5.0, 5.0, 5.0], bins=4)
    add("empty", [], bins=3)
    add("single bin", normal[:20], bins=1)
    add("explicit range drops values outside", [1, 2, 3, 10, -4, 6, 0], bins=3, range_=(0, 6))
    add("explicit range, density", [1, 2, 3, 10, -4, 6, 0], bins=3, range_=(0, 6), density=True)
    add("explicit edges", [0.5, 1, 1.5, 2, 7, 9.99, 10, 11, -1], bins=[0, 1, 2, 5, 10])
    add("explicit edges, density", [0.5, 1, 1.5, 2, 7, 9.99, 10, 11, -1], bins=[0, 1, 2, 5, 10], density=True)
    add("uniform, 20 bins", [float(v) for v in rng.uniform(-50, 50, 500)], bins=20)
    errors = []
    for label, values, kw in (("zero bins", [1.0, 2.0], {"bins": 0}), ("decreasing edges", [1.0], {"bins": [0, 2, 1]}),
                              ("NaN with an automatic range", [1.0, float("nan")], {"bins": 3}),
                              ("range with min > max", [1.0], {"bins": 3, "range": (2, 1)})):
        try:
            np.histogram(np.asarray(values), **kw)
            raise AssertionError("expected an error")
        except ValueError:
            errors.append({"label": label, "values": values, "bins": kw["bins"], "range": list(kw["range"]) if "range" in kw else None})
    nan_with_range = np.histogram(np.array([1.0, float("nan"), 2.0]), bins=2, range=(0, 2))
    dump("histogram-plot", {"cases": cases, "errors": errors,
                            "nanWithRange": {"values": [1.0, float("nan"), 2.0], "bins": 2, "range": [0, 2],
                                             "counts": [int(c) for c in nan_with_range[0]], "binEdges": nan_with_range[1]}})


# --------------------------------------------------------------------------------------------
# leakage: fit the imputer + scaler on the training rows only, versus on all rows
# --------------------------------------------------------------------------------------------
def leakage():
    rng = np.random.default_rng(1213)
    cases = []
    for n, d, n_test in ((10, 3, 3), (25, 4, 8), (6, 2, 2)):
        X = np.column_stack([np.round(rng.normal(10 * (j + 1), 3 * (j + 1), n), 2) for j in range(d)])
        # The test rows are drawn from a shifted population, so leaking them moves the statistics visibly.
        test_idx = sorted(rng.choice(n, n_test, replace=False).tolist(), reverse=True)
        X[test_idx] += 15
        X[rng.random((n, d)) < 0.15] = np.nan
        for j in range(d):  # every column keeps a value among the training rows
            train_rows = [i for i in range(n) if i not in test_idx]
            if np.all(np.isnan(X[train_rows, j])):
                X[train_rows[0], j] = 1.0
        train_idx = [i for i in range(n) if i not in test_idx]

        def fitted(rows):
            return Pipeline([("imputer", SimpleImputer(strategy="mean")), ("scaler", StandardScaler())]).fit(X[rows])

        clean = fitted(train_idx)
        leaky = fitted(list(range(n)))
        out = {}
        for name, pipe in (("clean", clean), ("leaky", leaky)):
            out[name] = {"train": pipe.transform(X[train_idx]), "test": pipe.transform(X[test_idx]),
                         "statistics": pipe.named_steps["imputer"].statistics_, "mean": pipe.named_steps["scaler"].mean_,
                         "scale": pipe.named_steps["scaler"].scale_}
        cases.append({"X": X, "testIndices": test_idx, **out})
    dump("leakage", {"cases": cases})


GENERATORS = {
    "ndarray": ndarray,
    "dataframe": dataframe,
    "groupby-merge": groupby_merge,
    "rank": rank,
    "simple-imputer": simple_imputer,
    "standard-scaler": standard_scaler,
    "min-max-scaler": min_max_scaler,
    "one-hot-encoder": one_hot_encoder,
    "polynomial-features": polynomial_features,
    "column-transformer": column_transformer,
    "article-pipeline": article_pipeline,
    "histogram-plot": histogram,
    "leakage": leakage,
}

if __name__ == "__main__":
    for name, gen in GENERATORS.items():
        gen()
