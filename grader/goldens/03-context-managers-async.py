"""Goldens for 03-context-managers-async, computed with the real Python standard library.

Usage: python3 03-context-managers-async.py OUTPUT_DIR

- suppress.json: which exceptions contextlib.suppress swallows, for a matrix of suppressed
  classes x raised classes (the built-in exception hierarchy, mirrored by classes in the suite).
"""
import contextlib
import json
import os
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
