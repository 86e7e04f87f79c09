#!/usr/bin/python3
"""Writes the hand-made tests of t5-relative-bucket (data/sample and
data/secret: .in and .desc); the .ans come from the reference:
  python3 make_tests.py && for f in ../../../problems/t5-relative-bucket/data/*/*.in; do
      ./float_ref < "$f" > "${f%.in}.ans"; done
and are checked with `hf_bucket.py check DIR...` (torch) and, for the
catalogue's default table, by tests/test_t5_relative_bucket.c.
"""
import os

PKG = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../problems/t5-relative-bucket/data")


def write(kind, name, bi, nbk, md, pairs, desc=None):
    os.makedirs(os.path.join(PKG, kind), exist_ok=True)
    with open(os.path.join(PKG, kind, name + ".in"), "w") as f:
        f.write(f"{bi} {nbk} {md} {len(pairs)}\n")
        f.writelines(f"{i} {j}\n" for i, j in pairs)
    if desc:
        with open(os.path.join(PKG, kind, name + ".desc"), "w") as f:
            f.write(desc + "\n")


def rels(rs, i0=0):
    """Pairs (i, j) with j - i = r, query position i0 + offset to vary i."""
    return [(i0 + k, i0 + k + r) for k, r in enumerate(rs)]


# Samples: the worked example of the statement.
write("sample", "1", 1, 32, 128, [(5, 5), (10, 3), (0, 12), (200, 0), (0, 20), (-7, 1000)])
write("sample", "2", 0, 32, 128, [(0, 5), (17, 0), (100, 0), (3, 3), (300, 0)])

S = "secret"
write(S, "01-default-bidir-negative", 1, 32, 128,
      rels([-r for r in range(21)] + [-100, -127, -128, -1000], 40),
      "catalogue default table, bidirectional 32/128, rel = -r for r = 0..20 and -100, -127, -128, -1000")
write(S, "02-default-bidir-positive", 1, 32, 128,
      rels(list(range(21)) + [100, 127, 128, 1000], -500),
      "default table with positive rel: +16 for rel > 0, rel = 0 stays bucket 0")
write(S, "03-default-causal", 0, 32, 128,
      rels([-n for n in list(range(21)) + [100, 127, 128]], 7),
      "catalogue default table, causal 32/128, n = 0..20, 100, 127, 128")
write(S, "04-causal-positive-rel", 0, 32, 128,
      [(0, 1), (0, 5), (0, 15), (0, 16), (0, 100), (-1000000000, 1000000000), (5, 5), (10, 9)],
      "causal: a positive rel is bucket 0 (n = max(-rel, 0), not |rel|)")
write(S, "05-double-boundary-18-128", 1, 18, 128,
      rels([8, 16, 64, -8, -16, -64, 7, 9, 15, 17, 32, 63, 65, 127, 128, -32, -128]),
      "bidirectional 18/128: rel = 8, 16, 64 -> 14 15 17 in single precision (double gives 13 14 16)")
write(S, "06-double-boundary-causal-9-128", 0, 9, 128,
      rels([-8, -16, -64, -7, -9, -32, -128, 8]),
      "causal 9/128 (same buckets as bidirectional 18): n = 8, 16, 64 where double disagrees")
write(S, "07-double-boundary-38-288", 1, 38, 288,
      rels([18, 36, 144, -18, -36, -144, 72, 288]),
      "bidirectional 38/288: double disagrees at n = 18, 36, 144")
write(S, "08-double-boundary-causal-46-164", 0, 46, 164,
      rels([-107, -106, -108, -164]),
      "causal 46/164: double disagrees at n = 107")
write(S, "09-double-boundary-causal-1022-1023", 0, 1022, 1023,
      rels([-r for r in (675, 676, 677, 510, 511, 512, 1022, 1023, 1024)], 3),
      "causal 1022/1023 (me = 511): double disagrees at n = 676")
write(S, "10-double-boundary-911-3955", 1, 911, 3955,
      rels([3196, -3196, 3195, 3197, -3195, -3197, 227, 228, 3955], -2000),
      "bidirectional 911/3955 (nb = 455, me = 227): double disagrees at n = 3196")
write(S, "11-extreme-positions", 1, 32, 128,
      [(-1000000000, 1000000000), (1000000000, -1000000000), (1000000000, 1000000000),
       (-1000000000, -1000000000), (-1000000000, 999999999), (999999999, -1000000000),
       (0, 1000000000), (1000000000, 0)],
      "|i|, |j| = 10^9: rel = +-2*10^9 (needs no more than 32 bits, but no float positions)")
write(S, "12-extreme-positions-large-md", 0, 1024, 1000000000,
      [(1000000000, -1000000000), (999999999, -1000000000), (1000000000, 0), (0, -999999999),
       (500000000, -500000000), (1000000000, 999999488), (1000000000, 999999489), (-1000000000, 1000000000)],
      "causal 1024 buckets, max_distance 10^9, n up to 2*10^9 beyond max_distance")
write(S, "13-num-buckets-2-causal", 0, 2, 2,
      rels([0, -1, -2, -3, -1000, 1, 5]),
      "num_buckets = 2 (causal, me = 1, max_distance = 2): buckets 0 and 1 only")
write(S, "14-num-buckets-2-large-md", 0, 2, 1000000000,
      [(0, 0), (1, 0), (2, 0), (1000000000, 0), (1000000000, -1000000000), (0, 7)],
      "num_buckets = 2, max_distance = 10^9")
write(S, "15-min-me-bidir-4-2", 1, 4, 2,
      rels([0, 1, 2, 3, 100, -1, -2, -3, -100]),
      "bidirectional 4/2: nb = 2, me = 1, the smallest bidirectional configuration")
write(S, "16-min-me-bidir-5-3", 1, 5, 3,
      rels([0, 1, 2, 3, 4, -1, -2, -3, -4]),
      "bidirectional 5/3: odd num_buckets, nb = 2, me = 1")
write(S, "17-min-me-causal-3-2", 0, 3, 2,
      rels([0, -1, -2, -3, -4, 1]),
      "causal 3/2: me = 1, two log buckets above the exact one")
write(S, "18-num-buckets-1024-bidir", 1, 1024, 1000,
      rels([-r for r in (0, 1, 255, 256, 257, 300, 400, 500, 600, 700, 800, 900, 999, 1000, 1001, 5000)]
           + [255, 256, 257, 999, 1000, 100000], 17),
      "bidirectional 1024 buckets (nb = 512, me = 256), max_distance 1000")
write(S, "19-num-buckets-1024-causal", 0, 1024, 513,
      rels([-r for r in (0, 511, 512, 513, 514, 600, 1000, 1000000)] + [512], -3),
      "causal 1024 buckets (me = 512), max_distance = me + 1")
write(S, "20-odd-num-buckets", 1, 33, 128,
      rels([-r for r in range(0, 24)] + list(range(0, 24)) + [127, 128]),
      "bidirectional 33 buckets: nb = 33/2 = 16, positive rel starts at 16, not 16.5 or 17")
write(S, "21-odd-causal", 0, 33, 100,
      rels([-r for r in (0, 15, 16, 17, 20, 30, 50, 99, 100, 101)]),
      "causal 33 buckets: me = 16, nb - me = 17 log buckets")
write(S, "22-md-me-plus-1", 1, 32, 9,
      rels([-r for r in (7, 8, 9, 10, 1000)] + [7, 8, 9, 10]),
      "max_distance = me + 1 = 9: everything from 9 on is the last bucket")
write(S, "23-large-md-default-buckets", 1, 32, 1000000000,
      [(0, -8), (0, -100), (0, -10000), (0, -1000000), (0, -31622776), (0, -100000000),
         (0, -999999999), (0, -1000000000), (0, 1000000), (0, 1000000000)],
      "bidirectional 32, max_distance 10^9: log buckets spread over nine decades")
