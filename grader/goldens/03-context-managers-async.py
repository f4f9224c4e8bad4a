"""Goldens for 03-context-managers-async, computed with the real Python standard library.

Usage: python3 03-context-managers-async.py OUTPUT_DIR

- suppress.json: which exceptions contextlib.suppress swallows, for a matrix of suppressed
  classes x raised classes (the built-in exception hierarchy, mirrored by classes in the suite).
- map-concurrent.json: real asyncio (gather + a Semaphore(n)) on a virtual clock: when each
  item starts and ends for given task durations, and the results in input order.
- async-queue.json: random scripts of the non-waiting asyncio.Queue operations (put_nowait,
  get_nowait, task_done, qsize, full, empty, whether join() would return) and their outcomes.
"""
import asyncio
import contextlib
import json
import os
import random
import selectors
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)


def write(name, data):
    with open(os.path.join(out, name), "w") as f:
        json.dump(data, f, indent=1)
        f.write("\n")


# ---- suppress ---------------------------------------------------------------------------------
# The suite mirrors this hierarchy with TypeScript classes of the same names ("Exception" is Error).
HIERARCHY = {
    "Exception": Exception,
    "LookupError": LookupError,
    "KeyError": KeyError,
    "IndexError": IndexError,
    "ValueError": ValueError,
    "UnicodeError": UnicodeError,
    "ArithmeticError": ArithmeticError,
    "ZeroDivisionError": ZeroDivisionError,
    "OSError": OSError,
    "FileNotFoundError": FileNotFoundError,
}
parents = {}
for name, cls in HIERARCHY.items():
    base = cls.__base__
    parents[name] = next((n for n, c in HIERARCHY.items() if c is base), None)

SUPPRESS_ARGS = [
    [],
    ["Exception"],
    ["LookupError"],
    ["KeyError"],
    ["IndexError"],
    ["ValueError"],
    ["KeyError", "ValueError"],
    ["LookupError", "ArithmeticError"],
    ["UnicodeError"],
    ["OSError"],
    ["FileNotFoundError", "ZeroDivisionError"],
    ["ZeroDivisionError", "Exception"],
]
RAISED = [None, "Exception", "LookupError", "KeyError", "IndexError", "ValueError", "UnicodeError",
          "ArithmeticError", "ZeroDivisionError", "OSError", "FileNotFoundError"]

cases = []
for args in SUPPRESS_ARGS:
    for raised in RAISED:
        outcome = "returned"
        try:
            with contextlib.suppress(*(HIERARCHY[a] for a in args)):
                if raised is not None:
                    raise HIERARCHY[raised]("raised")
        except Exception:
            outcome = "raised"
        else:
            outcome = "swallowed" if raised is not None else "returned"
        cases.append({"suppress": args, "raised": raised, "outcome": outcome})

write("suppress.json", {"parents": parents, "cases": cases})


# ---- map-concurrent ---------------------------------------------------------------------------
class VirtualSelector(selectors.SelectSelector):
    """Never sleeps: a wait of t seconds moves the loop's virtual clock forward by t instead."""

    def __init__(self):
        super().__init__()
        self.now = 0.0

    def select(self, timeout=None):
        if timeout is not None and timeout > 0:
            self.now += timeout
        return super().select(0)


class VirtualLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        self._vsel = VirtualSelector()
        super().__init__(selector=self._vsel)
        self._clock_resolution = 1e-9

    def time(self):
        return self._vsel.now


def run_map(durations, n):
    """asyncio.gather over a Semaphore(n): the Python idiom mapConcurrent reproduces."""
    loop = VirtualLoop()
    starts, ends = {}, {}

    async def main():
        sem = asyncio.Semaphore(n)

        async def one(i, d):
            async with sem:
                starts[i] = loop.time()
                await asyncio.sleep(d)
                ends[i] = loop.time()
                return d * 10 + i

        return await asyncio.gather(*(one(i, d) for i, d in enumerate(durations)))

    try:
        results = loop.run_until_complete(main())
    finally:
        loop.close()
    return {
        "durations": durations,
        "n": n,
        "starts": [round(starts[i]) for i in range(len(durations))],
        "ends": [round(ends[i]) for i in range(len(durations))],
        "results": results,
    }


rng = random.Random(20261130)
map_cases = [
    run_map([30, 10, 20, 10, 40, 10], 2),
    run_map([5, 5, 5, 5, 5], 2),
    run_map([50, 10, 10, 10, 10, 10], 3),
    run_map([10, 20, 30], 5),
    run_map([7, 3, 9, 1, 4], 1),
    run_map([], 3),
    run_map([0, 10, 0, 10, 0], 2),
]
for _ in range(12):
    k = rng.randint(1, 14)
    map_cases.append(run_map([rng.randint(0, 60) for _ in range(k)], rng.randint(1, 5)))
write("map-concurrent.json", map_cases)


# ---- async-queue ------------------------------------------------------------------------------
def queue_script(maxsize, steps, rng):
    q = asyncio.Queue(maxsize=maxsize)
    ops = []
    counter = 0
    for _ in range(steps):
        kind = rng.choice(["put", "put", "put", "get", "get", "done", "qsize", "full", "empty", "joined"])
        if kind == "put":
            counter += 1
            try:
                q.put_nowait(counter)
                out = None
            except asyncio.QueueFull:
                out = "QueueFull"
            ops.append({"op": "putNowait", "arg": counter, "out": out})
        elif kind == "get":
            try:
                out = q.get_nowait()
            except asyncio.QueueEmpty:
                out = "QueueEmpty"
            ops.append({"op": "getNowait", "out": out})
        elif kind == "done":
            try:
                q.task_done()
                out = None
            except ValueError:
                out = "ValueError"
            ops.append({"op": "taskDone", "out": out})
        elif kind == "qsize":
            ops.append({"op": "size", "out": q.qsize()})
        elif kind == "full":
            ops.append({"op": "full", "out": q.full()})
        elif kind == "empty":
            ops.append({"op": "empty", "out": q.empty()})
        else:
            # join() returns at once exactly when no unfinished task remains
            ops.append({"op": "joined", "out": q._unfinished_tasks == 0})
    return {"maxsize": maxsize, "ops": ops}


qrng = random.Random(3)
queue_cases = [queue_script(m, 40, qrng) for m in [0, 1, 2, 3, 5] for _ in range(4)]
write("async-queue.json", queue_cases)
