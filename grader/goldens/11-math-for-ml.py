"""Goldens for 11-math-for-ml: SciPy/NumPy reference values (distributions, tests, moments, ranks).

Usage: /usr/bin/python3 grader/goldens/11-math-for-ml.py <output-folder>   (or: pnpm goldens 11-math-for-ml)
Every sample comes from a seeded NumPy generator, so rerunning writes the same files.
"""
import json
import os
import sys

import numpy as np
from scipy import stats

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = np.random.default_rng(20240611)


def f(x):
    return float(x)


def dump(name, obj):
    with open(os.path.join(out, name), "w") as fh:
        json.dump(obj, fh, indent=1, allow_nan=False)
        fh.write("\n")


# ---------------------------------------------------------------- distributions
binom_small = []
for n, p in [(1, 0.5), (5, 0.3), (10, 0.5), (20, 0.05), (30, 0.9), (50, 0.37)]:
    for k in sorted(set([0, 1, n // 3, n // 2, n - 1, n])):
        binom_small.append({"k": k, "n": n, "p": p, "pmf": f(stats.binom.pmf(k, n, p)), "cdf": f(stats.binom.cdf(k, n, p))})
binom_large = []
for n, p in [(200, 0.5), (500, 0.02), (1000, 0.3), (1100, 0.5)]:
    mid = int(n * p)
    for k in sorted(set([0, 1, max(mid - 15, 0), mid, mid + 7, n - 1, n])):
        binom_large.append({"k": k, "n": n, "p": p, "pmf": f(stats.binom.pmf(k, n, p)), "cdf": f(stats.binom.cdf(k, n, p))})
binom_edges = []
for k, n, p in [(0, 10, 0.0), (3, 10, 0.0), (10, 10, 1.0), (9, 10, 1.0), (-1, 10, 0.4), (11, 10, 0.4)]:
    binom_edges.append({"k": k, "n": n, "p": p, "pmf": f(stats.binom.pmf(k, n, p)), "cdf": f(stats.binom.cdf(k, n, p))})

poisson = []
for mu in [0.5, 1.0, 3.7, 10.0, 100.0, 500.0]:
    m = int(mu)
    for k in sorted(set([0, 1, 2, m, m + 3, 3 * m + 5])):
        poisson.append({"k": k, "mu": mu, "pmf": f(stats.poisson.pmf(k, mu))})
for k, mu in [(1000, 1000.0), (170, 150.0), (200, 150.0)]:
    poisson.append({"k": k, "mu": mu, "pmf": f(stats.poisson.pmf(k, mu))})

normal_pdf = []
for x, mu, sigma in [(0, 0, 1), (1, 0, 1), (-2.5, 0, 1), (3, 1, 2), (-1.25, -1, 0.5), (10, 0, 1), (100, 90, 4)]:
    normal_pdf.append({"x": x, "mu": mu, "sigma": sigma, "pdf": f(stats.norm.pdf(x, mu, sigma))})

normal_cdf = []
for x in [0, 0.5, -0.5, 1, -1, 1.96, -1.96, 2.5, -3, 3, 5, -5, 7.5, -8, -10, -20, -37, 0.1, -0.01, 6, 8]:
    normal_cdf.append({"x": x, "mu": 0, "sigma": 1, "cdf": f(stats.norm.cdf(x))})
for x, mu, sigma in [(110, 100, 15), (70, 100, 15), (0.3, 0.5, 0.05), (-4, 2, 1)]:
    normal_cdf.append({"x": x, "mu": mu, "sigma": sigma, "cdf": f(stats.norm.cdf(x, mu, sigma))})

normal_ppf = []
for p in [0.5, 0.975, 0.025, 0.9, 0.1, 0.75, 0.99, 0.01, 0.999, 1e-5, 0.99999, 1e-10, 1e-20, 1e-100, 1e-300, 0.02425, 0.97575, 0.3]:
    normal_ppf.append({"p": p, "mu": 0, "sigma": 1, "x": f(stats.norm.ppf(p))})
for p, mu, sigma in [(0.95, 100, 15), (0.05, -3, 0.5), (0.5, 7, 2)]:
    normal_ppf.append({"p": p, "mu": mu, "sigma": sigma, "x": f(stats.norm.ppf(p, mu, sigma))})

dump("distributions.json", {
    "binomSmall": binom_small, "binomLarge": binom_large, "binomEdges": binom_edges, "poisson": poisson,
    "normalPdf": normal_pdf, "normalCdf": normal_cdf, "normalPpf": normal_ppf,
})

# ---------------------------------------------------------------- hypothesis tests
def rounded(a, nd=3):
    return [float(v) for v in np.round(a, nd)]


one = []
for n, shift, mu in [(5, 0.0, 0.0), (12, 0.8, 0.0), (30, -0.2, 0.5), (8, 3.0, 10.0), (50, 0.05, 0.0), (20, 2.5, 0.0)]:
    x = rounded(rng.normal(mu + shift, 1.0 + n / 50, n))
    r = stats.ttest_1samp(x, mu)
    one.append({"x": x, "mu": mu, "statistic": f(r.statistic), "pValue": f(r.pvalue)})

two = []
for n1, n2, d, s1, s2 in [(10, 10, 0.5, 1, 1), (8, 15, 1.0, 1, 3), (25, 7, -0.4, 2, 0.5), (40, 40, 0.1, 1, 1), (5, 30, 2.0, 0.7, 2.5), (12, 9, 4.0, 1, 1)]:
    a = rounded(rng.normal(0, s1, n1))
    b = rounded(rng.normal(d, s2, n2))
    for eq in (True, False):
        r = stats.ttest_ind(a, b, equal_var=eq)
        two.append({"a": a, "b": b, "equalVar": eq, "statistic": f(r.statistic), "pValue": f(r.pvalue)})

chi = []
for k, n in [(4, 60), (6, 600), (3, 30), (10, 1000)]:
    probs = rng.dirichlet(np.ones(k) * 5)
    obs = [int(v) for v in rng.multinomial(n, probs)]
    exp_unif = stats.chisquare(obs)
    chi.append({"observed": obs, "expected": None, "statistic": f(exp_unif.statistic), "pValue": f(exp_unif.pvalue)})
    expected = [float(v) for v in np.round(probs * n, 6)]
    expected[-1] = float(n - sum(expected[:-1]))
    r = stats.chisquare(obs, expected)
    chi.append({"observed": obs, "expected": expected, "statistic": f(r.statistic), "pValue": f(r.pvalue)})
# A die rolled 600 times with a bias: tiny p-value in the far tail.
obs = [80, 90, 95, 100, 105, 130]
r = stats.chisquare(obs)
chi.append({"observed": obs, "expected": None, "statistic": f(r.statistic), "pValue": f(r.pvalue)})
obs = [30, 70, 110, 150, 190, 50]
r = stats.chisquare(obs)
chi.append({"observed": obs, "expected": None, "statistic": f(r.statistic), "pValue": f(r.pvalue)})

dump("hypothesis-tests.json", {"oneSample": one, "twoSample": two, "chiSquare": chi})

# ---------------------------------------------------------------- descriptive statistics
moments = []
for n, kind in [(5, "normal"), (9, "exp"), (20, "normal"), (33, "lognormal"), (64, "exp"), (7, "uniform")]:
    if kind == "normal":
        x = rng.normal(3, 2, n)
    elif kind == "exp":
        x = rng.exponential(2.0, n)
    elif kind == "lognormal":
        x = rng.lognormal(0, 0.8, n)
    else:
        x = rng.uniform(-5, 5, n)
    x = np.round(x, 4)
    qs = [0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1]
    moments.append({
        "x": [float(v) for v in x],
        "mean": f(np.mean(x)),
        "var0": f(np.var(x, ddof=0)), "var1": f(np.var(x, ddof=1)), "var2": f(np.var(x, ddof=2)),
        "median": f(np.median(x)),
        "quantiles": [[q, f(np.quantile(x, q))] for q in qs],
        "skewBiased": f(stats.skew(x, bias=True)), "skewUnbiased": f(stats.skew(x, bias=False)),
        "kurtosisBiased": f(stats.kurtosis(x, bias=True)), "kurtosisUnbiased": f(stats.kurtosis(x, bias=False)),
    })
modes = []
for x in [[3, 1, 2, 3, 1], [5], [7, 7, 2, 2, 9], [10, 9, 10, 1, 1, 2], [-1.5, 2.25, -1.5, 2.25, 0]]:
    modes.append({"x": x, "mode": f(stats.mode(x, keepdims=False).mode)})
dump("descriptive-stats.json", {"moments": moments, "modes": modes})

# ---------------------------------------------------------------- correlation and regression
corr = []
for n, ties in [(6, False), (10, True), (25, True), (40, False), (15, True)]:
    if ties:
        x = rng.integers(0, 5, n).astype(float)
        y = (x + rng.integers(-2, 3, n)).astype(float)
    else:
        x = np.round(rng.normal(0, 1, n), 3)
        y = np.round(0.6 * x + rng.normal(0, 0.8, n), 3)
    lr = stats.linregress(x, y)
    corr.append({
        "x": [float(v) for v in x], "y": [float(v) for v in y],
        "pearson": f(stats.pearsonr(x, y)[0]), "spearman": f(stats.spearmanr(x, y)[0]),
        "slope": f(lr.slope), "intercept": f(lr.intercept), "r2": f(lr.rvalue ** 2),
    })
dump("correlation-regression.json", {"cases": corr})
print("wrote", sorted(os.listdir(out)))
