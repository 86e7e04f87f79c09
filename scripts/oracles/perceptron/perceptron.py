#!/usr/bin/python3
"""Oracle for perceptron: the perceptron with a bias in Python's exact
integers, written from the catalogue's rules independently of the C code.

Usage:
  perceptron.py answer TEST.in       print the oracle's output for one test
  perceptron.py check DIR...         compare every DIR/*.in with its .ans
  perceptron.py random COUNT [SEED]  compile the C reference, run it and the
                                     oracle on COUNT random small inputs
                                     (mixed kinds, incl. |x| = 10^4), compare
"""
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REF = os.path.join(HERE, "../../../problems/perceptron/submissions/accepted/reference.c")
# Compiled by the judge itself, with the command submit uses.
JUDGE = os.path.join(HERE, "../../../bin/judge")


def train(n, d, max_epochs, rows):
    w = [0] * d
    b = 0
    updates = 0
    for epoch in range(1, max_epochs + 1):
        clean = True
        for x, y in rows:
            if y * (sum(wk * xk for wk, xk in zip(w, x)) + b) <= 0:
                w = [wk + y * xk for wk, xk in zip(w, x)]
                b += y
                updates += 1
                clean = False
        if clean:
            return f"converged {epoch} {updates}", w, b
    return f"not_converged {max_epochs} {updates}", w, b


def solve(text):
    tok = [int(t) for t in text.split()]
    n, d, max_epochs = tok[:3]
    rows = [(tok[3 + i * (d + 1):3 + i * (d + 1) + d], tok[3 + i * (d + 1) + d]) for i in range(n)]
    head, w, b = train(n, d, max_epochs, rows)
    return f"{head}\n{' '.join(map(str, w))}\n{b}\n"


def check(dirs):
    tests = bad = 0
    for d in dirs:
        for name in sorted(os.listdir(d)):
            if not name.endswith(".in"):
                continue
            with open(os.path.join(d, name)) as f:
                got = solve(f.read())
            with open(os.path.join(d, name[:-3] + ".ans")) as f:
                want = f.read()
            tests += 1
            ok = got.split() == want.split()
            bad += not ok
            print(f"{d}/{name}: {'ok' if ok else 'DIFFERS'} ({got.splitlines()[0]})")
    print(f"{tests} tests, {tests - bad} agree, {bad} differ")
    return bad == 0


def random_case(rng):
    n = rng.randint(1, 12)
    d = rng.randint(1, 6)
    max_epochs = rng.randint(1, 60)
    big = rng.random() < 0.3
    lim = 10000 if big else rng.choice([0, 1, 3, 10, 100])
    kind = rng.choice(["random", "separable", "shifted"])
    ws = [rng.randint(-5, 5) for _ in range(d)]
    bs = rng.randint(-3 * lim - 1, 3 * lim + 1)
    rows = []
    for _ in range(n):
        x = [rng.randint(-lim, lim) for _ in range(d)]
        if kind == "random":
            y = rng.choice([-1, 1])
        else:
            s = sum(a * c for a, c in zip(ws, x)) + (bs if kind == "shifted" else 0)
            y = 1 if s > 0 else -1
        rows.append((x, y))
    lines = [f"{n} {d} {max_epochs}"] + [" ".join(map(str, x + [y])) for x, y in rows]
    return "\n".join(lines) + "\n"


def random_check(count, seed):
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        exe = os.path.join(tmp, "ref")
        subprocess.run([JUDGE, "compile", REF, "-o", exe], check=True, stderr=subprocess.DEVNULL)
        bad = conv = 0
        for k in range(count):
            text = random_case(rng)
            want = solve(text)
            got = subprocess.run([exe], input=text.encode(), capture_output=True, check=True).stdout.decode()
            conv += want.startswith("converged")
            if got.split() != want.split():
                bad += 1
                print(f"case {k} DIFFERS:\n{text}oracle:\n{want}C:\n{got}")
    print(f"{count} random cases ({conv} converged), {count - bad} agree, {bad} differ")
    return bad == 0


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "answer" and len(sys.argv) == 3:
        with open(sys.argv[2]) as f:
            sys.stdout.write(solve(f.read()))
    elif cmd == "check" and len(sys.argv) >= 3:
        sys.exit(0 if check(sys.argv[2:]) else 1)
    elif cmd == "random" and len(sys.argv) in (3, 4):
        sys.exit(0 if random_check(int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) == 4 else 1) else 1)
    else:
        sys.exit(__doc__)
