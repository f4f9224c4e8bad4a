"""Goldens for 04-oop-patterns.

Usage: python3 04-oop-patterns.py OUTPUT_DIR

- shapes.json: triangle areas computed exactly (rational arithmetic on the exact binary values
  of the float sides, then a 60-digit square root), including Kahan's needle-shaped triangles on
  which the textbook Heron formula loses digits; and side triples that are exactly degenerate or
  violate the triangle inequality.
"""
import json
import os
import random
import sys
from decimal import Decimal, getcontext
from fractions import Fraction

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
getcontext().prec = 60


def write(name, data):
    with open(os.path.join(out, name), "w") as f:
        json.dump(data, f, indent=1)
        f.write("\n")


# ---- shapes -----------------------------------------------------------------------------------
def exact_area(a, b, c):
    a, b, c = Fraction(a), Fraction(b), Fraction(c)
    p = (a + b + c) * (-a + b + c) * (a - b + c) * (a + b - c)  # = 16 * area^2, exactly
    return float((Decimal(p.numerator) / Decimal(p.denominator)).sqrt() / 4)


def is_triangle(a, b, c):
    a, b, c = Fraction(a), Fraction(b), Fraction(c)
    return a + b > c and a + c > b and b + c > a


valid = [
    [3, 4, 5],
    [5, 5, 5],
    [2, 3, 4],
    [7, 10, 5],
    [0.5, 0.5, 0.5],
    [1e-3, 1e-3, 1.5e-3],
    [1e6, 1e6, 1],
    # Kahan, "Miscalculating Area and Angles of a Needle-like Triangle" (2014)
    [100000, 99999.99979, 0.00029],
    [99999.99996, 99999.99994, 0.00003],
    [10, 5, 5.000001],
    [5.000001, 10, 5],
]
rng = random.Random(4)
while len(valid) < 40:
    t = [rng.uniform(0.1, 100) for _ in range(3)]
    if is_triangle(*t):
        valid.append(t)
for t in valid:
    assert is_triangle(*t), t

invalid = [[1, 2, 3], [3, 1, 2], [1, 1, 2], [10, 1, 1], [1, 10, 1], [5, 2.5, 2.5], [100, 40, 59.5]]
for t in invalid:
    assert not is_triangle(*t), t

write("shapes.json", {
    "triangles": [{"sides": t, "area": exact_area(*t), "perimeter": float(sum(Fraction(x) for x in t))} for t in valid],
    "invalid": invalid,
})
