"""Goldens for 01-functions-decorators: Python's functools.lru_cache statistics.

Usage: python3 01-functions-decorators.py OUTPUT_DIR  (run through `pnpm goldens 01-functions-decorators`)

Each scenario decorates a method with functools.lru_cache(maxsize) and records
cache_info() (hits, misses, maxsize, currsize) after every call.
"""
import functools
import json
import os
import random
import sys

out_dir = sys.argv[1]
os.makedirs(out_dir, exist_ok=True)


def info_dict(info):
    return {"hits": info.hits, "misses": info.misses, "maxSize": info.maxsize, "currSize": info.currsize}


def make_class(maxsize):
    class Subject:
        def __init__(self, offset=0):
            self.offset = offset

        @functools.lru_cache(maxsize=maxsize)
        def f(self, n):
            return n * 10 + self.offset

    return Subject


def sequence_scenario(name, maxsize, calls):
    """calls: list of (instance index, argument)."""
    Subject = make_class(maxsize)
    instances = [Subject(0), Subject(1)]
    steps = []
    for inst, arg in calls:
        result = instances[inst].f(arg)
        steps.append({"instance": inst, "arg": arg, "result": result, "info": info_dict(Subject.f.cache_info())})
    return {"name": name, "maxSize": maxsize, "steps": steps}


scenarios = []
# The catalog's example: calls 1,2,1,3,2,1 with maxsize 2 -> hits 1, misses 5, currsize 2.
scenarios.append(sequence_scenario("catalog example 1,2,1,3,2,1 with maxsize 2", 2, [(0, x) for x in [1, 2, 1, 3, 2, 1]]))
# Two instances: self is part of the key.
scenarios.append(sequence_scenario("two instances share one cache keyed by self", 3, [(0, 1), (1, 1), (0, 1), (1, 2), (0, 2), (1, 1), (0, 3)]))
rng = random.Random(20261130)
for maxsize in [0, 1, 2, 3, 5, None]:
    for k in range(3):
        calls = [(rng.randrange(2) if k == 2 else 0, rng.randrange(6)) for _ in range(30)]
        scenarios.append(sequence_scenario(f"random sequence {k} with maxsize {maxsize}", maxsize, calls))


def fib_scenario(maxsize, n):
    class Fib:
        @functools.lru_cache(maxsize=maxsize)
        def fib(self, k):
            return k if k < 2 else self.fib(k - 1) + self.fib(k - 2)

    value = Fib().fib(n)
    return {"maxSize": maxsize, "n": n, "value": value, "info": info_dict(Fib.fib.cache_info())}


fib = [fib_scenario(m, n) for m in [None, 1, 2, 3, 128] for n in [0, 1, 10, 20]]


def clear_scenario():
    Subject = make_class(2)
    s = Subject()
    for x in [1, 2, 1]:
        s.f(x)
    before = info_dict(Subject.f.cache_info())
    Subject.f.cache_clear()
    after_clear = info_dict(Subject.f.cache_info())
    s.f(1)
    after_call = info_dict(Subject.f.cache_info())
    return {"calls": [1, 2, 1], "before": before, "afterClear": after_clear, "afterOneMoreCall": after_call}


def raising_scenario():
    """A call that raises counts as a miss and stores nothing."""

    class Odd:
        @functools.lru_cache(maxsize=4)
        def f(self, n):
            if n % 2:
                raise ValueError(f"odd {n}")
            return n

    o = Odd()
    steps = []
    for x in [1, 1, 2, 2, 3]:
        try:
            o.f(x)
            raised = False
        except ValueError:
            raised = True
        steps.append({"arg": x, "raised": raised, "info": info_dict(Odd.f.cache_info())})
    return steps


with open(os.path.join(out_dir, "lru-cache.json"), "w") as fh:
    json.dump({"sequences": scenarios, "fib": fib, "clear": clear_scenario(), "raising": raising_scenario()}, fh, indent=1)
    fh.write("\n")

print(f"wrote {len(scenarios)} sequences, {len(fib)} fib cases")
