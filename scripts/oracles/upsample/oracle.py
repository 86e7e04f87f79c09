#!/usr/bin/python3
"""Oracle for problems/upsample: PyTorch 1.13 (Debian's python3-torch).

1. Writes data/{sample,secret}/*.ans for every hand-made .in from PyTorch,
   float64 tensors of shape (1, C, H, W):
   - nearest / nearest-exact: F.interpolate(x, size=(OH, OW), mode=...) on
     a float32 tensor of the same shape holding the flat indices 0, 1, ...
     (exact in float32), which picks the source pixels; the float64 values
     are gathered with them. Why float32: in torch 1.13 a float64 tensor
     with C = 1 takes the channels-last kernel (nearest_idx: float scale,
     the statement's rule), but with C > 1 it takes the generic kernel,
     whose scale and product are double (e.g. C=2, 6 -> 74: index 37 picks
     3, not the statement's 2). The float32 tensor follows the statement's
     single-precision rule on both kernels; the report below counts where
     plain float64 F.interpolate picks other pixels.
   - bilinear / bicubic, align_corners=1: F.interpolate(..., align_corners=True);
     the scale (in-1)/(out-1) is a double, as the statement says.
   - bilinear / bicubic, align_corners=0: the statement's scale is the
     single-precision (float)in/(float)out with everything else in double.
     F.interpolate(size=) on float64 computes in/out in double instead, and
     on float32 computes everything in float; neither is the statement's
     rule, and the difference reaches 1e-3 on ordinary inputs. So the oracle
     calls the same ATen kernel (torch._C._nn.upsample_{bilinear,bicubic}2d)
     with scales = 1/scale_f32, which the kernel turns back into scale_f32
     (1.0/(1.0/s), exact to 1 ulp of a double). The report below also gives
     the distance to plain F.interpolate(size=) for reference.
   - pixel-shuffle / pixel-unshuffle: F.pixel_shuffle / F.pixel_unshuffle.
   One difference remains, on generated bicubic tests only: torch 1.13's
   bicubic kernel takes the first tap as floorf(src), i.e. it rounds the
   double coordinate to float before the floor. For src in the millions
   (a 4*10^6-wide row, secret/66) float spacing is 0.25-0.5, the floor is
   off by one and t leaves [0, 1), so torch evaluates the neighbouring
   cubic piece. The statement (and the catalogue) say floor(src); the
   report shows that a numpy model of torch's rule reproduces torch to
   1e-12 and a numpy model of the statement's rule reproduces the reference.
2. Compares the C reference (submissions/accepted/perpixel.c built with
   -DFULL_PRECISION, printing %.17g) with these answers; sweeps nearest and
   nearest-exact index choice over every in 1..16 x out 1..130 (both axes),
   and the other modes over random small sizes; runs the generator on every
   line of gen.txt and compares there too; writes agreement.txt.

Re-run:  /usr/bin/python3 scripts/oracles/upsample/make_tests.py
         /usr/bin/python3 scripts/oracles/upsample/oracle.py
"""
import glob
import os
import random
import subprocess
import sys

import numpy as np
import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
PKG = os.path.join(ROOT, 'problems', 'upsample')
REF_SRC = os.path.join(PKG, 'submissions', 'accepted', 'perpixel.c')
REF_BIN = '/tmp/upsample-oracle-ref'
GEN_BIN = '/tmp/upsample-oracle-gen'


def parse(text):
    toks = text.split('\n', 1)[0].split()
    mode = toks[0]
    nh = {'nearest': 5, 'nearest-exact': 5, 'bilinear': 6, 'bicubic': 6,
          'pixel-shuffle': 4, 'pixel-unshuffle': 4}[mode]
    hdr = [int(t) for t in toks[1:1 + nh]]
    c, h, w = hdr[:3]
    body = text.split('\n', 1)[1]
    vals = np.array(body.split(), dtype=np.float64)
    assert vals.size == c * h * w
    return mode, hdr, torch.from_numpy(vals.reshape(1, c, h, w))


def f32_scale(n_in, n_out):
    return float(np.float32(n_in) / np.float32(n_out))


def torch_answer(mode, hdr, x, plain=False):
    """the answer per the statement; plain=True: F.interpolate(size=) as is"""
    if mode == 'pixel-shuffle':
        return F.pixel_shuffle(x, hdr[3])[0]
    if mode == 'pixel-unshuffle':
        return F.pixel_unshuffle(x, hdr[3])[0]
    c, h, w, oh, ow = hdr[:5]
    if mode in ('nearest', 'nearest-exact'):
        if plain:
            return F.interpolate(x, size=(oh, ow), mode=mode)[0]
        # pick the indices on float32 (exact integers up to 2^24 > 4*10^6)
        # and gather the float64 values with them
        idx = torch.arange(c * h * w, dtype=torch.float32).reshape(1, c, h, w)
        picked = F.interpolate(idx, size=(oh, ow), mode=mode)[0].long()
        return x.reshape(-1)[picked.reshape(-1)].reshape(c, oh, ow)
    align = bool(hdr[5])
    if align or plain:
        return F.interpolate(x, size=(oh, ow), mode=mode, align_corners=align)[0]
    op = torch._C._nn.upsample_bilinear2d if mode == 'bilinear' else torch._C._nn.upsample_bicubic2d
    return op(x, [oh, ow], False, 1.0 / f32_scale(h, oh), 1.0 / f32_scale(w, ow))[0]


def cubic_rule(x, hdr, float_floor):
    """bicubic in numpy, separable; float_floor=True floors the coordinate
    rounded to float32 first (what torch 1.13's kernel does, floorf(src)),
    False floors the double coordinate (the statement's rule)"""
    a = -0.75
    c1 = lambda d: ((a + 2) * d - (a + 3)) * d * d + 1
    c2 = lambda d: ((a * d - 5 * a) * d + 8 * a) * d - 4 * a
    y = x[0].numpy()
    for axis, (n_in, n_out) in ((2, (hdr[2], hdr[4])), (1, (hdr[1], hdr[3]))):
        i = np.arange(n_out, dtype=np.float64)
        if hdr[5]:
            src = i * ((n_in - 1) / (n_out - 1)) if n_out > 1 else 0 * i
        else:
            src = f32_scale(n_in, n_out) * (i + 0.5) - 0.5
        f = np.floor(src.astype(np.float32)).astype(np.float64) if float_floor else np.floor(src)
        t = src - f
        w = [c2(t + 1), c1(t), c1(1 - t), c2(2 - t)]
        shape = [1, 1, 1]
        shape[axis] = n_out
        y = sum(w[k].reshape(shape) *
                np.take(y, np.clip(f.astype(np.int64) - 1 + k, 0, n_in - 1), axis=axis)
                for k in range(4))
    return y


def fmt(v):
    s = '%.9f' % v
    s = s.rstrip('0').rstrip('.')
    return '0' if s in ('-0', '') else s


def answer_text(y):
    c, h, w = y.shape
    rows = [' '.join(fmt(v) for v in row) for row in y.reshape(c * h, w).tolist()]
    return '%d %d %d\n' % (c, h, w) + '\n'.join(rows) + '\n'


def run_ref(text):
    out = subprocess.run([REF_BIN], input=text.encode(), stdout=subprocess.PIPE, check=True).stdout
    head, body = out.split(b'\n', 1)
    return [int(t) for t in head.split()], np.array(body.split(), dtype=np.float64)


def input_text(mode, hdr, vals):
    c, h, w = hdr[:3]
    rows = [' '.join(fmt(v) for v in vals[r * w:(r + 1) * w]) for r in range(c * h)]
    return mode + ' ' + ' '.join(map(str, hdr)) + '\n' + '\n'.join(rows) + '\n'


def compare(text, mode, hdr, x):
    y = torch_answer(mode, hdr, x)
    shape, got = run_ref(text)
    assert shape == list(y.shape), (shape, y.shape)
    return float(np.max(np.abs(got - y.reshape(-1).numpy()))) if got.size else 0.0


def main():
    subprocess.run(['gcc', '-std=gnu17', '-O2', '-DFULL_PRECISION', '-o', REF_BIN, REF_SRC, '-lm'],
                   check=True)
    report = ['torch %s, numpy %s' % (torch.__version__, np.__version__), '']

    # 1. hand-made tests
    worst = 0.0
    worst_plain = {}
    f64_index_mismatch = 0
    files = sorted(glob.glob(os.path.join(PKG, 'data', 'sample', '*.in')) +
                   glob.glob(os.path.join(PKG, 'data', 'secret', '*.in')))
    for path in files:
        text = open(path).read()
        mode, hdr, x = parse(text)
        y = torch_answer(mode, hdr, x)
        with open(path[:-3] + '.ans', 'w') as f:
            f.write(answer_text(y))
        d = compare(text, mode, hdr, x)
        worst = max(worst, d)
        name = os.path.relpath(path, os.path.join(PKG, 'data'))[:-3]
        if mode in ('nearest', 'nearest-exact'):
            yp = torch_answer(mode, hdr, x, plain=True)
            f64_index_mismatch += int(not torch.equal(yp, y))
        if mode in ('bilinear', 'bicubic') and hdr[5] == 0:
            yp = torch_answer(mode, hdr, x, plain=True)
            worst_plain[name] = float((yp - y).abs().max())
        report.append('%-45s reference - torch: max abs diff %.3g' % (name, d))
    report.append('')
    report.append('hand-made tests: %d, max abs diff reference - torch %.3g' % (len(files), worst))
    report.append('nearest/nearest-exact tests where plain float64 F.interpolate picks other '
                  'pixels than the statement (and float32): %d' % f64_index_mismatch)
    if worst_plain:
        k = max(worst_plain, key=worst_plain.get)
        report.append('align_corners=0 tests: F.interpolate(size=) float64 (double scale) differs '
                      'from the statement by up to %.3g (%s)' % (worst_plain[k], k))

    # 2. nearest index sweep: every in 1..16 x out 1..130 on both axes
    for mode in ('nearest', 'nearest-exact'):
        bad = bad64 = bad64c2 = bad32c2 = 0
        n = 0
        for n_in in range(1, 17):
            for n_out in range(1, 131):
                hdr = [1, n_in, n_in, n_out, n_out]
                vals = np.arange(n_in * n_in, dtype=np.float64)
                x = torch.from_numpy(vals.reshape(1, 1, n_in, n_in))
                y = torch_answer(mode, hdr, x)
                yp = torch_answer(mode, hdr, x, plain=True)
                x2 = torch.cat([x, x], 1)
                yp2 = torch_answer(mode, [2] + hdr[1:], x2, plain=True)[:1]
                bad64 += int(not torch.equal(yp, y))
                bad64c2 += int(not torch.equal(yp2, y))
                y2 = torch_answer(mode, [2] + hdr[1:], x2)[:1]
                bad32c2 += int(not torch.equal(y2, y))
                shape, got = run_ref(input_text(mode, hdr, vals))
                bad += int(not np.array_equal(got, y.reshape(-1).numpy()))
                n += 1
        report.append('%s sweep in 1..16 x out 1..130 (rows and columns): %d configurations, '
                      '%d differ from the reference; float32 torch with C=2 (generic kernel) '
                      'differs on %d; plain float64 F.interpolate differs on %d with C=1 and '
                      'on %d with C=2' % (mode, n, bad, bad32c2, bad64, bad64c2))

    # 3. random sweep of every mode on small sizes
    rng = random.Random(12)
    worst = {}
    count = {}
    for it in range(600):
        mode = ['nearest', 'nearest-exact', 'bilinear', 'bicubic',
                'pixel-shuffle', 'pixel-unshuffle'][it % 6]
        c, h, w = rng.randint(1, 3), rng.randint(1, 24), rng.randint(1, 24)
        if mode == 'pixel-shuffle':
            r = rng.randint(1, 3)
            c *= r * r
            hdr = [c, h, w, r]
        elif mode == 'pixel-unshuffle':
            r = rng.randint(1, 3)
            h, w = h * r, w * r
            hdr = [c, h, w, r]
        else:
            hdr = [c, h, w, rng.randint(1, 60), rng.randint(1, 60)]
            if mode in ('bilinear', 'bicubic'):
                hdr.append(it // 6 % 2)
        vals = [rng.randint(-1000000, 1000000) / 1000 for _ in range(c * h * w)]
        x = torch.tensor(vals, dtype=torch.float64).reshape(1, c, h, w)
        key = mode + ('' if len(hdr) < 6 else ' align_corners=%d' % hdr[5])
        d = compare(input_text(mode, hdr, vals), mode, hdr, x)
        worst[key] = max(worst.get(key, 0.0), d)
        count[key] = count.get(key, 0) + 1
    for key in sorted(worst):
        report.append('random sweep %-26s %3d configurations, max abs diff reference - torch %.3g'
                      % (key, count[key], worst[key]))

    # 4. the generated tests of gen.txt (answers written by the reference)
    subprocess.run(['gcc', '-std=gnu17', '-O2', '-o', GEN_BIN,
                    os.path.join(PKG, 'generator', 'gen.c'), '-lm'], check=True)
    for line in open(os.path.join(PKG, 'data', 'secret', 'gen.txt')):
        if not line.strip() or line.startswith('#'):
            continue
        name, _, *args = line.split()
        text = subprocess.run([GEN_BIN] + args, stdout=subprocess.PIPE, check=True).stdout.decode()
        mode, hdr, x = parse(text)
        d = compare(text, mode, hdr, x)
        report.append('generated %-32s max abs diff reference - torch %.3g' % (name, d))
        if mode == 'bicubic' and d > 1e-6:
            y = torch_answer(mode, hdr, x).numpy()
            _, got = run_ref(text)
            report.append('  explained: torch - numpy bicubic with floor((float)src) %.3g; '
                          'reference - numpy bicubic with floor(src) %.3g'
                          % (np.abs(y - cubic_rule(x, hdr, True)).max(),
                             np.abs(got - cubic_rule(x, hdr, False).reshape(-1)).max()))

    text = '\n'.join(report) + '\n'
    with open(os.path.join(HERE, 'agreement.txt'), 'w') as f:
        f.write(text)
    sys.stdout.write(text)


if __name__ == '__main__':
    main()
