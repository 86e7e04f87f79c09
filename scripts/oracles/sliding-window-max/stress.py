#!/usr/bin/env python3
"""Brute-force oracle for sliding-window-max: checks every hand-made .ans and
random small cases against max(a[i:i+k]) computed in Python.

Re-run from the repository root:
    python3 scripts/oracles/sliding-window-max/stress.py [--cases N] [--nmax N] [--seed S] [SUBMISSION.c ...]
Default submissions: every accepted one. Each is compiled with the judge's
command (bin/judge compile); every hand-made test and N random cases (n <= nmax, values mostly in
[-3, 3] to force ties, sometimes +-10^9) are run through each and compared
token by token with the brute force. Prints the counts; exits 1 on any
disagreement. Not needed by the project's tests.
"""
import argparse, glob, os, random, subprocess, sys, tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../..")
PKG = os.path.join(ROOT, "problems/sliding-window-max")
# Compiled by the judge itself, so the command is the one submit uses.
JUDGE = os.path.join(ROOT, "bin/judge")


def brute(a, k):
    return [max(a[i:i + k]) for i in range(len(a) - k + 1)]


def parse_input(text):
    t = list(map(int, text.split()))
    n, k = t[0], t[1]
    assert len(t) == n + 2
    return t[2:], k


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=10000)
    ap.add_argument("--nmax", type=int, default=12)
    ap.add_argument("--seed", type=int, default=239)
    ap.add_argument("subs", nargs="*")
    args = ap.parse_args()
    subs = args.subs or sorted(glob.glob(os.path.join(PKG, "submissions/accepted/*.c")))
    tmp = tempfile.mkdtemp(prefix="swm-stress-")
    bins = []
    for s in subs:
        b = os.path.join(tmp, os.path.basename(s)[:-2])
        subprocess.run([JUDGE, "compile", s, "-o", b], check=True, stderr=subprocess.DEVNULL)
        bins.append(b)

    bad = 0
    # 1. Hand-made answers (samples and secret) against the brute force.
    hand = sorted(glob.glob(os.path.join(PKG, "data/sample/*.in")) + glob.glob(os.path.join(PKG, "data/secret/*.in")))
    for f in hand:
        a, k = parse_input(open(f).read())
        want = brute(a, k)
        if list(map(int, open(f[:-3] + ".ans").read().split())) != want:
            print(f"MISMATCH .ans {f}")
            bad += 1
        for b in bins:
            got = subprocess.run([b], input=open(f).read(), capture_output=True, text=True).stdout
            if list(map(int, got.split())) != want:
                print(f"MISMATCH {os.path.basename(b)} on {f}")
                bad += 1
    # 2. Random small cases.
    rng = random.Random(args.seed)
    for c in range(args.cases):
        n = rng.randint(1, args.nmax)
        k = rng.randint(1, n)
        mode = rng.random()
        if mode < 0.6:
            a = [rng.randint(-3, 3) for _ in range(n)]
        elif mode < 0.8:
            a = [rng.choice([-10**9, 10**9, -10**9 + 1, 0]) for _ in range(n)]
        else:
            a = [rng.randint(-10**9, 10**9) for _ in range(n)]
        inp = f"{n} {k}\n{' '.join(map(str, a))}\n"
        want = brute(a, k)
        for b in bins:
            got = subprocess.run([b], input=inp, capture_output=True, text=True).stdout
            if list(map(int, got.split())) != want:
                if bad < 10:
                    print(f"MISMATCH {os.path.basename(b)} on case {c}: {inp!r} got {got!r} want {want}")
                bad += 1
    names = ", ".join(os.path.basename(b) for b in bins)
    print(f"{len(hand)} hand-made tests and {args.cases} random cases (n <= {args.nmax}, seed {args.seed}) "
          f"through {len(bins)} submissions ({names}): {bad} disagreements")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
