#!/usr/bin/python3
"""Round trip of the two TFRecord packages: tfrecord-write inputs go through a
writer, the bytes through a reader, and the reader's lines must give back
the input (keys sorted, kinds, counts, bytes exactly, floats as the same
binary32 bits as the correctly rounded decimal).
Usage: /usr/bin/python3 roundtrip.py WRITER READER FILE.in...
Prints 'N passed, N failed'.
"""
import struct
import subprocess
import sys

import write_oracle


def main(writer, reader, paths):
    ok = bad = 0
    for path in paths:
        with open(path) as f:
            text = f.read()
        data = subprocess.run([writer], input=text.encode(), capture_output=True).stdout
        lines = subprocess.run([reader], input=data, capture_output=True).stdout.decode()
        got = [l.split() for l in lines.split('\n') if l]
        want = []
        for i, feats in enumerate(write_oracle.parse(text)):
            want.append(None)
            for key, kind, vals in sorted(feats):
                want.append((key.decode(), kind, vals))
        good = len(got) == len(want)
        for w, t in zip(want, got):
            if w is None:
                good = good and t[0] == 'record' and t[-1] == 'ok'
                continue
            key, kind, vals = w
            if t[:3] != [key, kind, str(len(vals))]:
                good = False
            elif kind == 'float':
                bits = [struct.unpack('<I', struct.pack('<f', float(x)))[0] for x in t[3:]]
                good = good and bits == vals
            elif kind == 'bytes':
                good = good and t[3:] == [v.hex() if v else '-' for v in vals]
            else:
                good = good and t[3:] == [str(v) for v in vals]
        if good:
            ok += 1
        else:
            bad += 1
            print('ROUND TRIP FAILED: %s' % path)
    print('%d passed, %d failed' % (ok, bad))
    return 1 if bad else 0


if __name__ == '__main__':
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3:]))
