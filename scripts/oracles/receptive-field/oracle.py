#!/usr/bin/python3
"""Oracle for problems/receptive-field: PyTorch 1.13 (Debian's python3-torch)
for the output sizes, interval propagation for r and start.

For every hand-made .in (data/sample, data/secret) it writes the .ans:
- n_out of every layer from torch: floor layers with F.conv1d (weight of k
  taps, stride s, padding p, dilation d); floor and ceil layers with
  F.max_pool1d(k, s, p, d, ceil_mode) when torch accepts the padding
  (p <= k/2). Inputs are real CPU tensors when small, 'meta' tensors (shape
  only) when n + 2p or k exceeds 2*10^6. A torch error or an empty output
  means the layer is invalid. Ceil layers with p > k/2 are refused by torch
  ("pad should be at most half of kernel size"); for them the statement's
  formula is the only source (counted in the report). Every torch answer is
  also checked against the formula.
- j: the product of the strides.
- r and start of layer l: the input interval seen by output pixel 0 of
  layer l, propagated down layer by layer ([lo, hi] -> [lo*s - p,
  hi*s - p + k' - 1]): r = hi - lo + 1, start = (lo + hi) / 2. This is the
  definition, independent of the bottom-up recurrences of the reference.
- rf: r of the last layer (the statement's top-down R equals it).
Then it compares the C reference (submissions/accepted/reference.c) with
these answers token by token (exact), sweeps random small networks the same
way, checks r, start and j against torch autograd (the gradient of the
middle output pixel o of a conv1d chain with all-ones weights is non-zero
from start + o*j - (r-1)/2 to start + o*j + (r-1)/2, when that lies inside
the input), and writes agreement.txt.

Re-run:  /usr/bin/python3 scripts/oracles/receptive-field/make_tests.py
         /usr/bin/python3 scripts/oracles/receptive-field/oracle.py
"""
import glob
import os
import random
import subprocess
import sys
from fractions import Fraction

import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
PKG = os.path.join(ROOT, 'problems', 'receptive-field')
REF_BIN = '/tmp/receptive-field-oracle-ref'
SMALL = 2 * 10 ** 6

stats = {'conv1d': 0, 'max_pool1d floor': 0, 'max_pool1d ceil': 0,
         'formula only (ceil, p > k/2)': 0, 'torch disagrees with formula': 0}


def formula(n, k, s, p, d, mode):
    kp = d * (k - 1) + 1
    num = n + 2 * p - kp
    if mode == 'floor':
        return num // s + 1 if num >= 0 else 0
    m = -(-num // s) + 1
    if m >= 1 and (m - 1) * s >= n + p:
        m -= 1
    return max(m, 0)


def torch_size(fn, n, k, p):
    dev = 'cpu' if n + 2 * p <= SMALL and k <= SMALL else 'meta'
    try:
        with torch.no_grad():
            out = fn(torch.zeros(1, 1, n, device=dev), dev)
        return max(out.shape[-1], 0)
    except RuntimeError:
        return 0


def n_out(n, k, s, p, d, mode):
    """torch's answer where torch has one, else the formula"""
    f = formula(n, k, s, p, d, mode)
    answers = []
    if mode == 'floor':
        answers.append(('conv1d', torch_size(
            lambda x, dev: F.conv1d(x, torch.zeros(1, 1, k, device=dev), stride=s, padding=p,
                                    dilation=d), n, k, p)))
    if p <= k // 2:
        answers.append(('max_pool1d ' + mode, torch_size(
            lambda x, dev: F.max_pool1d(x, k, s, p, d, ceil_mode=(mode == 'ceil')), n, k, p)))
    if not answers:
        stats['formula only (ceil, p > k/2)'] += 1
        return f
    for name, t in answers:
        stats[name] += 1
        if t != f:
            stats['torch disagrees with formula'] += 1
            print('torch %s says %d, formula %d: n=%d k=%d s=%d p=%d d=%d %s'
                  % (name, t, f, n, k, s, p, d, mode))
    return answers[0][1]


def half(x):
    x = Fraction(x)
    return str(x.numerator) if x.denominator == 1 else '%s%d.5' % (
        '-' if x < 0 else '', abs(x.numerator) // 2)


def solve(n, layers):
    """the expected output lines"""
    lines = []
    j = 1
    done = []
    for name, k, s, p, d, mode in layers:
        n = n_out(n, k, s, p, d, mode)
        if n < 1:
            lines.append('%s invalid' % name)
            return lines
        j *= s
        done.append((k, s, p, d))
        lo = hi = 0
        for k2, s2, p2, d2 in reversed(done):
            lo, hi = lo * s2 - p2, hi * s2 - p2 + d2 * (k2 - 1)
        lines.append('%s %d %d %d %s' % (name, n, j, hi - lo + 1, half(Fraction(lo + hi, 2))))
    lines.append('rf %s' % lines[-1].split()[3])
    return lines


def parse(text):
    toks = text.split()
    n, L = int(toks[0]), int(toks[1])
    layers = []
    for i in range(L):
        t = toks[2 + 6 * i: 8 + 6 * i]
        layers.append((t[0], int(t[1]), int(t[2]), int(t[3]), int(t[4]), t[5]))
    return n, layers


def input_text(n, layers):
    return '%d %d\n' % (n, len(layers)) + ''.join('%s %d %d %d %d %s\n' % l for l in layers)


def run_ref(text):
    return subprocess.run([REF_BIN], input=text.encode(), stdout=subprocess.PIPE,
                          check=True).stdout.decode().split('\n')[:-1]


def same(expected, got):
    """token-wise, numbers as exact rationals"""
    if len(expected) != len(got):
        return False
    for a, b in zip(expected, got):
        ta, tb = a.split(), b.split()
        if len(ta) != len(tb) or ta[0] != tb[0]:
            return False
        for x, y in zip(ta[1:], tb[1:]):
            if x != y and (x == 'invalid' or y == 'invalid' or Fraction(x) != Fraction(y)):
                return False
    return True


def autograd_field(n, layers, o):
    """(lo, hi) of input pixels with a non-zero gradient of output pixel o"""
    x = torch.ones(1, 1, n, dtype=torch.float64, requires_grad=True)
    y = x
    for _, k, s, p, d, _ in layers:
        y = F.conv1d(y, torch.ones(1, 1, k, dtype=torch.float64), stride=s, padding=p, dilation=d)
    y[0, 0, o].backward()
    nz = torch.nonzero(x.grad[0, 0]).flatten().tolist()
    return nz[0], nz[-1]


def check_field(n, net):
    """(1, agrees) when the field of the middle output pixel of a valid
    floor-mode net lies inside the input, else (0, 0); pixel o's field is
    centred at start + o*j and r wide"""
    exp = solve(n, net)
    if not exp[-1].startswith('rf'):
        return 0, 0
    last = exp[-2].split()
    o, j, r, start = int(last[1]) // 2, int(last[2]), int(last[3]), Fraction(last[4])
    lo, hi = start + o * j - Fraction(r - 1, 2), start + o * j + Fraction(r - 1, 2)
    if lo < 0 or hi > n - 1:
        return 0, 0
    return 1, int(autograd_field(n, net, o) == (lo, hi))


def main():
    subprocess.run(['gcc', '-std=gnu17', '-O2', '-o', REF_BIN,
                    os.path.join(PKG, 'submissions', 'accepted', 'reference.c'), '-lm'], check=True)
    report = ['torch %s' % torch.__version__, '']

    files = sorted(glob.glob(os.path.join(PKG, 'data', 'sample', '*.in')) +
                   glob.glob(os.path.join(PKG, 'data', 'secret', '*.in')))
    agree = 0
    for path in files:
        text = open(path).read()
        n, layers = parse(text)
        expected = solve(n, layers)
        with open(path[:-3] + '.ans', 'w') as f:
            f.write('\n'.join(expected) + '\n')
        ok = same(expected, run_ref(text))
        agree += ok
        report.append('%-50s %s' % (os.path.relpath(path, os.path.join(PKG, 'data'))[:-3],
                                    'agrees' if ok else 'DIFFERS'))
    report.append('')
    report.append('hand-made tests: %d of %d agree with the reference' % (agree, len(files)))
    report.append('layer sizes from torch on hand-made tests: ' +
                  ', '.join('%s %d' % kv for kv in stats.items()))
    for key in stats:
        stats[key] = 0

    rng = random.Random(6)
    agree = nets = fields = field_ok = 0
    for it in range(3000):
        n = rng.randint(1, 80)
        layers = []
        for i in range(rng.randint(1, 6)):
            k = rng.randint(1, 6)
            layers.append(('l%d' % i, k, rng.randint(1, 4), rng.randint(0, 5 if it % 2 else k // 2),
                           rng.randint(1, 3), rng.choice(('floor', 'ceil'))))
        text = input_text(n, layers)
        expected = solve(n, layers)
        nets += 1
        agree += same(expected, run_ref(text))
        # autograd: floor-mode copies of the net whose field lies inside the input
        floor_net = [l[:5] + ('floor',) for l in layers]
        f, ok = check_field(n, floor_net)
        fields += f
        field_ok += ok
    for it in range(600):
        n = rng.randint(100, 400)
        net = []
        for i in range(rng.randint(1, 5)):
            k = rng.randint(1, 5)
            net.append(('g%d' % i, k, rng.randint(1, 3), rng.randint(0, 3), rng.randint(1, 3),
                        'floor'))
        f, ok = check_field(n, net)
        fields += f
        field_ok += ok
    report.append('random sweep: %d networks (n <= 80, L <= 6, k <= 6, s <= 4, p <= 5, d <= 3), '
                  '%d agree with the reference' % (nets, agree))
    report.append('layer sizes from torch in the sweep: ' +
                  ', '.join('%s %d' % kv for kv in stats.items()))
    report.append('autograd receptive field of the middle output pixel (floor-mode conv1d chains, '
                  'field inside the input): '
                  '%d of %d agree with r and start' % (field_ok, fields))

    text = '\n'.join(report) + '\n'
    with open(os.path.join(HERE, 'agreement.txt'), 'w') as f:
        f.write(text)
    sys.stdout.write(text)


if __name__ == '__main__':
    main()
