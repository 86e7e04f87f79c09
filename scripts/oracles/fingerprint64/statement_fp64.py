#!/usr/bin/python3
"""Fingerprint64 and FingerprintCat64 transcribed from the statement of
problems/fingerprint64 (not from FarmHash's source), checked against the
libfarmhash vectors: shows that the statement defines the function exactly.

Re-run from the repository root:
  python3 scripts/oracles/fingerprint64/statement_fp64.py
Prints the number of vectors checked per length class and exits 1 on a mismatch.
Importable: fingerprint64(bytes) and fingerprint_cat64(a, b).
"""
import sys

M = (1 << 64) - 1
K0, K1, K2 = 0xc3a5c85c97cb3127, 0xb492b66fbe98f273, 0x9ae16a3b2f90404f


def rot(v, r):
    return ((v >> r) | (v << (64 - r))) & M


def sm(v):
    return v ^ (v >> 47)


def mix(u, v, mul):
    a = sm(((u ^ v) * mul) & M)
    b = sm(((v ^ a) * mul) & M)
    return (b * mul) & M


def fingerprint64(s):
    n = len(s)
    L64 = lambda i: int.from_bytes(s[i:i + 8], "little")
    L32 = lambda i: int.from_bytes(s[i:i + 4], "little")
    if n == 0:
        return K2
    if n <= 3:
        a, b, c = s[0], s[n >> 1], s[n - 1]
        y, z = a + 256 * b, n + 4 * c
        return (sm(((y * K2) & M) ^ ((z * K0) & M)) * K2) & M
    mul = (K2 + 2 * n) & M
    if n <= 7:
        return mix((n + 8 * L32(0)) & M, L32(n - 4), mul)
    if n <= 16:
        a = (L64(0) + K2) & M
        b = L64(n - 8)
        c = (rot(b, 37) * mul + a) & M
        d = ((rot(a, 25) + b) * mul) & M
        return mix(c, d, mul)
    if n <= 32:
        a, b = (L64(0) * K1) & M, L64(8)
        c, d = (L64(n - 8) * mul) & M, (L64(n - 16) * K2) & M
        return mix((rot((a + b) & M, 43) + rot(c, 30) + d) & M,
                   (a + rot((b + K2) & M, 18) + c) & M, mul)
    if n <= 64:
        a, b = (L64(0) * K2) & M, L64(8)
        c, d = (L64(n - 8) * mul) & M, (L64(n - 16) * K2) & M
        y = (rot((a + b) & M, 43) + rot(c, 30) + d) & M
        z = mix(y, (a + rot((b + K2) & M, 18) + c) & M, mul)
        e, f = (L64(16) * mul) & M, L64(24)
        g = ((y + L64(n - 32)) * mul) & M
        h = ((z + L64(n - 24)) * mul) & M
        return mix((rot((e + f) & M, 43) + rot(g, 30) + h) & M,
                   (e + rot((f + a) & M, 18) + g) & M, mul)

    def weak(p, a, b):
        a = (a + L64(p)) & M
        b = rot((b + a + L64(p + 24)) & M, 21)
        c = a
        a = (a + L64(p + 8) + L64(p + 16)) & M
        b = (b + rot(a, 44)) & M
        return (a + L64(p + 24)) & M, (b + c) & M

    x = (81 * K2 + L64(0)) & M
    y = (81 * K1 + 113) & M
    z = (sm((y * K2 + 113) & M) * K2) & M
    v1 = v2 = w1 = w2 = 0
    for p in range(0, 64 * ((n - 1) // 64), 64):
        x = (rot((x + y + v1 + L64(p + 8)) & M, 37) * K1) & M
        y = (rot((y + v2 + L64(p + 48)) & M, 42) * K1) & M
        x ^= w2
        y = (y + v1 + L64(p + 40)) & M
        z = (rot((z + w1) & M, 33) * K1) & M
        v1, v2 = weak(p, (v2 * K1) & M, (x + w1) & M)
        w1, w2 = weak(p + 32, (z + w2) & M, (y + L64(p + 16)) & M)
        x, z = z, x
    p = n - 64
    mul = (K1 + 2 * (z & 255)) & M
    w1 = (w1 + ((n - 1) & 63)) & M
    v1 = (v1 + w1) & M
    w1 = (w1 + v1) & M
    x = (rot((x + y + v1 + L64(p + 8)) & M, 37) * mul) & M
    y = (rot((y + v2 + L64(p + 48)) & M, 42) * mul) & M
    x ^= (w2 * 9) & M
    y = (y + v1 * 9 + L64(p + 40)) & M
    z = (rot((z + w1) & M, 33) * mul) & M
    v1, v2 = weak(p, (v2 * mul) & M, (x + w1) & M)
    w1, w2 = weak(p + 32, (z + w2) & M, (y + L64(p + 16)) & M)
    x, z = z, x
    return mix((mix(v1, w1, mul) + sm(y) * K0 + z) & M, (mix(v2, w2, mul) + x) & M, mul)


def fingerprint_cat64(a, b):
    K = 0xc6a4a7935bd1e995
    r = a ^ K
    r ^= (sm((b * K) & M) * K) & M
    r = (r * K) & M
    r = (sm(r) * K) & M
    return sm(r)


def splitmix64(state):
    state = (state + 0x9e3779b97f4a7c15) & M
    z = state
    z = ((z ^ (z >> 30)) * 0xbf58476d1ce4e5b9) & M
    z = ((z ^ (z >> 27)) * 0x94d049bb133111eb) & M
    return state, z ^ (z >> 31)


def make_string(n, kind, seed):
    out = bytearray(n)
    st = seed
    for i in range(n):
        st, x = splitmix64(st)
        out[i] = (x >> 56) if kind == "b" else 33 + x % 94
    return bytes(out)


def main():
    counts, bad = {}, 0
    classes = [(16, "0-16"), (32, "17-32"), (64, "33-64"), (128, "65-128"), (256, "129-256"),
               (4096, "257-4096"), (1 << 62, "4097+")]
    for line in open("scripts/oracles/fingerprint64/vectors.txt"):
        f = line.split()
        if not f or f[0] == "#":
            continue
        if f[0] == "s":
            text = b"" if f[1] == "-" else f[1].encode()
            ok = fingerprint64(text) == int(f[2])
            cls = "literal"
        elif f[0] == "f":
            n = int(f[1])
            ok = fingerprint64(make_string(n, f[2], int(f[3]))) == int(f[4])
            cls = next(name for hi, name in classes if n <= hi)
        else:
            ok = fingerprint_cat64(int(f[1]), int(f[2])) == int(f[3])
            cls = "cat64"
        counts[cls] = counts.get(cls, 0) + 1
        if not ok:
            bad += 1
            print("MISMATCH", line.strip()[:80])
    print(" ".join("%s:%d" % kv for kv in counts.items()), "mismatches:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
