#!/usr/bin/python3
"""Writes the hand-made tests of problems/fingerprint64 (.in, .desc) and their
answers (.ans) computed by the libfarmhash oracle (oracle.cc 'solve').

Re-run from the repository root:
  g++ -O2 -o /tmp/fp_oracle scripts/oracles/fingerprint64/oracle.cc -lfarmhash
  python3 scripts/oracles/fingerprint64/make_tests.py /tmp/fp_oracle
Deterministic: strings come from random.Random with fixed seeds.
"""
import os
import random
import subprocess
import sys

PKG = "problems/fingerprint64"
PRINTABLE = "".join(chr(c) for c in range(33, 127))
SEEDS = [0, 2**64 - 1, 0xDECAFCAFFE]


def rstr(rng, n):
    return "".join(rng.choice(PRINTABLE) for _ in range(n))


def write(oracle, where, name, lines, desc):
    base = os.path.join(PKG, "data", where, name)
    text = "%d\n%s\n" % (len(lines), "\n".join(lines))
    with open(base + ".in", "w") as f:
        f.write(text)
    ans = subprocess.run([oracle, "solve"], input=text.encode(), stdout=subprocess.PIPE,
                         check=True).stdout
    with open(base + ".ans", "wb") as f:
        f.write(ans)
    if desc:
        with open(base + ".desc", "w") as f:
            f.write(desc + "\n")


def hashes(rng, lengths, per_length):
    return ["hash " + rstr(rng, n) for n in lengths for _ in range(per_length)]


def main():
    oracle = sys.argv[1]
    rng = random.Random(64)
    write(oracle, "sample", "1", [
        "hash a",
        "hash TensorFlow",
        "hash 0123456789abcdefXYZ",
        "cross 0 a",
        "cross 956397711614 red small",
    ], None)

    tests = [
        ("01-len-1-16", hashes(rng, range(1, 17), 4),
         "every length 1..16 (0..3, 4..7 and 8..16 byte paths), 4 strings each"),
        ("02-len-17-32", hashes(rng, range(17, 33), 4),
         "every length 17..32, 4 strings each"),
        ("03-len-33-64", hashes(rng, range(33, 65), 4),
         "every length 33..64 (where FarmHash Hash64 departs from Fingerprint64), 4 strings each"),
        ("04-len-65-128", hashes(rng, range(65, 129), 2),
         "every length 65..128: one 64-byte block plus a tail of 1..64 bytes"),
        ("05-len-long", hashes(rng, list(range(129, 321, 3)) + [511, 512, 513, 1000, 4095, 4096, 4097, 10000], 1),
         "lengths 129..10000: several 64-byte blocks, tails of every size, the 256/257 Hash64 switch"),
        ("06-len-boundaries", hashes(rng, [1, 16, 17, 32, 33, 64, 65, 128, 129, 4, 3, 7, 8, 96, 97, 256, 257], 3),
         "exactly the class boundaries 1, 16, 17, 32, 33, 64, 65, 128 (and 3/4, 7/8, 96/97, 256/257)"),
    ]
    lines = []
    for seed in SEEDS + [rng.randrange(2**64) for _ in range(5)]:
        for n in [1, 5, 16, 17, 40, 64, 65, 200]:
            lines.append("cross %d %s" % (seed, rstr(rng, n)))
    tests.append(("07-cross-m1", lines,
                  "cross with one value (m = 1) of every length class, seeds 0, 2^64-1, 0xDECAFCAFFE and random"))
    for name, seed, desc in [
            ("08-cross-seed-0", 0, "cross from SEED 0 with 1..6 values"),
            ("09-cross-seed-max", 2**64 - 1, "cross from SEED 2^64-1 = 18446744073709551615 with 1..6 values"),
            ("10-cross-seed-decafcaffe", 0xDECAFCAFFE,
             "cross from SEED 0xDECAFCAFFE = 956397711614 (TensorFlow's default hash key) with 1..6 values")]:
        lines = []
        for m in range(1, 7):
            for _ in range(3):
                vals = [rstr(rng, rng.choice([1, 3, 8, 16, 20, 33, 70])) for _ in range(m)]
                lines.append("cross %d %s" % (seed, " ".join(vals)))
        lines.append("cross %d a b" % seed)
        lines.append("cross %d b a" % seed)
        lines.append("cross %d a a a" % seed)
        tests.append((name, lines, desc))
    lines = []
    for _ in range(40):
        m = rng.randint(2, 30)
        vals = [rstr(rng, rng.choice([rng.randint(1, 16), rng.randint(17, 32), rng.randint(33, 64),
                                      rng.randint(65, 300)])) for _ in range(m)]
        lines.append("cross %d %s" % (rng.randrange(2**64), " ".join(vals)))
    tests.append(("11-cross-many-values", lines, "crosses of 2..30 values of mixed lengths, random seeds"))
    lines = ["hash hash", "hash cross", "cross 0 hash", "cross 0 cross cross", "hash 0",
             "hash 18446744073709551615", "cross 18446744073709551615 18446744073709551615",
             "cross 1 0", "hash " + PRINTABLE, "hash " + PRINTABLE[::-1]]
    lines += ["hash " + c for c in PRINTABLE]
    tests.append(("12-special-strings", lines,
                  "the words hash/cross and numbers as strings, every printable byte alone, all 94 in one string"))
    lines = []
    for _ in range(10):
        lines.append("hash " + rstr(rng, 4096))
    tests.append(("13-blocks-4096", lines, "10 strings of 4096 bytes: 64 full blocks, the tail a whole block"))
    for name, lines, desc in tests:
        write(oracle, "secret", name, lines, desc)


if __name__ == "__main__":
    main()
