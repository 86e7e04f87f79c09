"""Shared pieces of the TFRecord oracles (tfrecord-read, tfrecord-write).

- example_pb2: TensorFlow's Example message from Debian's python3-protobuf,
  compiled from the copies in proto/ with protoc into a temporary directory.
- crc32c / masked_crc / frame: TFRecord framing with Debian's python3-crc32c.
- a raw protobuf wire encoder (varint, fields) to build non-canonical and
  corrupt records that a protobuf library would never write.
Run the scripts with /usr/bin/python3 (Debian's, which has both modules).
"""
import os
import struct
import subprocess
import sys
import tempfile

import crc32c as _crc32c

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..'))


def _load_example_pb2():
    out = tempfile.mkdtemp(prefix='tfrecord-oracle-')
    protos = ['tensorflow/core/example/feature.proto',
              'tensorflow/core/example/example.proto']
    subprocess.run(['protoc', '-I', os.path.join(HERE, 'proto'), '--python_out', out]
                   + protos, check=True)
    sys.path.insert(0, out)
    from tensorflow.core.example import example_pb2  # noqa: E402
    return example_pb2


example_pb2 = _load_example_pb2()


def crc32c(data):
    return _crc32c.crc32c(data)


def masked_crc(data):
    c = _crc32c.crc32c(data)
    return (((c >> 15) | (c << 17)) + 0xa282ead8) & 0xffffffff


def frame(data):
    """One TFRecord record holding data."""
    hdr = struct.pack('<Q', len(data))
    return (hdr + struct.pack('<I', masked_crc(hdr)) + data
            + struct.pack('<I', masked_crc(data)))


# --- raw protobuf wire format -------------------------------------------

def varint(v):
    v &= (1 << 64) - 1
    out = bytearray()
    while v >= 0x80:
        out.append(v & 0x7f | 0x80)
        v >>= 7
    out.append(v)
    return bytes(out)


def tag(field, wt):
    return varint(field << 3 | wt)


def ld(field, payload):
    """A length-delimited field (wire type 2)."""
    return tag(field, 2) + varint(len(payload)) + payload


def vint(field, v):
    return tag(field, 0) + varint(v)


def f32(field, x):
    return tag(field, 5) + struct.pack('<f', x)


def f32bits(field, bits):
    return tag(field, 5) + struct.pack('<I', bits)


def fixed64(field, v):
    return tag(field, 1) + struct.pack('<Q', v & ((1 << 64) - 1))


def group(field, inner=b''):
    return tag(field, 3) + inner + tag(field, 4)


def entry(key, feature):
    """A Features map entry (key=1, value=2); feature None leaves value out."""
    body = ld(1, key)
    if feature is not None:
        body += ld(2, feature)
    return ld(1, body)


def bytes_feature(*vals):
    return ld(1, b''.join(ld(1, v) for v in vals))


def float_feature(*vals):
    return ld(2, ld(1, b''.join(struct.pack('<f', v) for v in vals)) if vals else b'')


def int64_feature(*vals):
    return ld(3, ld(1, b''.join(varint(v) for v in vals)) if vals else b'')


def example(*entries):
    return ld(1, b''.join(entries))
