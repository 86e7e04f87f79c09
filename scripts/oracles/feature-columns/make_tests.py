#!/usr/bin/python3
"""Writes the hand-made tests of problems/feature-columns (.in, .desc) and the
answers of every hand-made and sample test (.ans) with the independent Python
pipeline (pipeline.py; Fingerprint64 from libfarmhash).

Re-run from the repository root:
  g++ -O2 -o /tmp/fp_oracle scripts/oracles/fingerprint64/oracle.cc -lfarmhash
  python3 scripts/oracles/feature-columns/make_tests.py /tmp/fp_oracle
Deterministic (random.Random with fixed seeds). The samples' .in files are
written by hand; only their .ans are rewritten.
"""
import glob
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pipeline  # noqa: E402

PKG = "problems/feature-columns"
CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.:/@#!~"


def table(rng, rows, dim):
    return ["%s" % " ".join("%.3f" % (rng.randint(-1000, 1000) / 1000) for _ in range(dim))
            for _ in range(rows)]


def rvalue(rng, lo=1, hi=10):
    return "".join(rng.choice(CHARS) for _ in range(rng.randint(lo, hi)))


def build(cols, rows):
    """cols: list of definition lines (embedding tables included); rows: lines."""
    types = ("numeric", "bucketized", "vocab", "hash", "cross", "indicator", "embedding")
    ncols = sum(1 for c in cols if c.split(" ")[0] in types)  # table lines are numbers
    return "columns %d\n%s\nrows %d\n%s" % (ncols, "\n".join(cols), len(rows),
                                             "".join(r + "\n" for r in rows))


def emb(rng, name, cat, size, dim, comb):
    return ["embedding %s %s %d %s" % (name, cat, dim, comb)] + table(rng, size, dim)


def tests():
    rng = random.Random(8)
    out = []

    # 01: boundary equality
    rows = []
    for v in ["-50", "-50.5", "-49.99", "0", "-0", "18", "18.0", "17.99", "30", "29.999", "30.001",
              "50", "50.00", "1e2", "1000", "-1000", "65", "0.5"]:
        rows.append("x=%s y=%s" % (v, v))
    out.append(("01-boundary-equal", build([
        "bucketized ages x 18 30 50",
        "bucketized signed y -50 0 0.5 65",
        "numeric raw x 0 1",
    ], rows), "values equal to a boundary go up (first, middle, last boundary; -0 = 0; 18 = 18.0)"))

    # 02: float32 rounding
    rows = []
    for v in ["0.1", "0.0999999999", "0.09999999", "0.0999999", "0.10000001", "0.1000001",
              "16777216", "16777217", "16777215", "16777218", "0.3", "0.29999999", "0.3000000001",
              "1.0000000001", "0.99999999", "0.9999999"]:
        rows.append("v=%s" % v)
    out.append(("02-float32-rounding", build([
        "bucketized tenth v 0.1 0.3 1",
        "bucketized big v 16777217 16777219",
    ], rows), "values below a boundary in double but equal in float32 go up (0.0999999999 vs 0.1, "
              "16777216 vs boundary 16777217 = 2^24+1)"))

    # 03: numeric
    rows = []
    for v in ["0", "1", "-1", "3.25", "1.5e2", "-2.5E-3", "1000000000", "-1000000000", "42", "0.001"]:
        rows.append("a=%s b=%s" % (v, v))
    out.append(("03-numeric", build([
        "numeric plain a 0 1",
        "numeric shifted a 10 2",
        "numeric tiny_std b -3.5 0.001",
        "numeric huge b 1e9 1e9",
    ], rows), "numeric columns: (x - MEAN) / STD in double, exponents in the input, large and small results"))

    # 04: vocabulary OOV = 0 vs > 0
    words = ["red", "green", "blue", "Red", "r"]
    rows = []
    for _ in range(25):
        vals = [rng.choice(words + ["purple", "RED", "re", "gray", "", ""]) for _ in range(rng.randint(1, 4))]
        vals = [v for v in vals if v] or ["red"]
        rows.append("colour=%s" % "|".join(vals))
    rows.append("colour=purple")
    rows.append("colour=purple|gray|RED")
    out.append(("04-vocab-oov", build([
        "vocab drop colour 0 " + " ".join(words),
        "vocab keep colour 3 " + " ".join(words),
        "vocab keep1 colour 1 " + " ".join(words),
        "indicator i_drop drop",
        "indicator i_keep keep",
        "indicator i_keep1 keep1",
    ] + emb(rng, "e_drop", "drop", 5, 2, "mean") + emb(rng, "e_keep", "keep", 8, 2, "mean"), rows),
        "vocabulary: OOV = 0 drops unknown values (no id), OOV = 3 and 1 hash them into buckets m..m+OOV-1"))

    # 05: hash buckets (non powers of two expose a signed modulus)
    rows = []
    for _ in range(40):
        rows.append("h=%s" % "|".join(rvalue(rng) for _ in range(rng.randint(1, 3))))
    cols = ["hash h7 h 7", "hash h10 h 10", "hash h1 h 1", "hash h16 h 16", "hash h1000 h 1000",
            "hash h99991 h 99991",
            "indicator ind7 h7", "indicator ind10 h10", "indicator ind1 h1", "indicator ind16 h16"]
    cols += emb(rng, "emb1000", "h1000", 1000, 1, "sum")
    out.append(("05-hash-buckets", build(cols, rows),
                "hash buckets Fingerprint64 mod 7, 10, 1, 16, 1000 (fingerprints >= 2^63: unsigned modulus)"))

    # 06: absent keys
    rows = ["", "a=x", "b=y", "a=x b=y", "c=z", "a=x|w", "b=y|y", "", "a=w b=v c=u"]
    cols = ["vocab va a 0 x w", "hash hb b 5", "cross ab 6 a b", "cross abc 4 a b c",
            "indicator ind_a va", "indicator ind_b hb", "indicator ind_ab ab", "indicator ind_abc abc"]
    cols += emb(rng, "emb_a_mean", "va", 2, 2, "mean") + emb(rng, "emb_b_sqrtn", "hb", 5, 2, "sqrtn")
    cols += emb(rng, "emb_ab_sum", "ab", 6, 2, "sum") + emb(rng, "emb_abc_mean", "abc", 4, 3, "mean")
    out.append(("06-absent-keys", build(cols, rows),
                "absent keys and empty rows: zeros for indicators and every embedding combiner; "
                "a cross with one key absent has no ids"))

    # 07: combiners with repeated ids
    rows = ["k=a", "k=a|a", "k=a|b", "k=a|a|b", "k=b|b|b|b", "k=a|b|c|d", "k=d|d|c", "k=c", "k=zz|a", "k=zz|zz"]
    cols = ["vocab v k 1 a b c d", "indicator cnt v"]
    cols += ["embedding e_sum v 3 sum", "1 2 3", "0.5 0.5 0.5", "-1 0 1", "4 -4 0.25", "10 20 30"]
    cols += ["embedding e_mean v 3 mean", "1 2 3", "0.5 0.5 0.5", "-1 0 1", "4 -4 0.25", "10 20 30"]
    cols += ["embedding e_sqrtn v 3 sqrtn", "1 2 3", "0.5 0.5 0.5", "-1 0 1", "4 -4 0.25", "10 20 30"]
    out.append(("07-embedding-combiners", build(cols, rows),
                "sum, mean (divide by the number of ids, repeats included) and sqrtn (by its square root)"))

    # 08: cross of multi-valued keys
    rows = []
    for _ in range(30):
        rows.append(" ".join("%s=%s" % (k, "|".join(rng.choice(["p", "q", "r", "s", "t"])
                                                    for _ in range(rng.randint(1, 3))))
                             for k in ["x", "y", "z"]))
    rows += ["x=p|q y=r|s|t z=p", "x=p y=p z=p", "x=q|q y=q z=q|q"]
    cols = ["cross xy 10 x y", "cross yx 10 y x", "cross xyz 13 x y z", "cross xyz1 1 x y z",
            "indicator ind_xy xy", "indicator ind_yx yx", "indicator ind_xyz xyz", "indicator ind_xyz1 xyz1"]
    cols += emb(rng, "emb_xyz", "xyz", 13, 2, "sqrtn")
    out.append(("08-cross-multivalued", build(cols, rows),
                "crosses of multi-valued keys: every combination (2 x 3, 3 keys, repeats), key order matters, "
                "1 bucket"))

    # 09: name order
    names = ["b", "B", "_x", "a_b", "aB", "ab", "A", "Z", "z", "0", "9a", "a", "a0", "aa", "AA", "_"]
    cols = []
    for i, n in enumerate(names):
        cols.append("numeric %s k%d %d 1" % (n, i % 3, i))
    rows = ["k0=%d k1=%d k2=%d" % (i, 2 * i, 3 * i) for i in range(5)]
    out.append(("09-name-order", build(cols, rows),
                "dense columns in byte order of names: digits < upper case < '_' < lower case, prefixes first"))

    # 10: indicator counts
    rows = ["t=x|x|x|y", "t=y|y", "t=x|y|z|q|q|q|q", "t=q", "t=z|z|z|z|z|z|z|z|z|z"]
    cols = ["vocab vt t 2 x y z", "hash ht t 3", "indicator ind_v vt", "indicator ind_h ht"]
    out.append(("10-indicator-counts", build(cols, rows),
                "indicator columns count repeated ids (multi-hot with counts > 1)"))

    # 11: shared categorical
    rows = ["s=%s" % "|".join(rng.choice("abcdef") for _ in range(rng.randint(1, 5))) for _ in range(12)]
    cols = ["vocab voc s 2 a b c", "indicator ind voc"]
    cols += emb(rng, "emb_sum", "voc", 5, 4, "sum") + emb(rng, "emb_mean", "voc", 5, 4, "mean")
    cols += ["indicator ind2 voc"]
    out.append(("11-shared-categorical", build(cols, rows),
                "one categorical column used by two indicators and two embeddings"))

    # 12: unused keys, keys in any order in a row
    rows = ["junk=1|2|3 n=5 w=a", "w=b n=-5 other=x", "zzz=q n=0", "n=1 w=a|b junk=none"]
    cols = ["numeric num n 1 2", "vocab vw w 0 a b", "indicator ind vw"]
    out.append(("12-unused-keys", build(cols, rows),
                "features no column reads, keys in any order within a row"))

    # 13: long values
    rows = []
    for _ in range(30):
        rows.append("lv=%s" % "|".join(rvalue(rng, 17, 64) for _ in range(rng.randint(1, 3))))
    long_words = [rvalue(rng, 17, 64) for _ in range(3)]
    rows.append("lv=%s" % "|".join(long_words))
    cols = ["hash hl lv 11", "vocab vl lv 5 " + " ".join(long_words), "cross cl 9 lv lv2",
            "indicator ih hl", "indicator iv vl", "indicator ic cl"]
    rows = [r + " lv2=%s" % rvalue(rng, 30, 64) for r in rows]
    out.append(("13-long-values", build(cols, rows),
                "values of 17..64 bytes (other Fingerprint64 length classes) in hash, vocabulary OOV and cross"))

    # 14: single buckets, single boundary, dim 1
    rows = ["u=a n=1", "u=b|c n=0", "n=-1", "u=a|a|a n=2"]
    cols = ["hash one u 1", "vocab oov1 u 1 zz", "bucketized b1 n 0", "indicator i_one one",
            "indicator i_oov1 oov1", "embedding e1 one 1 sqrtn", "2"]
    out.append(("14-single-buckets", build(cols, rows),
                "1 hash bucket, 1 OOV bucket, one boundary (two buckets), DIM 1"))
    return out


def main():
    fp = pipeline.Hasher(sys.argv[1])

    def answer(text):
        return "".join(" ".join(pipeline.fmt(v) for v in row) + "\n" for row in pipeline.solve(text, fp))

    for name, text, desc in tests():
        base = os.path.join(PKG, "data", "secret", name)
        with open(base + ".in", "w") as f:
            f.write(text)
        with open(base + ".desc", "w") as f:
            f.write(desc + "\n")
    for path in sorted(glob.glob(os.path.join(PKG, "data", "*", "*.in"))):
        with open(path[:-3] + ".ans", "w") as f:
            f.write(answer(open(path).read()))


if __name__ == "__main__":
    main()
