#!/usr/bin/python3
"""Oracle of tfrecord-read: an independent reader of TFRecord files.

The framing is read here in Python (lengths, masked CRC-32C from Debian's
python3-crc32c); each record's data is parsed by Debian's python3-protobuf as
tensorflow.Example (compiled from proto/). A record is not an Example when
protobuf raises, or when it stops at a stray end-group tag (which the
python binding only warns about).

Usage:
  /usr/bin/python3 read_oracle.py FILE.in...        print each file's answer
  /usr/bin/python3 read_oracle.py --write FILE.in... write FILE.ans beside each
  /usr/bin/python3 read_oracle.py --check FILE.in...
      compare with FILE.ans like the judge's checker (tokens, floats within
      1e-6 absolute or relative); prints 'N passed, N failed'
"""
import math
import os
import struct
import sys
import warnings

import tfr

KINDS = {'bytes_list': 'bytes', 'float_list': 'float', 'int64_list': 'int64'}


def _parse_example(data):
    ex = tfr.example_pb2.Example()
    # The C++ parser logs invalid UTF-8 on fd 2: keep it quiet.
    saved = os.dup(2)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            n = ex.ParseFromString(data)
    except Exception:  # google.protobuf.message.DecodeError
        return None
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)
    # A stray end-group tag ends the parse early; the python binding only
    # warns ("Unexpected end-group tag: Not all data was converted") and
    # returns the bytes consumed, which equal len(data) when the tag is last.
    if n != len(data) or any('end-group' in str(w.message) for w in caught):
        return None
    return ex


def _fmt_float(x):
    if math.isnan(x):
        return 'nan'
    if math.isinf(x):
        return 'inf' if x > 0 else '-inf'
    return repr(x)


def _fmt_value(kind, v):
    if kind == 'bytes':
        return v.hex() if v else '-'
    if kind == 'float':
        return _fmt_float(v)
    return str(v)


def answer(data):
    out = []
    off = 0
    i = 0
    while off < len(data):
        if len(data) - off < 12:
            out.append(b'truncated at %d' % off)
            break
        hdr = data[off:off + 8]
        (stored,) = struct.unpack('<I', data[off + 8:off + 12])
        if stored != tfr.masked_crc(hdr):
            out.append(b'record %d bad-length-crc' % i)
            break
        (n,) = struct.unpack('<Q', hdr)
        if len(data) - off - 12 < n + 4:
            out.append(b'truncated at %d' % off)
            break
        payload = data[off + 12:off + 12 + n]
        (stored,) = struct.unpack('<I', data[off + 12 + n:off + 16 + n])
        if stored != tfr.masked_crc(payload):
            out.append(b'record %d %d bad-data-crc' % (i, n))
        else:
            ex = _parse_example(payload)
            if ex is None:
                out.append(b'record %d %d not-an-example' % (i, n))
            else:
                out.append(b'record %d %d ok' % (i, n))
                feats = sorted(((k.encode('utf-8'), v) for k, v in ex.features.feature.items()),
                               key=lambda kv: kv[0])
                for key, feat in feats:
                    which = feat.WhichOneof('kind')
                    if which is None:
                        out.append(b'  ' + key + b' none')
                        continue
                    kind = KINDS[which]
                    vals = getattr(feat, which).value
                    line = '%s %d' % (kind, len(vals))
                    line += ''.join(' ' + _fmt_value(kind, v) for v in vals)
                    out.append(b'  ' + key + b' ' + line.encode())
        off += 16 + n
        i += 1
    return b''.join(l + b'\n' for l in out)


def _is_finite_real(tok):
    try:
        x = float(tok)
    except ValueError:
        return None
    return x if math.isfinite(x) else None


def same(judge, team, tol=1e-6):
    """The default validator with float_tolerance tol (tokens; case ignored)."""
    j, t = judge.split(), team.split()
    if len(j) != len(t):
        return 'token count %d, expected %d' % (len(t), len(j))
    for k, (a, b) in enumerate(zip(j, t)):
        x = _is_finite_real(a)
        if x is not None:
            try:
                y = float(b)
            except ValueError:
                return 'token %d: %r, expected %r' % (k, b, a)
            if not (abs(x - y) <= tol or abs(x - y) <= tol * abs(x)):
                return 'token %d: %r, expected %r' % (k, b, a)
        elif a.lower() != b.lower():
            return 'token %d: %r, expected %r' % (k, b, a)
    return None


def main(argv):
    mode = None
    if argv and argv[0] in ('--write', '--check'):
        mode, argv = argv[0], argv[1:]
    passed = failed = 0
    for path in argv:
        with open(path, 'rb') as f:
            ans = answer(f.read())
        if mode is None:
            sys.stdout.buffer.write(ans)
        elif mode == '--write':
            with open(path[:-3] + '.ans', 'wb') as f:
                f.write(ans)
        else:
            with open(path[:-3] + '.ans', 'rb') as f:
                why = same(ans, f.read())
            if why:
                failed += 1
                print('MISMATCH %s: %s' % (path, why))
            else:
                passed += 1
    if mode == '--check':
        print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
