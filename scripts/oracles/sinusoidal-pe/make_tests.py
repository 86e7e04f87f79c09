#!/usr/bin/python3
"""Writes the hand-made tests of problems/sinusoidal-pe (.in, .desc) and their
answers (.ans) computed by the float64 oracle (oracle.py beside this file).

Re-run from the repository root: /usr/bin/python3 scripts/oracles/sinusoidal-pe/make_tests.py
Prints the largest disagreement between the oracle's two computations of each layout.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oracle  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..")
PKG = os.path.join(ROOT, "problems", "sinusoidal-pe", "data")

TESTS = [
    ("sample", "1", (3, 4, 100, "interleaved"), None),
    ("sample", "2", (3, 4, 100, "concat"), None),
    ("secret", "01-single-position-interleaved", (1, 4, 10000, "interleaved"),
     "L = 1: only position 0 (sin 0 = 0, cos 0 = 1), smallest d, interleaved"),
    ("secret", "02-single-position-concat", (1, 6, 10000, "concat"),
     "L = 1: only position 0, concat (zeros then ones)"),
    ("secret", "03-d4-concat", (50, 4, 10000, "concat"),
     "d = 4 concat: d/2 - 1 = 1, so inv_1 = 1/base (the d/2 denominator gives 1/sqrt(base))"),
    ("secret", "04-d4-interleaved", (50, 4, 10000, "interleaved"),
     "d = 4 interleaved: frequencies 1 and 1/sqrt(base)"),
    ("secret", "05-d-max-interleaved", (4, 2048, 10000, "interleaved"),
     "largest d = 2048, interleaved"),
    ("secret", "06-d-max-concat", (4, 2048, 10000, "concat"),
     "largest d = 2048, concat"),
    ("secret", "07-base-2", (100, 8, 2, "interleaved"),
     "smallest base 2"),
    ("secret", "08-base-max-concat", (100, 16, 1000000, "concat"),
     "largest base 10^6, concat"),
    ("secret", "09-base-max-interleaved", (100, 16, 1000000, "interleaved"),
     "largest base 10^6, interleaved"),
    ("secret", "10-medium-interleaved", (600, 16, 10000, "interleaved"),
     "medium test cross-checked with the oracles: positions 0..599, d = 16 (float32 angles fail)"),
    ("secret", "11-medium-concat", (600, 16, 10000, "concat"),
     "medium test cross-checked with the oracles: positions 0..599, d = 16, concat"),
]


def main():
    stats = {}
    for kind, name, (L, d, base, layout), desc in TESTS:
        path = os.path.join(PKG, kind, name)
        with open(path + ".in", "w") as f:
            f.write("%d %d %d %s\n" % (L, d, base, layout))
        if desc:
            with open(path + ".desc", "w") as f:
                f.write(desc + "\n")
        with open(path + ".ans", "w") as f:
            oracle.write_answer(oracle.answer(L, d, base, layout, stats), f)
    print("oracle self-agreement: interleaved (torch tutorial vs literal formula) %.3g, "
          "concat (t2t numpy vs torch) %.3g" % (stats["interleaved"], stats["concat"]))


if __name__ == "__main__":
    main()
