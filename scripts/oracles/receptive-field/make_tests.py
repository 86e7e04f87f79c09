#!/usr/bin/python3
"""Writes the hand-made inputs of problems/receptive-field (data/sample/*.in,
data/secret/*.in and their one-line .desc); oracle.py then writes the .ans.

Layers are tuples (name, k, s, p, d, mode). Deterministic.
Re-run:  /usr/bin/python3 scripts/oracles/receptive-field/make_tests.py
         /usr/bin/python3 scripts/oracles/receptive-field/oracle.py
"""
import os
import random

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..')
PKG = os.path.join(ROOT, 'problems', 'receptive-field', 'data')


def write(kind, name, n, layers, desc=None):
    path = os.path.join(PKG, kind, name)
    with open(path + '.in', 'w') as f:
        f.write('%d %d\n' % (n, len(layers)))
        for layer in layers:
            f.write('%s %d %d %d %d %s\n' % layer)
    if desc:
        with open(path + '.desc', 'w') as f:
            f.write(desc + '\n')


def vgg16():
    """VGG-16's feature extractor along one axis (224 pixels)"""
    layers = []
    for block, convs in enumerate((2, 2, 3, 3, 3), 1):
        for c in range(1, convs + 1):
            layers.append(('conv%d_%d' % (block, c), 3, 1, 1, 1, 'floor'))
        layers.append(('pool%d' % block, 2, 2, 0, 1, 'floor'))
    return layers


def resnet50_stem_and_stages(mode):
    """ResNet-50 along one axis: the stem, then the strided 3x3 of each stage"""
    layers = [('conv1', 7, 2, 3, 1, 'floor'), ('maxpool', 3, 2, 1, 1, mode)]
    for stage, blocks in enumerate((3, 4, 6, 3), 2):
        for b in range(blocks):
            s = 2 if b == 0 and stage > 2 else 1
            layers.append(('res%d_%d' % (stage, b), 3, s, 1, 1, 'floor'))
    return layers


def main():
    S = 'secret'
    write('sample', '1', 11, [('conv1', 3, 1, 1, 1, 'floor'), ('pool1', 2, 2, 0, 1, 'ceil'),
                              ('conv2', 3, 1, 2, 2, 'floor')])
    write('sample', '2', 5, [('pool', 2, 2, 1, 1, 'ceil'), ('conv', 3, 1, 0, 1, 'floor'),
                             ('fc', 2, 1, 0, 1, 'floor')])

    write(S, '01-ceil-last-window-dropped', 5, [('pool', 2, 2, 1, 1, 'ceil')],
          'ceil: (n_out-1)*s >= n + p drops the window that would start in the right padding (5 -> 3)')
    write(S, '02-ceil-last-window-dropped-chain', 9,
          [('p1', 2, 2, 1, 1, 'ceil'), ('p2', 2, 2, 1, 1, 'ceil'), ('p3', 4, 4, 2, 1, 'ceil'),
           ('p4', 3, 3, 1, 1, 'ceil'), ('p5', 2, 2, 1, 1, 'ceil')],
          'ceil pools where the last-window rule fires (p1, p2, p4, p5) and where it does not (p3)')
    write(S, '03-ceil-kept-window', 11, [('pool', 2, 2, 0, 1, 'ceil'), ('pool2', 3, 2, 0, 1, 'ceil')],
          'ceil keeps a partial last window that starts inside the input (11 -> 6 -> 3)')
    write(S, '04-ceil-equals-floor', 16, [('pool', 2, 2, 0, 1, 'ceil'), ('pool2', 3, 1, 0, 1, 'ceil')],
          'ceil where the division is exact: the same as floor')
    write(S, '05-resnet50-floor', 224, resnet50_stem_and_stages('floor'),
          'ResNet-50 along one axis, 224 pixels, max pool in floor mode')
    write(S, '06-resnet50-ceil-odd', 225, resnet50_stem_and_stages('ceil'),
          'ResNet-50 along one axis, 225 pixels, max pool in ceil mode: ceil and floor differ')
    write(S, '07-floor-odd-pools', 225, [('p%d' % i, 2, 2, 0, 1, 'floor') for i in range(1, 8)],
          'floor pools on odd sizes: 225 -> 112 -> 56 -> ... -> 1')
    write(S, '08-ceil-odd-pools', 225, [('p%d' % i, 2, 2, 0, 1, 'ceil') for i in range(1, 9)],
          'the same pools in ceil mode: 225 -> 113 -> 57 -> 29 -> 15 -> 8 -> 4 -> 2 -> 1')
    write(S, '09-dilation-wavenet', 2000,
          [('dil%d' % (2 ** i), 2, 1, 0, 2 ** i, 'floor') for i in range(10)],
          'dilated k=2 convolutions with d = 1, 2, ..., 512 (WaveNet): r = 1024')
    write(S, '10-dilation-mixed', 64,
          [('a', 3, 1, 2, 2, 'floor'), ('b', 3, 2, 0, 3, 'floor'), ('c', 5, 1, 4, 2, 'floor'),
           ('pool', 2, 2, 1, 2, 'ceil'), ('d', 3, 1, 0, 5, 'floor')],
          'dilation in convolutions and in a ceil-mode pool (k\' = d(k-1)+1)')
    write(S, '11-dilation-makes-invalid', 9,
          [('ok', 3, 1, 0, 2, 'floor'), ('big', 3, 1, 0, 3, 'floor'), ('after', 1, 1, 0, 1, 'floor')],
          'a dilated kernel (k\' = 7) larger than the 5 remaining pixels: invalid')
    write(S, '12-padding-larger-than-half-kernel', 10,
          [('c1', 3, 1, 5, 1, 'floor'), ('c2', 1, 1, 3, 1, 'floor'), ('c3', 2, 3, 4, 1, 'floor'),
           ('pool', 2, 2, 3, 1, 'ceil')],
          'padding above k/2 (p = 5 with k = 3, p = 3 with k = 1, a ceil pool with p = 3 > k/2)')
    write(S, '13-padding-not-same', 20,
          [('c1', 5, 1, 0, 1, 'floor'), ('c2', 3, 2, 0, 1, 'floor'), ('c3', 4, 1, 3, 1, 'floor'),
           ('c4', 3, 1, 0, 2, 'floor')],
          'padding other than the "same" padding (k\'-1)/2: 0 with k = 5, 3 with k = 4')
    write(S, '14-invalid-first-layer', 2, [('big', 5, 1, 0, 1, 'floor'), ('next', 1, 1, 0, 1, 'floor')],
          'the first layer is invalid: only "big invalid", no rf line')
    write(S, '15-invalid-middle', 40,
          [('c1', 3, 2, 0, 1, 'floor'), ('c2', 3, 2, 0, 1, 'floor'), ('c3', 3, 2, 0, 1, 'floor'),
           ('c4', 3, 2, 0, 1, 'floor'), ('c5', 3, 2, 0, 1, 'floor'), ('c6', 3, 1, 1, 1, 'floor')],
          'sizes 40 -> 19 -> 9 -> 4 -> 1, then c5 (k = 3 on 1 pixel) is invalid and c6 is not computed')
    write(S, '16-invalid-ceil', 3,
          [('p', 3, 1, 0, 1, 'ceil'), ('q', 4, 2, 0, 1, 'ceil')],
          'ceil: n + 2p - k\' = -3 <= -s gives ceil(-3/2) + 1 = 0: invalid')
    write(S, '17-ceil-window-wider-than-input', 2,
          [('p', 3, 2, 0, 1, 'ceil'), ('q', 5, 4, 1, 1, 'ceil')],
          'ceil: a window wider than the padded input still gives 1 output (n + 2p - k\' = -1 > -s)')
    write(S, '18-single-layer', 7, [('only', 3, 2, 1, 1, 'floor')], 'L = 1')
    write(S, '19-single-identity', 1, [('id', 1, 1, 0, 1, 'floor')],
          'L = 1, n = 1, an identity layer: 1 1 1 0 and rf 1')
    write(S, '20-single-invalid', 1, [('x', 2, 1, 0, 1, 'ceil')],
          'L = 1 and invalid (2-wide kernel on 1 pixel, ceil): no rf line')
    write(S, '21-half-integer-starts', 50,
          [('e2p1', 2, 1, 1, 1, 'floor'), ('e4p3', 4, 1, 3, 1, 'floor'), ('e2s3', 2, 3, 0, 1, 'floor'),
           ('e6p1', 6, 1, 1, 1, 'floor'), ('e2p2', 2, 1, 2, 1, 'floor'), ('o3', 3, 1, 1, 1, 'floor')],
          'even kernels: starts -0.5, -2, -1.5, 3, -1.5, -1.5 (half-integers, negative ones too)')
    write(S, '22-negative-start', 30,
          [('c', 1, 1, 4, 1, 'floor'), ('d', 3, 2, 5, 1, 'floor'), ('e', 2, 1, 3, 1, 'floor')],
          'large paddings put the centre of the first output in the padding: negative start')
    write(S, '23-stride-larger-than-kernel', 100,
          [('s5', 2, 5, 0, 1, 'floor'), ('s3', 1, 3, 0, 1, 'floor'), ('c', 3, 1, 1, 1, 'floor')],
          'strides larger than the kernel skip pixels: j grows faster than r')
    write(S, '24-huge-n', 1000000000,
          [('c1', 7, 2, 3, 1, 'floor'), ('p1', 3, 2, 1, 1, 'ceil'), ('c2', 1000, 1000, 0, 1, 'floor'),
           ('c3', 5, 1, 0, 10000, 'floor'), ('p2', 2, 2, 0, 1, 'ceil')],
          'n = 10^9, large kernels, strides and dilations')
    write(S, '25-huge-params', 1000000000,
          [('k', 1000000000, 1000000000, 1000000000, 1, 'floor'),
           ('d', 2, 1, 1000000000, 1000000000, 'ceil'),
           ('s', 1, 1000000000, 0, 1000000000, 'floor')],
          'k, s, p, d at 10^9: k\' = 10^9 + 1, n_out = 10^9 + 3, r = 10^18 + 10^9')
    # near the 64-bit limits: j = 10^18 after two layers padded by 10^9
    big = [('up1', 1, 1000000000, 1000000000, 1, 'floor'),
           ('up2', 1, 1000000000, 1000000000, 1, 'floor')]
    write(S, '26-r-near-2^63', 1000000000,
          big + [('wide', 10, 1, 4, 1, 'floor')],
          'j = 10^18, then r = 9*10^18 + 1 (2^63 = 9.22*10^18): 64-bit arithmetic needed')
    write(S, '27-j-near-2^63', 1000000000,
          big + [('s9', 1, 9, 0, 1, 'floor'), ('id', 1, 1, 0, 1, 'floor')],
          'j = 9*10^18 after strides 10^9, 10^9, 9')
    odd = [('up1', 1, 999999999, 1000000000, 1, 'floor'),
           ('up2', 1, 999999999, 1000000000, 1, 'floor')]
    write(S, '28-start-near-minus-2^62', 1000000000,
          odd + [('pad', 1, 1, 3, 1, 'floor'), ('half', 2, 1, 0, 1, 'floor')],
          'odd j near 10^18: start near -4*10^18, then the half-integer -3.5*10^18 (2*start fits 64 bits)')
    write(S, '29-ceil-vs-floor-same-net-floor', 1000,
          [('c', 3, 2, 1, 1, 'floor'), ('p', 3, 2, 0, 1, 'floor'), ('c2', 3, 2, 1, 1, 'floor'),
           ('p2', 2, 2, 0, 1, 'floor')],
          'a net in floor mode (compare 30)')
    write(S, '30-ceil-vs-floor-same-net-ceil', 1000,
          [('c', 3, 2, 1, 1, 'ceil'), ('p', 3, 2, 0, 1, 'ceil'), ('c2', 3, 2, 1, 1, 'ceil'),
           ('p2', 2, 2, 0, 1, 'ceil')],
          'the net of 29 in ceil mode: sizes 501, 250, 126, 63 instead of 500, 249, 125, 62')
    write(S, '31-vgg16', 224, vgg16(), 'VGG-16 features along one axis: rf 212, j 32')
    r = random.Random(32)
    layers = []
    for i in range(40):
        k = r.randint(1, 5)
        layers.append(('L%d' % i, k, r.choice((1, 1, 2)), r.randint(0, k), r.randint(1, 3),
                       r.choice(('floor', 'ceil'))))
    write(S, '32-random-small-chain', 100000, layers,
          '40 random small layers (floor and ceil, dilation, padding) on 10^5 pixels')
    write(S, '33-names', 8,
          [('Conv_1-a', 3, 1, 1, 1, 'floor'), ('x', 1, 1, 0, 1, 'floor'), ('x', 1, 1, 0, 1, 'ceil'),
           ('ABCDEFGHIJ0123456789', 2, 2, 0, 1, 'ceil')],
          'names with capitals, digits, - and _, a repeated name, 20 characters')


if __name__ == '__main__':
    main()
