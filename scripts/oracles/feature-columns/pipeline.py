#!/usr/bin/python3
"""Independent implementation of the feature-columns pipeline (catalogue
section 8), used to write and check the answers of problems/feature-columns.
Fingerprint64 comes from libfarmhash (util::Fingerprint64) through the
fingerprint64 oracle's 'lines' mode; float32 parsing from the C library's
strtof (correctly rounded); everything else is plain Python (double).

Usage (from the repository root):
  g++ -O2 -o /tmp/fp_oracle scripts/oracles/fingerprint64/oracle.cc -lfarmhash
  python3 scripts/oracles/feature-columns/pipeline.py /tmp/fp_oracle < NAME.in > NAME.ans
  python3 scripts/oracles/feature-columns/pipeline.py /tmp/fp_oracle --check NAME.in NAME.ans ...
    (compares answers with the float tolerance 1e-5 of the problem; prints
    one line per file and a total; exits 1 on a disagreement)
"""
import ctypes
import math
import subprocess
import sys

M64 = (1 << 64) - 1
DECAF = 0xDECAFCAFFE

_libc = ctypes.CDLL(None)
_libc.strtof.restype = ctypes.c_float
_libc.strtof.argtypes = [ctypes.c_char_p, ctypes.c_void_p]


def f32(text):
    """The float32 nearest to the decimal text (C strtof)."""
    return _libc.strtof(text.encode(), None)


def shift_mix(v):
    return v ^ (v >> 47)


def fingerprint_cat64(a, b):
    k = 0xc6a4a7935bd1e995
    r = a ^ k
    r ^= (shift_mix((b * k) & M64) * k) & M64
    r = (r * k) & M64
    r = (shift_mix(r) * k) & M64
    return shift_mix(r)


class Hasher:
    """Fingerprint64 of many strings by one call of the libfarmhash oracle."""

    def __init__(self, oracle):
        self.oracle = oracle
        self.cache = {}

    def prefetch(self, strings):
        todo = sorted(set(s for s in strings if s not in self.cache))
        if not todo:
            return
        out = subprocess.run([self.oracle, "lines"], input=("\n".join(todo) + "\n").encode(),
                             stdout=subprocess.PIPE, check=True).stdout.split()
        assert len(out) == len(todo)
        for s, h in zip(todo, out):
            self.cache[s] = int(h)

    def __call__(self, s):
        return self.cache[s]


def parse(text):
    lines = text.split("\n")
    pos = 0

    def line():
        nonlocal pos
        pos += 1
        return lines[pos - 1]

    head = line().split()
    assert head[0] == "columns"
    cols = []
    byname = {}
    for _ in range(int(head[1])):
        t = line().split(" ")
        c = {"type": t[0], "name": t[1]}
        if t[0] == "numeric":
            c.update(key=t[2], mean=float(t[3]), std=float(t[4]))
        elif t[0] == "bucketized":
            c.update(key=t[2], bounds=[f32(b) for b in t[3:]])
        elif t[0] == "vocab":
            c.update(key=t[2], oov=int(t[3]), words={w: i for i, w in enumerate(t[4:])})
            c["size"] = len(t) - 4 + c["oov"]
        elif t[0] == "hash":
            c.update(key=t[2], size=int(t[3]))
        elif t[0] == "cross":
            c.update(size=int(t[2]), keys=t[3:])
        elif t[0] == "indicator":
            c.update(cat=byname[t[2]])
        elif t[0] == "embedding":
            c.update(cat=byname[t[2]], dim=int(t[3]), combiner=t[4])
            c["table"] = [[float(x) for x in line().split(" ")] for _ in range(c["cat"]["size"])]
            assert all(len(r) == c["dim"] for r in c["table"])
        else:
            raise ValueError(t[0])
        byname[c["name"]] = c
        cols.append(c)
    head = line().split()
    assert head[0] == "rows"
    rows = []
    for _ in range(int(head[1])):
        feats = {}
        for tok in line().split():
            k, v = tok.split("=", 1)
            feats[k] = v.split("|")
        rows.append(feats)
    return cols, rows


def categorical_ids(c, feats, fp):
    if c["type"] == "vocab":
        ids = []
        for v in feats.get(c["key"], []):
            if v in c["words"]:
                ids.append(c["words"][v])
            elif c["oov"] > 0:
                ids.append(len(c["words"]) + fp(v) % c["oov"])
        return ids
    if c["type"] == "hash":
        return [fp(v) % c["size"] for v in feats.get(c["key"], [])]
    # cross: every combination, last key varying fastest
    combos = [DECAF]
    for k in c["keys"]:
        combos = [fingerprint_cat64(h, fp(v)) for h in combos for v in feats.get(k, [])]
    return [h % c["size"] for h in combos]


def dense_values(c, feats, fp):
    t = c["type"]
    if t == "numeric":
        (v,) = feats[c["key"]]
        return [(float(v) - c["mean"]) / c["std"]]
    if t == "bucketized":
        (v,) = feats[c["key"]]
        x = f32(v)
        bucket = sum(1 for b in c["bounds"] if b <= x)
        return [1 if i == bucket else 0 for i in range(len(c["bounds"]) + 1)]
    ids = categorical_ids(c["cat"], feats, fp)
    if t == "indicator":
        out = [0] * c["cat"]["size"]
        for i in ids:
            out[i] += 1
        return out
    acc = [0.0] * c["dim"]
    for i in ids:
        for d in range(c["dim"]):
            acc[d] += c["table"][i][d]
    if not ids:
        return acc
    div = {"sum": 1.0, "mean": float(len(ids)), "sqrtn": math.sqrt(len(ids))}[c["combiner"]]
    return [a / div for a in acc]


def fmt(v):
    if isinstance(v, int):
        return str(v)
    s = "%.6f" % v
    s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def solve(text, fp):
    cols, rows = parse(text)
    fp.prefetch(v for feats in rows for vs in feats.values() for v in vs)
    dense = sorted((c for c in cols if c["type"] in ("numeric", "bucketized", "indicator", "embedding")),
                   key=lambda c: c["name"].encode())
    out = []
    for feats in rows:
        vals = []
        for c in dense:
            vals.extend(dense_values(c, feats, fp))
        out.append(vals)
    return out


def agree(expected, text, tol=1e-5):
    toks = text.split()
    flat = [v for row in expected for v in row]
    if len(toks) != len(flat):
        return "token count %d, expected %d" % (len(toks), len(flat))
    for i, (t, v) in enumerate(zip(toks, flat)):
        x = float(t)
        if not (abs(x - v) <= tol or abs(x - v) <= tol * abs(v)):
            return "token %d: %s, expected %r" % (i, t, v)
    return None


def main():
    fp = Hasher(sys.argv[1])
    if len(sys.argv) > 2 and sys.argv[2] == "--check":
        files = sys.argv[3:]
        bad = 0
        for inp, ans in zip(files[::2], files[1::2]):
            exp = solve(open(inp).read(), fp)
            msg = agree(exp, open(ans).read())
            print("%-60s %s" % (inp, msg or "agrees (%d rows, %d values)" % (len(exp), sum(map(len, exp)))))
            bad += msg is not None
        print("%d of %d files agree" % (len(files) // 2 - bad, len(files) // 2))
        return 1 if bad else 0
    for row in solve(sys.stdin.read(), fp):
        print(" ".join(fmt(v) for v in row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
