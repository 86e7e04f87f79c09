#!/usr/bin/python3
"""Differential fuzzing of a tfrecord-read solution against read_oracle.py.

Files come from the package's generator (random modes), then 0..3 random
byte edits (change, delete, insert, flip a bit) are made in each record's
data and its CRCs recomputed, so nearly every record reaches the Example
parser: most become invalid in some way, many stay valid.
Usage (binaries compiled like the judge does):
  /usr/bin/python3 fuzz_read.py READER GEN SEED COUNT
Prints the mismatches (writing fail-N.in to the current directory) and
'N files, N mismatches, outcomes {...}'. Exit 1 on any mismatch.
"""
import random
import struct
import subprocess
import sys

import read_oracle
import tfr


def main(reader, gen, seed, count):
    rng = random.Random(seed)
    bad = 0
    outcomes = {}
    for it in range(count):
        mode = rng.choice(['weird', 'mixed', 'corrupt', 'ints', 'floats'])
        base = subprocess.run([gen, str(rng.randrange(10 ** 9)), '3000', mode],
                              capture_output=True, check=True).stdout
        recs, off = [], 0
        while off + 16 <= len(base):
            (n,) = struct.unpack('<Q', base[off:off + 8])
            if off + 16 + n > len(base):
                break
            p = bytearray(base[off + 12:off + 12 + n])
            for _ in range(rng.randrange(4)):
                if not p:
                    break
                r, i = rng.random(), rng.randrange(len(p))
                if r < 0.5:
                    p[i] = rng.randrange(256)
                elif r < 0.7:
                    del p[i]
                elif r < 0.9:
                    p.insert(i, rng.randrange(256))
                else:
                    p[i] ^= 1 << rng.randrange(8)
            recs.append(tfr.frame(bytes(p)))
            off += 16 + n
        data = b''.join(recs)
        want = read_oracle.answer(data)
        got = subprocess.run([reader], input=data, capture_output=True).stdout
        for line in want.split(b'\n'):
            if line.startswith(b'record'):
                k = line.split()[-1].decode()
                outcomes[k] = outcomes.get(k, 0) + 1
        why = read_oracle.same(want, got)
        if why:
            bad += 1
            with open('fail-%d.in' % it, 'wb') as f:
                f.write(data)
            print('MISMATCH file %d: %s' % (it, why))
    print('%d files, %d mismatches, outcomes %s' % (count, bad, outcomes))
    return 1 if bad else 0


if __name__ == '__main__':
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])))
