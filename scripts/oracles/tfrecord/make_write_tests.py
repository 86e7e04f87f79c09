#!/usr/bin/python3
"""Writes the hand-made tests of problems/tfrecord-write and their answers.

Inputs are built here (deterministically); answers come from write_oracle.py
(python3-protobuf deterministic serialization + python3-crc32c framing).
Re-run: /usr/bin/python3 scripts/oracles/tfrecord/make_write_tests.py
"""
import os
import random
import struct
from fractions import Fraction

import tfr
import write_oracle

PKG = os.path.join(tfr.ROOT, 'problems', 'tfrecord-write')
TESTS = []


def test(name, desc, examples):
    """examples: list of lists of (key, kind, [value tokens])."""
    lines = ['examples %d' % len(examples)]
    for feats in examples:
        lines.append('features %d' % len(feats))
        for key, kind, vals in feats:
            lines.append(' '.join([key, kind, str(len(vals))] + [str(v) for v in vals]))
    TESTS.append((name, desc, '\n'.join(lines) + '\n'))


def f32_decimal(bits):
    """The exact decimal expansion of a binary32 value (or a midpoint)."""
    return exact_decimal(Fraction(write_oracle._f32(bits)))


def exact_decimal(q):
    neg = q < 0
    q = abs(q)
    whole, frac = divmod(q, 1)
    digits = ''
    while frac:
        frac *= 10
        d, frac = divmod(frac, 1)
        digits += str(d)
    return ('-' if neg else '') + str(whole) + ('.' + digits if digits else '')


SAMPLES = [
    ('1', [[('score', 'float', ['0.5', '2.25']), ('label', 'int64', ['1']),
            ('tag', 'bytes', ['636174', '-'])]]),
    ('2', [[('ids', 'int64', ['7', '-1', '300']), ('empty', 'float', [])],
           [('name', 'bytes', ['616263'])]]),
]

test('01-no-examples', 'no examples: the output is empty', [])
test('02-empty-bytes-values', 'empty bytes values (-): a zero-length value field 0a 00 each',
     [[('b', 'bytes', ['-', '00', '-']), ('e', 'bytes', ['-'])]])
test('03-empty-lists', 'empty lists of each kind: present as empty list messages '
     '(0a 00, 12 00, 1a 00), and an example holding only an empty list',
     [[('i', 'int64', []), ('f', 'float', []), ('b', 'bytes', [])],
      [('only', 'float', [])]])
test('04-float-rounding', 'decimals rounded to the nearest binary32: 0.1, ties to even '
     'at 2^24 + 1 and + 3, denormals and half the smallest one, the largest values, '
     'signed zeros and underflow',
     [[('f', 'float', ['0.1', '0.2', '1.1', '3.14159265358979', '2.718281828459045',
                       '16777217', '16777219', '1e-45', '7.0065e-46', '7e-46',
                       '1.17549435e-38', '3.4e38', '-3.4e38', '123456789.123', '1e38',
                       '0.3333333333333333', '0', '-0', '-0.0', '-1e-50', '1e-50',
                       '340282346638528859811704183484516925440',
                       '0.000000000000000000000000000000000000000000001',
                       '1.5e+3', '25e-1', '100.0'])]])

# Decimals just off a binary32 midpoint, by far less than half a double ulp:
# through a double they land on the midpoint and then round to even, the
# wrong way; rounded directly they go to the nearer neighbour.
rng = random.Random(2024)
double_rounding = []
while len(double_rounding) < 16:
    e = rng.randrange(-8, 24)
    a = struct.unpack('<I', struct.pack('<f', rng.uniform(1, 2) * 2.0 ** e))[0]
    mid = (Fraction(write_oracle._f32(a)) + Fraction(write_oracle._f32(a + 1))) / 2
    tiny = Fraction(1, 10 ** 45)
    q = mid + tiny if a % 2 == 0 else mid - tiny
    s = exact_decimal(q)
    if rng.random() < 0.5:
        s = '-' + s
    if len(s) > 100:
        continue
    if write_oracle.round_to_f32(s) == struct.unpack('<I', struct.pack('<f', float(s)))[0]:
        continue
    double_rounding.append(s)
test('05-double-rounding', 'decimals within 1e-45 of a binary32 midpoint: rounding '
     'through a double first (strtod then a cast) gives the other neighbour',
     [[('d', 'float', double_rounding)]])
test('06-negative-int64', 'negative int64 values: 10-byte varints, the extremes',
     [[('n', 'int64', ['-1', '-2', '-300', '-2147483648', '-9223372036854775808',
                       '9223372036854775807', '0'])]])
edges = []
for k in range(1, 10):
    edges += [str(2 ** (7 * k) - 1), str(2 ** (7 * k))]
edges = [v for v in edges if int(v) < 2 ** 63] + ['9223372036854775807']
test('07-int64-varint-lengths', 'int64 values at every varint length boundary '
     '(2^7k - 1 and 2^7k), positive and negative',
     [[('p', 'int64', edges), ('q', 'int64', ['-' + v for v in edges])]])
test('08-key-order-case', 'keys sorted by byte: digits, then uppercase, _, lowercase, ~',
     [[(k, 'int64', [str(i)]) for i, k in enumerate(
         ['b', 'B', 'a', 'A', '_', 'Z', 'z', '~', '0', '9', '!', 'aB', 'Ab', 'ab', 'AB'])]])
test('09-key-order-prefix', 'keys that are prefixes of others: the shorter first',
     [[(k, 'bytes', ['%02x' % i]) for i, k in enumerate(
         ['ab', 'a', 'abc', 'a_', 'a-', 'aa', 'a0', 'abcd', 'abb', 'b'])]])
test('10-several-examples', 'six examples, the same keys with other kinds and counts',
     [[('x', 'int64', ['1'])],
      [('x', 'float', ['1.5', '-2']), ('y', 'bytes', ['ff'])],
      [('x', 'bytes', ['-', '00ff']), ('z', 'int64', [])],
      [('y', 'int64', ['-5']), ('x', 'int64', ['5'])],
      [('w', 'float', ['0'])],
      [('v', 'bytes', ['0102030405060708090a'])]])
big = random.Random(7)
test('11-large-values', 'a 40000-byte value and lists of 3000 values: lengths take '
     '3-byte varints at every level',
     [[('blob', 'bytes', [''.join('%02x' % big.randrange(256) for _ in range(40000))]),
       ('ints', 'int64', [str(big.randrange(-2 ** 63, 2 ** 63)) for _ in range(3000)]),
       ('floats', 'float', ['%.6g' % big.uniform(-1e6, 1e6) for _ in range(3000)])]])
test('12-all-byte-values', 'a bytes value holding every byte 00..ff',
     [[('all', 'bytes', [bytes(range(256)).hex(), bytes(range(255, -1, -1)).hex()])]])
keys = ['k%d' % i for i in range(1000)]
random.Random(11).shuffle(keys)
test('13-many-features', '1000 features in one example (the maximum), keys shuffled',
     [[(k, 'int64', [k[1:]]) for k in keys]])
punct = ''.join(chr(c) for c in range(0x21, 0x7f))
test('14-long-keys', '64-byte keys and keys using every printable byte',
     [[(punct[:64], 'int64', ['1']), (punct[-64:], 'int64', ['2']),
       (punct[15:79], 'float', ['3']), ('a' * 64, 'bytes', ['-']), ('a' * 63, 'bytes', ['00'])]])
test('15-long-decimals', 'decimals of 100 characters',
     [[('l', 'float', ['0.' + '1' * 98, '-' + '9' * 38 + '.' + '9' * 60,
                       '1.' + '0' * 97 + '1', '-0.' + '0' * 96 + '1'])]])
test('16-packed-length-boundaries', 'packed payloads of 124, 128 (2-byte length '
     'varint), 127 and 128 bytes of int64 varints',
     [[('f31', 'float', ['1'] * 31), ('f32', 'float', ['2'] * 32),
       ('i127', 'int64', ['1'] * 127), ('i128', 'int64', ['1'] * 128)]])


def write(path, data, mode='w'):
    with open(path, mode) as f:
        f.write(data)


def main():
    for name, examples in SAMPLES:
        test('sample-' + name, None, examples)
    for name, desc, text in TESTS:
        if name.startswith('sample-'):
            base = os.path.join(PKG, 'data', 'sample', name[7:])
        else:
            base = os.path.join(PKG, 'data', 'secret', name)
            write(base + '.desc', desc + '\n')
        write(base + '.in', text)
        write(base + '.ans', write_oracle.answer(text), 'wb')
    print('%d tests written' % len(TESTS))


if __name__ == '__main__':
    main()
