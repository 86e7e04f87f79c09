#!/usr/bin/python3
"""Writes the hand-made tests of perceptron (data/sample and data/secret:
.in and .desc); the .ans come from the reference:
  python3 make_tests.py && for f in ../../../problems/perceptron/data/*/*.in; do
      ./reference < "$f" > "${f%.in}.ans"; done
and are checked with `perceptron.py check DIR...` (exact Python integers).
"""
import os
import random

PKG = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../problems/perceptron/data")


def write(kind, name, max_epochs, rows, desc=None):
    os.makedirs(os.path.join(PKG, kind), exist_ok=True)
    d = len(rows[0][0])
    assert all(len(x) == d and y in (-1, 1) and all(abs(v) <= 10000 for v in x) for x, y in rows)
    with open(os.path.join(PKG, kind, name + ".in"), "w") as f:
        f.write(f"{len(rows)} {d} {max_epochs}\n")
        f.writelines(" ".join(map(str, list(x) + [y])) + "\n" for x, y in rows)
    if desc:
        with open(os.path.join(PKG, kind, name + ".desc"), "w") as f:
            f.write(desc + "\n")


rng = random.Random(2024)

# Samples: the worked examples of the statement.
write("sample", "1", 10, [((-1, 1), 1), ((0, -1), 1), ((-1, 0), 1), ((-3, 0), -1)])
write("sample", "2", 4, [((5,), 1), ((3,), -1)])

S = "secret"
write(S, "01-ties-are-mistakes", 50,
      [((1, 1, 1), 1), ((-2, -1, -2), 1), ((0, 1, -1), -1), ((-1, 2, 0), -1), ((2, -2, 2), 1), ((-2, 0, 2), 1)],
      "y*(w.x+b) == 0 happens six times (five after the first example): each is a mistake")
write(S, "02-bias-only-1d", 100, [((5,), 1), ((3,), -1)],
      "1-D x=5 -> +1, x=3 -> -1: separable only with a bias (converges in epoch 22, b = -8)")
write(S, "03-bias-only-2d-far", 1000,
      [((150, 150), 1), ((50, 50), -1), ((120, 90), 1), ((80, 110), -1), ((130, 100), 1),
       ((70, 60), -1), ((100, 140), 1), ((90, 40), -1)],
      "2-D points far from the origin, (50,50) -1 and (150,150) +1 on one ray: needs a bias")
write(S, "04-xor-not-converged", 50, [((1, 1), 1), ((-1, -1), 1), ((1, -1), -1), ((-1, 1), -1)],
      "XOR is not linearly separable: runs all 50 epochs")
write(S, "05-converges-epoch-2", 100, [((3, -2), -1)],
      "n = 1: the first example is always a mistake (w = 0, b = 0), so the earliest convergence is epoch 2")
write(S, "06-n1-d1-zero-feature", 7, [((0,), -1)],
      "n = d = 1 with x = 0: only the bias learns")
write(S, "07-max-epochs-1", 1, [((2, 1), 1), ((-1, -2), -1), ((3, 3), 1)],
      "max_epochs = 1: never converged, since epoch 1 always has a mistake")
write(S, "08-max-epochs-1-n1-d1", 1, [((10000,), 1)],
      "n = d = max_epochs = 1: not_converged 1 1")
write(S, "09-zero-features-mixed-labels", 20, [((0, 0, 0), 1), ((0, 0, 0), -1), ((0, 0, 0), 1)],
      "all features 0 with both labels: the bias oscillates, never converges")
write(S, "10-contradicting-duplicates", 30,
      [((4, -7), 1), ((1, 2), -1), ((4, -7), -1), ((-3, 5), 1)],
      "the same point with both labels: never separable")
write(S, "11-all-same-label", 1000, [((rng.randint(-50, 50), rng.randint(-50, 50)), 1) for _ in range(10)],
      "every label +1: b > 0 alone separates, but the perceptron needs hundreds of updates")
write(S, "12-int32-dot-single-row", 100,
      [(tuple(rng.choice((-10000, 10000)) for _ in range(3000)), -1)],
      "n = 1, d = 3000, |x| = 10^4: w.x + b = -3*10^11 - 1 in epoch 2 wraps to a positive 32-bit value")
write(S, "13-int32-dot-noise", 200,
      [(tuple(rng.randint(-10000, 10000) for _ in range(30)), rng.choice((-1, 1))) for _ in range(40)],
      "d = 30, |x| up to 10^4, random labels: w.x exceeds 2^31 after a few updates")
write(S, "14-large-values-1d-bias", 1000, [((10000,), 1), ((9990,), -1), ((-10000,), -1)],
      "1-D |x| = 10^4, threshold between 9990 and 10000: b must reach about -10^4*w, not within 1000 epochs")
write(S, "15-d-gt-n", 100,
      [(tuple(rng.randint(-9, 9) for _ in range(12)), rng.choice((-1, 1))) for _ in range(3)],
      "d = 12 > n = 3: random labels, separable through the origin")
