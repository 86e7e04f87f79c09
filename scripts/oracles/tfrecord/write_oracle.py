#!/usr/bin/python3
"""Oracle of tfrecord-write: the expected TFRecord bytes of an input.

Each example is built as a tensorflow.Example with Debian's python3-protobuf
and serialized with SerializeToString(deterministic=True); the record is
framed with masked CRC-32Cs from python3-crc32c. As a check of the problem's
stated rules, the same bytes are also encoded by hand here (map entries
sorted by key bytes, key=1 value=2, packed float and int64 lists, empty lists
present as empty messages) and must be identical.
Decimal floats are rounded to the nearest binary32 exactly (fractions, ties
to even), not through a double (which can round twice).

Usage:
  /usr/bin/python3 write_oracle.py FILE.in...          write FILE.ans beside each
  /usr/bin/python3 write_oracle.py --check FILE.in...  compare with FILE.ans
      byte for byte; prints 'N passed, N failed'
"""
import struct
import sys
from fractions import Fraction

import tfr


def _f32(bits):
    return struct.unpack('<f', struct.pack('<I', bits))[0]


def round_to_f32(text):
    """The binary32 nearest to the decimal text (ties to even), as bits."""
    q = Fraction(text)
    sign = 0x80000000 if text.startswith('-') else 0
    q = abs(q)
    # Largest finite bits whose value <= q (positive floats order as ints).
    lo, hi = 0, 0x7f7fffff
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if Fraction(_f32(mid)) <= q:
            lo = mid
        else:
            hi = mid - 1
    below = lo
    if Fraction(_f32(below)) == q or below == 0x7f7fffff:
        return sign | below
    above = below + 1
    d_below = q - Fraction(_f32(below))
    d_above = Fraction(_f32(above)) - q
    if d_below < d_above or (d_below == d_above and below % 2 == 0):
        return sign | below
    return sign | above


def parse(text):
    """[[(key bytes, kind, [values])...]...] from the input format."""
    tok = text.split()
    i = 0
    assert tok[i] == 'examples'
    n = int(tok[i + 1])
    i += 2
    examples = []
    for _ in range(n):
        assert tok[i] == 'features'
        f = int(tok[i + 1])
        i += 2
        feats = []
        for _ in range(f):
            key, kind, count = tok[i].encode(), tok[i + 1], int(tok[i + 2])
            vals = tok[i + 3:i + 3 + count]
            i += 3 + count
            if kind == 'bytes':
                vals = [b'' if v == '-' else bytes.fromhex(v) for v in vals]
            elif kind == 'float':
                vals = [round_to_f32(v) for v in vals]
            else:
                vals = [int(v) for v in vals]
            feats.append((key, kind, vals))
        examples.append(feats)
    assert i == len(tok)
    return examples


def with_protobuf(feats):
    ex = tfr.example_pb2.Example()
    for key, kind, vals in feats:
        feat = ex.features.feature[key.decode()]
        if kind == 'bytes':
            lst = feat.bytes_list
            lst.value.extend(vals)
        elif kind == 'float':
            lst = feat.float_list
            lst.value.extend(_f32(b) for b in vals)
        else:
            lst = feat.int64_list
            lst.value.extend(vals)
        lst.SetInParent()  # an empty list is still set in the oneof
    return ex.SerializeToString(deterministic=True)


def by_hand(feats):
    from tfr import ld, varint
    entries = []
    for key, kind, vals in sorted(feats, key=lambda f: f[0]):
        if kind == 'bytes':
            lst = ld(1, b''.join(ld(1, v) for v in vals))
        elif kind == 'float':
            lst = ld(2, ld(1, b''.join(struct.pack('<I', b) for b in vals)) if vals else b'')
        else:
            lst = ld(3, ld(1, b''.join(varint(v) for v in vals)) if vals else b'')
        entries.append(ld(1, ld(1, key) + ld(2, lst)))
    return ld(1, b''.join(entries))


def answer(text):
    out = []
    for feats in parse(text):
        data = with_protobuf(feats)
        if data != by_hand(feats):
            raise SystemExit('protobuf and the stated rules disagree on %r' % (feats,))
        out.append(tfr.frame(data))
    return b''.join(out)


def main(argv):
    check = argv[:1] == ['--check']
    if check:
        argv = argv[1:]
    passed = failed = 0
    for path in argv:
        with open(path) as f:
            ans = answer(f.read())
        if check:
            with open(path[:-3] + '.ans', 'rb') as f:
                got = f.read()
            if got == ans:
                passed += 1
            else:
                failed += 1
                k = next((i for i in range(min(len(got), len(ans))) if got[i] != ans[i]),
                         min(len(got), len(ans)))
                print('MISMATCH %s: first difference at byte %d (%d bytes, expected %d)'
                      % (path, k, len(got), len(ans)))
        else:
            with open(path[:-3] + '.ans', 'wb') as f:
                f.write(ans)
    if check:
        print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
