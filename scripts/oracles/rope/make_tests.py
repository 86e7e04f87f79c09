#!/usr/bin/python3
"""Writes the hand-made tests of problems/rope (.in, .desc) and their answers
(.ans) computed by the PyTorch float64 oracle (oracle.py beside this file).

Re-run from the repository root: /usr/bin/python3 scripts/oracles/rope/make_tests.py
Deterministic: the random tests use random.Random with fixed seeds.
Prints the oracle's internal agreement (Meta complex vs RoFormer rotate_every_two,
HF rotate_half vs interleaved on permuted coordinates) for every test.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oracle  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..")
PKG = os.path.join(ROOT, "problems", "rope", "data")


def dec(v, scale):
    """k / 10^scale as a plain decimal without trailing zeros (the input format)."""
    k = round(v * 10 ** scale)
    if k == 0:
        return "0"
    s = "-" if k < 0 else ""
    k = abs(k)
    ip, fp = divmod(k, 10 ** scale)
    out = s + str(ip)
    if fp:
        out += "." + str(fp).rjust(scale, "0").rstrip("0")
    return out


def text(L_d_base_layout, rows):
    L, d, base, layout = L_d_base_layout
    assert L == len(rows)
    lines = ["%d %d %d %s" % (L, d, base, layout)]
    for p, x in rows:
        assert len(x) == d and 0 <= p <= 10 ** 6
        lines.append(" ".join([str(p)] + x))
    return "\n".join(lines) + "\n"


def rand_rows(rng, positions, d, scale=3, lo=-100.0, hi=100.0):
    return [(p, [dec(rng.uniform(lo, hi), scale) for _ in range(d)]) for p in positions]


def tests():
    rng = random.Random(20240601)
    t = []
    sample = [(0, ["1", "2", "3", "4"]), (1, ["1", "0", "1", "0"]), (2, ["0.5", "-1", "2", "0"])]
    t.append(("sample", "1", text((3, 4, 100, "interleaved"), sample),
              "the statement's example, interleaved pairs (x0,x1), (x2,x3)"))
    t.append(("sample", "2", text((3, 4, 100, "half"), sample),
              "the same vectors with the half layout: pairs (x0,x2), (x1,x3)"))
    t.append(("secret", "01-d2-single", text((1, 2, 2, "interleaved"), [(5, ["3", "-4"])]),
              "smallest case: d = 2 (both layouts coincide), one row, base 2"))
    rows = rand_rows(rng, [0] * 6, 8, scale=6)
    t.append(("secret", "02-position-zero-half", text((6, 8, 10000, "half"), rows),
              "every position is 0: the output equals the input (half layout)"))
    rows = rand_rows(rng, [0] * 4, 6, scale=6)
    t.append(("secret", "03-position-zero-interleaved", text((4, 6, 10000, "interleaved"), rows),
              "every position is 0: the output equals the input (interleaved layout)"))
    rows = rand_rows(rng, [777] * 50, 6)
    t.append(("secret", "04-same-position", text((50, 6, 10000, "interleaved"), rows),
              "50 rows at the same position 777"))
    pos = [5, 3, 3, 4, 0, 1000000, 40, 41, 41, 73, 74, 2, 1000, 7, 6, 999999, 1000, 106, 139, 140]
    rows = rand_rows(rng, pos, 10)
    t.append(("secret", "05-unsorted-duplicate-positions", text((len(pos), 10, 10000, "half"), rows),
              "positions out of order, repeated, with gaps of 0, 1, 33 and more"))
    pos = [rng.randrange(0, 10 ** 6 + 1) for _ in range(20)] + [0, 1, 2, 3]
    rows = rand_rows(rng, pos, 16)
    t.append(("secret", "06-base-2", text((len(pos), 16, 2, "half"), rows),
              "smallest base 2: frequencies down to 2^(-15/16)"))
    rows = rand_rows(rng, pos, 16)
    t.append(("secret", "07-base-max", text((len(pos), 16, 10 ** 6, "interleaved"), rows),
              "largest base 10^6: slow frequencies down to 10^(-6*14/16)"))
    big = [65535, 65536, 100000, 500000, 999999, 1000000, 999000, 777777, 123457, 1000000]

    def near100(n):
        return [dec(rng.choice((-1, 1)) * rng.uniform(99.0, 100.0), 3) for _ in range(n)]

    rows = [(p, near100(8)) for p in big]
    t.append(("secret", "08-large-positions-interleaved", text((len(big), 8, 10000, "interleaved"), rows),
              "positions 65535..10^6 with values near +-100 (float32 angles fail here)"))
    rows = [(p, near100(8)) for p in big]
    t.append(("secret", "09-large-positions-half", text((len(big), 8, 10000, "half"), rows),
              "positions 65535..10^6 with values near +-100, half layout"))
    t.append(("secret", "10-p65535-unit", text((2, 8, 10000, "interleaved"), [(65535, ["1", "0"] * 4), (65535, ["0", "1"] * 4)]),
              "p = 65535 on unit pairs, d = 8: the cos and sin themselves (float32 angles are off by 2.4e-5)"))
    pos = [0, 1, 1000000, 31337]
    rows = rand_rows(rng, pos, 1024)
    t.append(("secret", "11-d-max", text((len(pos), 1024, 10000, "half"), rows),
              "largest d = 1024, half layout"))
    rows = [(p, ["0"] * 12) for p in (0, 5, 1000000)]
    t.append(("secret", "12-zero-vectors", text((3, 12, 10000, "interleaved"), rows),
              "zero vectors stay zero at every position"))
    ext = ["100", "-100", "99.999999", "-0.000001", "0.000001", "-99.999999", "100", "100"]
    rows = [(p, ext[:]) for p in (0, 1, 2, 999999, 1000000)]
    t.append(("secret", "13-extreme-values", text((5, 8, 10000, "half"), rows),
              "values +-100 and +-10^-6 (6 decimals), positions 0..2 and near 10^6"))
    pos = [rng.randrange(0, 10 ** 6 + 1) for _ in range(100)]
    rows = rand_rows(rng, pos, 64)
    t.append(("secret", "14-medium-interleaved", text((100, 64, 10000, "interleaved"), rows),
              "medium random test cross-checked with the oracle: 100 rows, d = 64, interleaved"))
    pos = list(range(500, 600))
    rows = rand_rows(rng, pos, 64, scale=6, lo=-1.0, hi=1.0)
    t.append(("secret", "15-medium-half-consecutive", text((100, 64, 500000, "half"), rows),
              "medium test cross-checked with the oracle: consecutive positions 500..599, d = 64, half"))
    return t


def main():
    stats = {}
    for kind, name, body, desc in tests():
        base = os.path.join(PKG, kind, name)
        with open(base + ".in", "w") as f:
            f.write(body)
        if kind == "secret":
            with open(base + ".desc", "w") as f:
                f.write(desc + "\n")
        y = oracle.answer(base + ".in", stats)
        with open(base + ".ans", "w") as f:
            oracle.write_answer(y, f)
    print("oracle self-agreement over all hand-made tests: meta vs roformer %.3g, half vs permuted %.3g"
          % (stats["meta_vs_roformer"], stats["half_vs_permuted"]))


if __name__ == "__main__":
    main()
