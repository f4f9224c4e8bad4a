"""Goldens for 02-iterators-generators, computed with Python's own range, itertools and generators.

Usage: python3 02-iterators-generators.py OUTPUT_DIR  (run through `pnpm goldens 02-iterators-generators`)

Sources are wrapped in Counted, which counts the items pulled from them (successful next()
calls), so the hidden suites can check that the TypeScript versions consume exactly as much of
their input as CPython does. Named functions (predicates, keys, reducers) have twins with the
same names in the suites.
"""
import itertools
import json
import math
import operator
import os
import random
import sys

out_dir = sys.argv[1]
os.makedirs(out_dir, exist_ok=True)
rng = random.Random(20261130)


def dump(name, data):
    with open(os.path.join(out_dir, name), "w") as fh:
        json.dump(data, fh, indent=1)
        fh.write("\n")
    print(f"wrote {name}")


class Counted:
    """An iterator that counts the items taken from it."""

    def __init__(self, source):
        self.it = iter(source)
        self.pulls = 0

    def __iter__(self):
        return self

    def __next__(self):
        value = next(self.it)
        self.pulls += 1
        return value


def as_json(value):
    if isinstance(value, tuple):
        return [as_json(v) for v in value]
    if isinstance(value, list):
        return [as_json(v) for v in value]
    return value


# Named functions shared with the TypeScript suites.
PREDICATES = {
    "lt5": lambda x: x < 5,
    "even": lambda x: x % 2 == 0,
    "odd": lambda x: x % 2 == 1,
    "positive": lambda x: x > 0,
    "isA": lambda c: c == "A",
    "isUpper": lambda c: c.isupper(),
}
KEYS = {
    "identity": None,
    "parity": lambda x: x % 2,
    "tens": lambda x: x // 10,
    "lower": lambda c: c.lower(),
    "isVowel": lambda c: c.lower() in "aeiou",
}
REDUCERS = {
    "add": operator.add,
    "mul": operator.mul,
    "max": max,
    "min": min,
    "sub": operator.sub,
}

# ---------------------------------------------------------------------------------------------
# range
range_cases = []
fixed = [
    [10], [0], [-3], [2, 8], [8, 2], [0, -5], [10, 0, -3], [0, 10, 3], [-5, 5, 2], [5, -5, -2],
    [0, 1], [1, 0, -1], [3, 3], [-10, -1, 4], [100, 0, -7], [0, 20, 5], [7, 8, 100], [7, 6, -100],
]
for _ in range(40):
    start = rng.randint(-30, 30)
    stop = rng.randint(-30, 30)
    step = rng.choice([s for s in range(-7, 8) if s != 0])
    fixed.append([start, stop, step])
for args in fixed:
    r = range(*args)
    probes = sorted({*range(-35, 36, 3), *(list(r)[:3])})
    range_cases.append({
        "args": args,
        "values": list(r),
        "length": len(r),
        "at": {str(i): r[i] for i in range(-len(r), len(r))},
        "includes": {str(x): (x in r) for x in probes},
    })
dump("range.json", range_cases)

# ---------------------------------------------------------------------------------------------
# lazy slices: islice / takewhile / dropwhile (take and drop are islice(n) and islice(n, None))
def islice_case(source, args):
    c = Counted(source)
    out = list(itertools.islice(c, *args))
    return {"source": source, "args": args, "out": out, "pulls": c.pulls}


seq = list(range(10))
islice_cases = [islice_case(seq, a) for a in [
    [3], [0], [20], [2, 5], [2, None], [0, None, 2], [1, None, 3], [2, 8, 3], [0, 9, 3], [5, 2],
    [3, 3], [0, 10, 4], [9, 100], [None], [None, 4], [0, 3, 1], [4, 7, None], [1, 10, 10],
]]
islice_cases += [islice_case("ABCDEFG", a) for a in [[2], [2, 4], [2, None], [0, None, 2]]]
islice_cases += [islice_case([], a) for a in [[3], [1, 4, 2]]]

# On an infinite source (0, 1, 2, ...), consuming the whole result.
islice_infinite = []
for a in [[5], [0], [3, 8], [2, 20, 5], [1, 2], [10, 11], [4, 13, 4]]:
    c = Counted(itertools.count())
    out = list(itertools.islice(c, *a))
    islice_infinite.append({"args": a, "out": out, "pulls": c.pulls})


def while_case(fn, pred, source):
    c = Counted(source)
    out = list(fn(PREDICATES[pred], c))
    return {"pred": pred, "source": source, "out": out, "pulls": c.pulls}


takewhile_cases = [while_case(itertools.takewhile, p, s) for p, s in [
    ("lt5", [1, 4, 6, 4, 1]), ("lt5", [5, 1]), ("lt5", []), ("lt5", [1, 2, 3]), ("even", [2, 4, 6, 7, 8]),
    ("positive", [3, 2, 1, 0, -1, 5]), ("isA", "AAABAA"), ("isUpper", "ABcD"),
]]
dropwhile_cases = [while_case(itertools.dropwhile, p, s) for p, s in [
    ("lt5", [1, 4, 6, 4, 1]), ("lt5", [5, 1]), ("lt5", []), ("lt5", [1, 2, 3]), ("even", [2, 4, 6, 7, 8]),
    ("positive", [3, 2, 1, 0, -1, 5]), ("isA", "AAABAA"), ("isUpper", "ABcD"),
]]

# On an infinite source: the first k results of dropwhile / all of takewhile.
while_infinite = []
for pred, k in [("lt5", 3), ("even", 4), ("positive", 2)]:
    c = Counted(itertools.count())
    out = list(itertools.islice(itertools.dropwhile(PREDICATES[pred], c), k))
    while_infinite.append({"fn": "dropWhile", "pred": pred, "take": k, "out": out, "pulls": c.pulls})
for pred in ["lt5", "even"]:
    c = Counted(itertools.count())
    out = list(itertools.takewhile(PREDICATES[pred], c))
    while_infinite.append({"fn": "takeWhile", "pred": pred, "take": None, "out": out, "pulls": c.pulls})

dump("lazy-slices.json", {
    "islice": islice_cases,
    "isliceInfinite": islice_infinite,
    "takeWhile": takewhile_cases,
    "dropWhile": dropwhile_cases,
    "whileInfinite": while_infinite,
})

# ---------------------------------------------------------------------------------------------
# chain / zip / zip_longest
def zip_case(fn, sources, **kw):
    counted = [Counted(s) for s in sources]
    out = as_json(list(fn(*counted, **kw)))
    return {"sources": sources, "out": out, "pulls": [c.pulls for c in counted], **({"fill": kw["fillvalue"]} if "fillvalue" in kw else {})}


zip_sources = [
    [[1, 2, 3], "abc"], [[1, 2, 3], "ab"], ["ab", [1, 2, 3]], [[1, 2, 3], [4, 5, 6], [7, 8, 9, 10]],
    [[1], [], [2, 3]], [[]], [[1, 2]], [], ["ABCD", "xy", [True, False, None]],
]
chain_cases = []
for sources in [[[1, 2], "ab", []], [], [[], []], ["ABC", "DEF"], [[1], [2], [3, 4, 5]]]:
    counted = [Counted(s) for s in sources]
    chain_cases.append({"sources": sources, "out": list(itertools.chain(*counted)), "pulls": [c.pulls for c in counted]})
# Infinite sources: which items zip pulls from each, and chain.from_iterable over an infinite
# iterable of ranges (outer pulls = ranges started).
zip_infinite = []
for first_infinite in [True, False]:
    inf = Counted(itertools.count())
    fin = Counted("abc")
    args = [inf, fin] if first_infinite else [fin, inf]
    out = as_json(list(zip(*args)))
    zip_infinite.append({"infiniteFirst": first_infinite, "out": out, "infinitePulls": inf.pulls, "finitePulls": fin.pulls})
outer = Counted(range(n) for n in itertools.count())
chain_infinite = {"take": 10, "out": list(itertools.islice(itertools.chain.from_iterable(outer), 10)), "outerPulls": outer.pulls}

dump("chain-zip.json", {
    "zipInfinite": zip_infinite,
    "chainFromIterableInfinite": chain_infinite,
    "chain": chain_cases,
    "zip": [zip_case(zip, s) for s in zip_sources],
    "zipLongest": [zip_case(itertools.zip_longest, s, fillvalue=f) for s in zip_sources for f in [None, "-"]],
})

# ---------------------------------------------------------------------------------------------
# groupby
groupby_cases = []
for source, key in [
    ("AAAABBBCCDAABBB", "identity"), ("", "identity"), ("A", "identity"), ("ABAB", "identity"),
    ("aAbBBa", "lower"), ("hello world", "isVowel"), ([1, 3, 5, 2, 4, 7, 9, 9, 8], "parity"),
    ([1, 5, 12, 18, 19, 25, 3, 31, 39], "tens"), ([0, 0, 0], "identity"), ([1, 2, 2, 3, 3, 3], "identity"),
]:
    c = Counted(source)
    groups = []
    pulls_after = []
    for k, g in itertools.groupby(c, KEYS[key]):
        groups.append([k, list(g)])
        pulls_after.append(c.pulls)
    groupby_cases.append({"source": source, "key": key, "groups": groups, "pullsAfterEachGroup": pulls_after})

# Infinite: cycle of a pattern, first k groups.
groupby_infinite = []
for pattern, k in [("AAB", 3), ("ABBCCC", 4), ("A", 0)]:
    c = Counted(itertools.cycle(pattern))
    groups, pulls_after = [], []
    for k_, g in itertools.islice(itertools.groupby(c), k):
        groups.append([k_, list(g)])
        pulls_after.append(c.pulls)
    groupby_infinite.append({"pattern": pattern, "take": k, "groups": groups, "pullsAfterEachGroup": pulls_after})
# Keys are compared with `is` first, then ==: the same NaN object equals itself, and 0.0 == -0.0.
# (In JavaScript, SameValueZero, the equality of Map keys, gives the same answers.)
nan = float("nan")
nan_sizes = [len(list(g)) for _, g in itertools.groupby([nan, nan, 1.0, 1.0, nan])]
zero_sizes = [len(list(g)) for _, g in itertools.groupby([0.0, -0.0, 0.0, 1.0])]
dump("group-by.json", {"cases": groupby_cases, "infinite": groupby_infinite, "nanGroupSizes": nan_sizes, "zeroGroupSizes": zero_sizes})

# ---------------------------------------------------------------------------------------------
# combinatorics
comb = {"product": [], "permutations": [], "combinations": [], "combinationsWithReplacement": []}
for sources, repeat in [
    (["AB", "xy"], 1), (["ABC", [0, 1]], 1), ([[0, 1]], 3), (["AB"], 2), (["AB", "xy"], 2), ([], 1), ([[]], 1),
    (["AB", []], 1), (["ABC"], 0), ([[1, 2], [3], [4, 5]], 1), (["ab", "cd", "ef"], 1),
]:
    out = as_json(list(itertools.product(*sources, repeat=repeat)))
    comb["product"].append({"sources": sources, "repeat": repeat, "out": out})
for source in ["ABC", "ABCD", [1, 2, 3], "", "A", "AAB", [0, 1, 2, 3, 4]]:
    n = len(source)
    for r in sorted({None, 0, 1, 2, 3, n, n + 1}, key=lambda v: -1 if v is None else v):
        comb["permutations"].append({"source": source, "r": r, "out": as_json(list(itertools.permutations(source, r)))})
        if r is not None:
            comb["combinations"].append({"source": source, "r": r, "out": as_json(list(itertools.combinations(source, r)))})
            comb["combinationsWithReplacement"].append({"source": source, "r": r, "out": as_json(list(itertools.combinations_with_replacement(source, r)))})
counts = []
for n in range(0, 9):
    for r in range(0, 6):
        counts.append({
            "n": n, "r": r,
            "permutations": math.perm(n, r),
            "combinations": math.comb(n, r),
            "combinationsWithReplacement": math.comb(n + r - 1, r) if n > 0 else (1 if r == 0 else 0),
            "product": n ** r,
        })
comb["counts"] = counts
dump("combinatorics.json", comb)

# ---------------------------------------------------------------------------------------------
# accumulate / pairwise / batched
def batched(iterable, n):
    """itertools.batched (Python 3.12), by the recipe in the 3.11 documentation."""
    if n < 1:
        raise ValueError("n must be at least one")
    it = iter(iterable)
    while batch := tuple(itertools.islice(it, n)):
        yield batch


acc_cases = []
for source, fn, initial in [
    ([1, 2, 3, 4, 5], "add", None), ([1, 2, 3, 4, 5], "mul", None), ([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], "max", None),
    ([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], "min", None), ([10, 1, 2, 3], "sub", None), ([1, 2, 3], "add", 100),
    ([], "add", None), ([], "add", 0), ([5], "mul", None), ([1, 2, 3], "sub", 0), (["a", "b", "c"], "add", None),
    (["a", "b", "c"], "add", ">"),
]:
    c = Counted(source)
    out = list(itertools.accumulate(c, REDUCERS[fn], initial=initial))
    acc_cases.append({"source": source, "fn": fn, "initial": initial, "out": out, "pulls": c.pulls})

pairwise_cases = []
for source in ["ABCDEFG", "", "A", "AB", [1, 2, 3, 4]]:
    c = Counted(source)
    pairwise_cases.append({"source": source, "out": as_json(list(itertools.pairwise(c))), "pulls": c.pulls})

batched_cases = []
for source, n in [("ABCDEFG", 3), ("ABCDEF", 3), ("", 2), ("AB", 5), ([1, 2, 3, 4, 5], 1), ([1, 2, 3, 4, 5], 2)]:
    c = Counted(source)
    batched_cases.append({"source": source, "n": n, "out": as_json(list(batched(c, n))), "pulls": c.pulls})

# Infinite sources: first k outputs.
acc_infinite = []
for name, make, k in [
    ("accumulate", lambda c: itertools.accumulate(c), 5),
    ("accumulateInitial", lambda c: itertools.accumulate(c, initial=100), 5),
    ("pairwise", lambda c: itertools.pairwise(c), 4),
    ("batched3", lambda c: batched(c, 3), 2),
]:
    c = Counted(itertools.count())
    out = as_json(list(itertools.islice(make(c), k)))
    acc_infinite.append({"name": name, "take": k, "out": out, "pulls": c.pulls})
dump("accumulate.json", {"accumulate": acc_cases, "pairwise": pairwise_cases, "batched": batched_cases, "infinite": acc_infinite})

# ---------------------------------------------------------------------------------------------
# coroutine: the running averager from PEP 342 / Fluent Python, driven by send()
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return {"count": count, "average": average}


coroutine_scripts = []
for sends in [[10, 30, 5], [], [7], [0, 10, 0, -10], [1.5, 2.5, -4, 100, 0.1, 0.2, 0.3], [rng.randint(-100, 100) for _ in range(20)], [rng.uniform(-1, 1) for _ in range(15)]]:
    g = averager()
    first = next(g)
    outs = [g.send(v) for v in sends]
    try:
        g.send(None)
        result = None
    except StopIteration as stop:
        result = stop.value
    coroutine_scripts.append({"sends": sends, "first": first, "outputs": outs, "result": result})
dump("coroutine.json", coroutine_scripts)

# ---------------------------------------------------------------------------------------------
# delegate: tree walks with `yield from` and the delegate's return value
def walk(node, order="pre"):
    count = 1
    if order == "pre":
        yield node["value"]
    for child in node.get("children", []):
        count += yield from walk(child, order)
    if order == "post":
        yield node["value"]
    return count


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def random_tree(depth):
    node = {"value": rng.randint(0, 99)}
    if depth > 0:
        kids = rng.randint(0, 3)
        if kids:
            node["children"] = [random_tree(depth - 1) for _ in range(kids)]
    return node


def run_walk(tree, order):
    g = walk(tree, order)
    values = []
    while True:
        try:
            values.append(next(g))
        except StopIteration as stop:
            return {"values": values, "count": stop.value}


trees = [
    {"value": 1},
    {"value": 1, "children": [{"value": 2, "children": [{"value": 4}, {"value": 5}]}, {"value": 3, "children": [{"value": 6}]}]},
    {"value": "root", "children": [{"value": "a"}, {"value": "b", "children": [{"value": "c", "children": [{"value": "d"}]}]}]},
    {"value": 0, "children": []},
] + [random_tree(4) for _ in range(6)]
walks = [{"tree": t, "order": o, **run_walk(t, o)} for t in trees for o in ["pre", "post"]]
nested = [
    [1, [2, [3, [4]], 5], [], [[6]]],
    [],
    [[[]]],
    ["ab", ["cd", ["e"]], "f"],
    [1, [2, 3], [[4, [5, [6, [7, [8]]]]]]],
    [[1, 2], [3, [4, [5, []]]], 6, [[[[[[7]]]]]]],
]
dump("delegate.json", {"walks": walks, "flatten": [{"nested": n, "out": list(flatten(n))} for n in nested]})

# ---------------------------------------------------------------------------------------------
# infinite: fibonacci (exact, as strings), count / cycle / repeat
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


infinite = {
    "fibonacci": [str(v) for v in itertools.islice(fib(), 120)],
    "count": [
        {"args": a, "out": list(itertools.islice(itertools.count(*a), 6))}
        for a in [[], [5], [10, -3], [0.5, 0.25], [-2, 2]]
    ],
    "repeat": [
        {"args": ["x", 3], "out": list(itertools.repeat("x", 3))},
        {"args": ["x", 0], "out": list(itertools.repeat("x", 0))},
        {"args": [7, -2], "out": list(itertools.repeat(7, -2))},
    ],
}
cycles = []
for source, k in [("ABC", 8), ([1, 2], 5), ("A", 3), ("", 0)]:
    c = Counted(source)
    out = list(itertools.islice(itertools.cycle(c), k))
    cycles.append({"source": source, "take": k, "out": out, "pulls": c.pulls})
infinite["cycle"] = cycles
dump("infinite.json", infinite)
