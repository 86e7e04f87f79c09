#!/usr/bin/python3
"""Writes the hand-made inputs of problems/upsample (data/sample/*.in,
data/secret/*.in and their one-line .desc); oracle.py then writes the .ans.

Deterministic (random.Random with fixed seeds, integer arithmetic only).
Re-run:  /usr/bin/python3 scripts/oracles/upsample/make_tests.py
         /usr/bin/python3 scripts/oracles/upsample/oracle.py
"""
import os
import random

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..')
PKG = os.path.join(ROOT, 'problems', 'upsample', 'data')


def fmt(v):
    """v in thousandths -> the shortest decimal text"""
    s = '-' if v < 0 else ''
    a = abs(v)
    if a % 1000 == 0:
        return s + str(a // 1000)
    return s + ('%d.%03d' % (a // 1000, a % 1000)).rstrip('0')


def write(kind, name, header, values, desc=None):
    """header: the header tokens; values: C*H*W numbers in thousandths"""
    toks = header.split()
    c, h, w = int(toks[1]), int(toks[2]), int(toks[3])
    assert len(values) == c * h * w
    lines = [header]
    for r in range(c * h):
        lines.append(' '.join(fmt(v) for v in values[r * w:(r + 1) * w]))
    path = os.path.join(PKG, kind, name)
    with open(path + '.in', 'w') as f:
        f.write('\n'.join(lines) + '\n')
    if desc:
        with open(path + '.desc', 'w') as f:
            f.write(desc + '\n')


def index_values(n):
    """1, 2, ..., n: every output shows which input pixel it came from"""
    return [1000 * (i + 1) for i in range(n)]


def rand_values(n, seed, lo=-1000000, hi=1000000):
    r = random.Random(seed)
    return [r.randint(lo, hi) for _ in range(n)]


def steps(n, seed):
    r = random.Random(seed)
    return [r.choice((-1000000, 1000000)) for _ in range(n)]


def main():
    # samples: small integer inputs, explained in the statement
    write('sample', '1', 'nearest 1 2 3 3 5', [1000, 2000, 3000, 4000, 5000, 6000])
    write('sample', '2', 'nearest-exact 1 2 3 3 5', [1000, 2000, 3000, 4000, 5000, 6000])
    write('sample', '3', 'bilinear 1 2 2 3 4 0', [0, 4000, 8000, 16000])
    write('sample', '4', 'bilinear 1 2 2 3 4 1', [0, 4000, 8000, 16000])
    write('sample', '5', 'bicubic 1 1 4 1 6 0', [0, 0, 10000, 10000])
    write('sample', '6', 'pixel-shuffle 8 1 2 2', index_values(16))
    write('sample', '7', 'pixel-unshuffle 1 2 4 2', index_values(8))

    S = 'secret'
    # nearest: where the single-precision product moves the index
    write(S, '01-nearest-float-2to82-4to122', 'nearest 1 2 4 82 122', index_values(8),
          'nearest: float32 i*scale moves the index (rows 2 -> 82 at i=41, columns 4 -> 122 at i=61)')
    write(S, '02-nearest-float-3to123-6to74', 'nearest 2 3 6 123 74', index_values(36),
          'nearest, C=2: float rounding moves indices (3 -> 123 at i=41 and 82, 6 -> 74 at i=37)')
    write(S, '03-nearest-float-14to46-18to222', 'nearest 1 14 18 46 222', index_values(14 * 18),
          'nearest: float rounding moves indices (14 -> 46 at i=23; 18 -> 222 at i=37, 74, 148, 185)')
    write(S, '04-nearest-exact-float-8to244-2to41', 'nearest-exact 1 8 2 244 41',
          index_values(16),
          'nearest-exact: (i+0.5)*scale rounded to float moves indices (8 -> 244 at i=30, 91, 152, 213; 2 -> 41 at i=20)')
    write(S, '05-nearest-exact-float-6to183-14to287', 'nearest-exact 1 6 14 183 287',
          index_values(84),
          'nearest-exact: float rounding moves indices (6 -> 183 at i=30, 91, 152; 14 -> 287 at i=20, 143, 266)')
    write(S, '06-nearest-same-size', 'nearest 2 5 7 5 7', rand_values(70, 6),
          'nearest with out == in: a copy')
    write(S, '07-nearest-double-size', 'nearest 1 5 7 10 14', index_values(35),
          'nearest with out == 2*in: i >> 1')
    write(S, '08-nearest-downsample', 'nearest 1 9 10 4 3', index_values(90),
          'nearest downsampling 9x10 -> 4x3')
    write(S, '09-nearest-exact-downsample', 'nearest-exact 1 9 10 4 3', index_values(90),
          'nearest-exact downsampling 9x10 -> 4x3 (centres, not left edges)')
    write(S, '10-nearest-out-1', 'nearest 1 5 6 1 1', index_values(30),
          'nearest to a single pixel: the top-left input')
    write(S, '11-nearest-exact-out-1', 'nearest-exact 1 5 6 1 1', index_values(30),
          'nearest-exact to a single pixel: the centre input (2, 3)')
    write(S, '12-nearest-h1-w1', 'nearest 3 1 1 4 3', [1000, -2500, 999999],
          'nearest from a 1x1 image, C=3: constant planes')
    write(S, '13-nearest-nonsquare-c3', 'nearest 3 4 7 11 5', rand_values(84, 13),
          'nearest, C=3, up in H and down in W')

    # bilinear
    v = rand_values(35, 14)
    write(S, '14-bilinear-same-size-a0', 'bilinear 1 5 7 5 7 0', v,
          'bilinear with out == in, align_corners=0: a copy')
    write(S, '15-bilinear-same-size-a1', 'bilinear 1 5 7 5 7 1', v,
          'bilinear with out == in, align_corners=1: a copy')
    v = rand_values(20, 16)
    write(S, '16-bilinear-double-a0', 'bilinear 1 4 5 8 10 0', v,
          'bilinear 2x, align_corners=0 (src clamped at 0 on the first row and column)')
    write(S, '17-bilinear-double-a1', 'bilinear 1 4 5 8 10 1', v,
          'bilinear 2x, align_corners=1: same input as 16, different answer')
    v = rand_values(90, 18)
    write(S, '18-bilinear-downsample-a0', 'bilinear 1 9 10 4 3 0', v,
          'bilinear downsampling 9x10 -> 4x3, align_corners=0')
    write(S, '19-bilinear-downsample-a1', 'bilinear 1 9 10 4 3 1', v,
          'bilinear downsampling 9x10 -> 4x3, align_corners=1')
    v = rand_values(30, 20)
    write(S, '20-bilinear-out-1-a0', 'bilinear 1 5 6 1 1 0', v,
          'bilinear to 1x1, align_corners=0: src = in/2 - 0.5, the mean of the middle')
    write(S, '21-bilinear-out-1-a1', 'bilinear 1 5 6 1 1 1', v,
          'bilinear to 1x1, align_corners=1: src = 0, the top-left input')
    write(S, '22-bilinear-h1-a0', 'bilinear 2 1 5 4 9 0', rand_values(10, 22),
          'bilinear from a single row (H=1), C=2')
    write(S, '23-bilinear-w1-a1', 'bilinear 1 6 1 11 3 1', rand_values(6, 23),
          'bilinear from a single column (W=1), align_corners=1')
    write(S, '24-bilinear-nonsquare-c3-a0', 'bilinear 3 6 20 13 7 0', rand_values(360, 24),
          'bilinear, C=3, up in H (6 -> 13) and down in W (20 -> 7), align_corners=0')
    write(S, '25-bilinear-nonsquare-c3-a1', 'bilinear 3 6 20 13 7 1', rand_values(360, 24),
          'bilinear, C=3, up in H and down in W, align_corners=1')
    write(S, '26-bilinear-extremes', 'bilinear 1 3 3 7 8 0', steps(9, 26),
          'bilinear on values +-1000: stays within the input range')

    # bicubic
    v = rand_values(35, 27)
    write(S, '27-bicubic-same-size-a0', 'bicubic 1 5 7 5 7 0', v,
          'bicubic with out == in: t = 0, a copy')
    write(S, '28-bicubic-same-size-a1', 'bicubic 1 5 7 5 7 1', v,
          'bicubic with out == in, align_corners=1: a copy')
    v = steps(48, 29)
    write(S, '29-bicubic-overshoot-a0', 'bicubic 1 6 8 13 17 0', v,
          'bicubic on +-1000 steps overshoots beyond [-1000, 1000], align_corners=0')
    write(S, '30-bicubic-overshoot-a1', 'bicubic 1 6 8 13 17 1', v,
          'bicubic on +-1000 steps overshoots beyond [-1000, 1000], align_corners=1')
    v = rand_values(16, 31)
    write(S, '31-bicubic-edge-clamp-a0', 'bicubic 1 4 4 9 11 0', v,
          'bicubic 4x4 -> 9x11, align_corners=0: negative src (no clamp at 0), taps clamped to the edge')
    write(S, '32-bicubic-edge-clamp-a1', 'bicubic 1 3 3 8 8 1', rand_values(9, 32),
          'bicubic 3x3 -> 8x8, align_corners=1: taps -1 and +2 clamped to the edge')
    v = rand_values(132, 33)
    write(S, '33-bicubic-downsample-a0', 'bicubic 1 12 11 5 4 0', v,
          'bicubic downsampling 12x11 -> 5x4, align_corners=0')
    write(S, '34-bicubic-downsample-a1', 'bicubic 1 12 11 5 4 1', v,
          'bicubic downsampling 12x11 -> 5x4, align_corners=1')
    v = rand_values(30, 35)
    write(S, '35-bicubic-out-1-a0', 'bicubic 1 5 6 1 1 0', v,
          'bicubic to 1x1, align_corners=0: src = 2 and 2.5')
    write(S, '36-bicubic-out-1-a1', 'bicubic 1 5 6 1 1 1', v,
          'bicubic to 1x1, align_corners=1: src = 0, the top-left input')
    write(S, '37-bicubic-1x1', 'bicubic 2 1 1 5 6 0', [-1000000, 123456],
          'bicubic from 1x1 images: every tap clamps to the one pixel')
    write(S, '38-bicubic-h1-a1', 'bicubic 1 1 7 3 15 1', rand_values(7, 38),
          'bicubic from a single row (H=1), align_corners=1')
    write(S, '39-bicubic-nonsquare-c2-a0', 'bicubic 2 6 20 13 7 0', rand_values(240, 39),
          'bicubic, C=2, up in H (6 -> 13) and down in W (20 -> 7), align_corners=0')
    write(S, '40-bicubic-smooth-up-a0', 'bicubic 1 8 8 21 19 0',
          [round(1000000 * (((x + 2 * y) % 16) / 8 - 1)) for y in range(8) for x in range(8)],
          'bicubic 8x8 -> 21x19 on a ramp pattern, align_corners=0')

    # pixel shuffle / unshuffle
    write(S, '41-pixel-shuffle-r1', 'pixel-shuffle 3 2 4 1', index_values(24),
          'pixel-shuffle with R=1: a copy')
    write(S, '42-pixel-shuffle-r2-c3', 'pixel-shuffle 12 2 3 2', index_values(72),
          'pixel-shuffle R=2 to 3 channels: channel order c*R*R + i*R + j (not depth_to_space)')
    write(S, '43-pixel-shuffle-r3-c2', 'pixel-shuffle 18 2 1 3', index_values(36),
          'pixel-shuffle R=3 to 2 channels, W=1')
    write(S, '44-pixel-unshuffle-r1', 'pixel-unshuffle 2 3 5 1', index_values(30),
          'pixel-unshuffle with R=1: a copy')
    write(S, '45-pixel-unshuffle-r2-c3', 'pixel-unshuffle 3 4 6 2', index_values(72),
          'pixel-unshuffle R=2 from 3 channels: channel c*R*R + i*R + j')
    write(S, '46-pixel-unshuffle-r3-nonsquare', 'pixel-unshuffle 2 6 3 3', index_values(36),
          'pixel-unshuffle R=3 from a 6x3 image with 2 channels')
    write(S, '47-pixel-shuffle-to-1-channel', 'pixel-shuffle 4 1 1 2', index_values(4),
          'pixel-shuffle of a 4x1x1 tensor into one 2x2 image')


if __name__ == '__main__':
    main()
