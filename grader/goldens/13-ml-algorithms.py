"""Goldens for 13-ml-algorithms: scikit-learn and SciPy reference results, plus the iris data set.

Usage: /usr/bin/python3 grader/goldens/13-ml-algorithms.py <output-folder>   (or: pnpm goldens 13-ml-algorithms)
All data comes from seeded NumPy generators or sklearn.datasets.load_iris (shipped with sklearn).
"""
import json
import os
import sys
import warnings

import numpy as np
from scipy.cluster.hierarchy import linkage
from sklearn.cluster import KMeans
from sklearn.datasets import load_iris
from sklearn.decomposition import PCA
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.linear_model import LinearRegression, LogisticRegression, Ridge
from sklearn.naive_bayes import GaussianNB
from sklearn.neighbors import KNeighborsClassifier
from sklearn.tree import DecisionTreeClassifier

warnings.filterwarnings("ignore")
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = np.random.default_rng(13)


def L(a):
    return np.asarray(a, dtype=float).tolist()


def dump(name, obj):
    with open(os.path.join(out, name), "w") as fh:
        json.dump(obj, fh, allow_nan=False, separators=(",", ":"))
        fh.write("\n")


# ---------------------------------------------------------------- iris
iris = load_iris()
dump("iris.json", {"data": L(iris.data), "target": [int(t) for t in iris.target], "featureNames": list(iris.feature_names)})
Xi, yi = iris.data, iris.target

# ---------------------------------------------------------------- linear and ridge regression
lin = []
for n, p, noise, shift in [(20, 1, 0.5, 0.0), (30, 3, 0.3, 5.0), (50, 5, 1.0, -2.0), (12, 2, 0.0, 1.0)]:
    X = np.round(rng.normal(shift, 2.0, (n, p)), 3)
    w = np.round(rng.normal(0, 3, p), 2)
    y = np.round(X @ w + 1.5 + rng.normal(0, noise, n), 3)
    Xt = np.round(rng.normal(shift, 2.0, (5, p)), 3)
    for fi in (True, False):
        m = LinearRegression(fit_intercept=fi).fit(X, y)
        lin.append({"X": L(X), "y": L(y), "fitIntercept": fi, "coef": L(m.coef_), "intercept": float(m.intercept_),
                    "Xtest": L(Xt), "predict": L(m.predict(Xt)), "score": float(m.score(X, y))})
# Rank deficient: the third column is the sum of the first two; sklearn returns the minimum-norm coef.
X = np.round(rng.normal(0, 1, (15, 2)), 3)
X = np.column_stack([X, X[:, 0] + X[:, 1]])
y = np.round(X[:, 0] * 2 - X[:, 1] + rng.normal(0, 0.1, 15), 3)
m = LinearRegression().fit(X, y)
lin.append({"X": L(X), "y": L(y), "fitIntercept": True, "coef": L(m.coef_), "intercept": float(m.intercept_),
            "Xtest": L(X[:3]), "predict": L(m.predict(X[:3])), "score": float(m.score(X, y))})

ridge = []
for n, p in [(25, 3), (40, 6), (8, 5)]:
    X = np.round(rng.normal(1.0, 2.0, (n, p)), 3)
    y = np.round(X @ rng.normal(0, 2, p) + 4 + rng.normal(0, 0.5, n), 3)
    for alpha in (0.1, 1.0, 25.0):
        for fi in (True, False):
            m = Ridge(alpha=alpha, fit_intercept=fi).fit(X, y)
            ridge.append({"X": L(X), "y": L(y), "alpha": alpha, "fitIntercept": fi, "coef": L(m.coef_), "intercept": float(m.intercept_)})
dump("linear-regression.json", {"cases": lin})
dump("ridge.json", {"cases": ridge})

# ---------------------------------------------------------------- logistic regression
logi = []
for n, p, sep, labels in [(60, 2, 0.5, (0, 1)), (80, 3, 0.4, (0, 1)), (40, 1, 0.6, (-1, 1)), (100, 4, 0.3, (2, 5))]:
    X = np.round(rng.normal(0, 1.5, (n, p)), 3)
    w = rng.normal(0, sep * 2, p)
    prob = 1 / (1 + np.exp(-(X @ w + 0.3)))
    yy = np.where(rng.uniform(size=n) < prob, labels[1], labels[0])
    Xt = np.round(rng.normal(0, 1.5, (6, p)), 3)
    for penalty, C in [("l2", 1.0), ("l2", 0.1), ("none", 1.0)]:
        m = LogisticRegression(penalty=None if penalty == "none" else "l2", C=C, tol=1e-10, max_iter=1000, solver="newton-cg").fit(X, yy)
        logi.append({"X": L(X), "y": [int(v) for v in yy], "penalty": penalty, "C": C, "coef": L(m.coef_[0]), "intercept": float(m.intercept_[0]),
                     "classes": [int(c) for c in m.classes_], "Xtest": L(Xt), "proba": L(m.predict_proba(Xt)), "predict": [int(v) for v in m.predict(Xt)]})
dump("logistic-regression.json", {"cases": logi})


# ---------------------------------------------------------------- decision trees
def impurity(counts, criterion):
    n = counts.sum()
    if n == 0:
        return 0.0
    p = counts / n
    if criterion == "gini":
        return 1.0 - float((p * p).sum())
    p = p[p > 0]
    return float(-(p * np.log2(p)).sum())


def splits_unique(X, y, idx, criterion, classes):
    """True when the best split of the samples idx beats every other candidate by a clear margin."""
    scores = []
    for f in range(X.shape[1]):
        order = idx[np.argsort(X[idx, f], kind="stable")]
        xs = X[order, f]
        for i in range(1, len(order)):
            if xs[i] <= xs[i - 1] + 1e-7:
                continue
            left, right = order[:i], order[i:]
            cl = np.array([(y[left] == c).sum() for c in classes], float)
            cr = np.array([(y[right] == c).sum() for c in classes], float)
            scores.append(len(left) * impurity(cl, criterion) + len(right) * impurity(cr, criterion))
    scores.sort()
    return len(scores) < 2 or scores[1] - scores[0] > 1e-9


def tree_nodes(model, classes):
    t = model.tree_
    nodes = []

    def walk(node):
        if t.children_left[node] == -1:
            counts = t.value[node][0]
            nodes.append({"leaf": True, "nSamples": int(t.n_node_samples[node]), "counts": L(counts / counts.sum() * t.n_node_samples[node])})
        else:
            nodes.append({"leaf": False, "feature": int(t.feature[node]), "threshold": float(t.threshold[node]), "nSamples": int(t.n_node_samples[node])})
            walk(t.children_left[node])
            walk(t.children_right[node])

    walk(0)
    return nodes


def all_unique(model, X, y, criterion, classes):
    t = model.tree_
    ok = True

    def walk(node, idx):
        nonlocal ok
        if t.children_left[node] == -1:
            return
        if not splits_unique(X, y, idx, criterion, classes):
            ok = False
        f, thr = t.feature[node], t.threshold[node]
        walk(t.children_left[node], idx[X[idx, f] <= thr])
        walk(t.children_right[node], idx[X[idx, f] > thr])

    walk(0, np.arange(len(y)))
    return ok


trees = []
seed = 0
while len(trees) < 6:
    seed += 1
    if seed > 3000:
        raise SystemExit("no tie-free decision-tree data set found")
    r = np.random.default_rng(1000 + seed)
    n, p, k = [(30, 2, 2), (40, 3, 3), (50, 4, 2), (25, 2, 3), (60, 3, 2), (45, 5, 3)][len(trees)]
    X = np.round(r.uniform(-5, 5, (n, p)), 2)
    score = X[:, 0] - 0.5 * X[:, 1] + r.normal(0, 1.5, n)
    y = np.digitize(score, np.quantile(score, np.linspace(0, 1, k + 1)[1:-1]))
    classes = list(range(k))
    criterion = ["gini", "entropy"][len(trees) % 2]
    depth = [3, 2, 4, 3, 3, 2][len(trees)]
    m = DecisionTreeClassifier(criterion=criterion, max_depth=depth, random_state=0).fit(X, y)
    if len(np.unique(X[:, 0])) < n or not all_unique(m, X, y, criterion, classes):
        continue
    Xt = np.round(r.uniform(-5, 5, (8, p)), 2)
    trees.append({"X": L(X), "y": [int(v) for v in y], "criterion": criterion, "maxDepth": depth, "nodes": tree_nodes(m, classes),
                  "Xtest": L(Xt), "predict": [int(v) for v in m.predict(Xt)], "proba": L(m.predict_proba(Xt))})
dump("decision-tree.json", {"cases": trees})

# ---------------------------------------------------------------- gradient boosting
gb = []
x = np.arange(1, 6, dtype=float).reshape(-1, 1)
yv = np.array([1, 2, 2, 4, 8], dtype=float)
m = GradientBoostingRegressor(n_estimators=3, learning_rate=0.1, max_depth=1, random_state=0).fit(x, yv)
gb.append({"X": L(x), "y": L(yv), "nEstimators": 3, "learningRate": 0.1, "maxDepth": 1,
           "staged": [L(s) for s in m.staged_predict(x)], "Xtest": L(x), "init": float(yv.mean())})
r = np.random.default_rng(77)
X = np.round(r.uniform(0, 10, (30, 2)), 3)
y = np.round(np.sin(X[:, 0]) * 3 + X[:, 1] + r.normal(0, 0.3, 30), 3)
Xt = np.round(r.uniform(0, 10, (6, 2)), 3)
m = GradientBoostingRegressor(n_estimators=8, learning_rate=0.3, max_depth=2, random_state=0).fit(X, y)
gb.append({"X": L(X), "y": L(y), "nEstimators": 8, "learningRate": 0.3, "maxDepth": 2,
           "staged": [L(s) for s in m.staged_predict(Xt)], "Xtest": L(Xt), "init": float(y.mean())})
dump("gradient-boosting.json", {"cases": gb})

# ---------------------------------------------------------------- k-means and PCA on iris
init = Xi[[0, 50, 100]]
km = KMeans(n_clusters=3, init=init, n_init=1, algorithm="lloyd", tol=1e-10, max_iter=300).fit(Xi)
best = KMeans(n_clusters=3, n_init=10, random_state=0, algorithm="lloyd").fit(Xi)
dump("kmeans.json", {"init": L(init), "centers": L(km.cluster_centers_), "labels": [int(v) for v in km.labels_], "inertia": float(km.inertia_),
                     "bestInertia": float(best.inertia_)})

pcas = []
for data, nc in [(Xi, 2), (Xi, 4), (np.round(rng.normal(0, 1, (20, 3)) @ np.array([[3, 1, 0], [0, 1, 0.5], [0, 0, 0.2]]), 3), 2)]:
    m = PCA(n_components=nc).fit(data)
    pcas.append({"X": L(data), "nComponents": nc, "components": L(m.components_), "explainedVariance": L(m.explained_variance_),
                 "explainedVarianceRatio": L(m.explained_variance_ratio_), "mean": L(m.mean_), "transformed": L(m.transform(data[:5]))})
dump("pca.json", {"cases": pcas})

# ---------------------------------------------------------------- hierarchical clustering (SciPy linkage matrices)
hc = []
for n in (7, 12):
    pts = np.round(rng.uniform(0, 10, (n, 2)), 3)
    for method in ("single", "complete", "average", "ward"):
        Z = linkage(pts, method=method)
        hc.append({"points": L(pts), "linkage": method, "Z": L(Z)})
dump("hierarchical.json", {"cases": hc})

# ---------------------------------------------------------------- k nearest neighbours and Gaussian naive Bayes
knn = []
for n, p, k in [(40, 2, 3), (60, 3, 5), (30, 2, 4)]:
    X = np.round(rng.uniform(0, 10, (n, p)), 3)
    y = (X[:, 0] + rng.normal(0, 1.5, n) > 5).astype(int) + (X[:, 1] > 7).astype(int)
    Xt = np.round(rng.uniform(0, 10, (10, p)), 3)
    for weights in ("uniform", "distance"):
        m = KNeighborsClassifier(n_neighbors=k, weights=weights).fit(X, y)
        knn.append({"X": L(X), "y": [int(v) for v in y], "nNeighbors": k, "weights": weights, "Xtest": L(Xt),
                    "predict": [int(v) for v in m.predict(Xt)], "proba": L(m.predict_proba(Xt))})
gnb = []
for X, y, Xt, vs in [(Xi, yi, Xi[::15] + 0.05, 1e-9), (Xi[:, :2], yi, Xi[::10, :2], 1e-2)]:
    m = GaussianNB(var_smoothing=vs).fit(X, y)
    gnb.append({"X": L(X), "y": [int(v) for v in y], "varSmoothing": vs, "Xtest": L(Xt), "theta": L(m.theta_), "var": L(m.var_),
                "classPrior": L(m.class_prior_), "proba": L(m.predict_proba(Xt)), "predict": [int(v) for v in m.predict(Xt)]})
dump("knn-naive-bayes.json", {"knn": knn, "gnb": gnb})
print("wrote", sorted(os.listdir(out)))
