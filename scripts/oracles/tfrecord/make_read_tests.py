#!/usr/bin/python3
"""Writes the hand-made tests of problems/tfrecord-read and their answers.

Inputs: the real files written by TensorFlow (shared/data/tfrecord/, the
train file cut at a record boundary into two halves so each answer stays
under 200 KB) and files built here byte by byte with tfr's raw wire encoder
(corrupt framing, non-canonical or invalid Example encodings). Answers come
from read_oracle.py (python3-protobuf + python3-crc32c).
Re-run: /usr/bin/python3 scripts/oracles/tfrecord/make_read_tests.py
(deterministic; rewrites data/sample and the hand-made data/secret files).
"""
import os
import struct

import read_oracle
import tfr
from tfr import (bytes_feature, entry, example, f32, f32bits, fixed64, float_feature,
                 frame, group, int64_feature, ld, tag, varint, vint)

PKG = os.path.join(tfr.ROOT, 'problems', 'tfrecord-read')
REAL = os.path.normpath(os.path.join(tfr.ROOT, '..', 'shared', 'data', 'tfrecord'))
if not os.path.isdir(REAL):
    REAL = '/work/shared/data/tfrecord'

TESTS = []


def test(name, desc, data):
    TESTS.append((name, desc, data))


def frames(*payloads):
    return b''.join(frame(p) for p in payloads)


def bad_length_crc(payload):
    r = bytearray(frame(payload))
    r[8] ^= 0x01
    return bytes(r)


def bad_data_crc(payload):
    r = bytearray(frame(payload))
    r[-1] ^= 0x80
    return bytes(r)


def unmasked_data_crc(payload):
    """The data CRC stored without the mask (a writer that forgot it)."""
    hdr = struct.pack('<Q', len(payload))
    return (hdr + struct.pack('<I', tfr.masked_crc(hdr)) + payload
            + struct.pack('<I', tfr.crc32c(payload)))


def header_only(length):
    hdr = struct.pack('<Q', length)
    return hdr + struct.pack('<I', tfr.masked_crc(hdr))


def split_records(data):
    out, off = [], 0
    while off < len(data):
        (n,) = struct.unpack('<Q', data[off:off + 8])
        out.append(data[off:off + 16 + n])
        off += 16 + n
    return out


OK1 = example(entry(b'x', int64_feature(1)))
OK2 = example(entry(b'y', float_feature(0.5)), entry(b'z', bytes_feature(b'hi')))

# ---- samples ----
SAMPLE1 = frames(
    example(entry(b'tag', bytes_feature(b'cat', b'')),
            entry(b'label', int64_feature(1)),
            entry(b'score', float_feature(0.5, 2.25))),
    example(entry(b'id', int64_feature(-3))))
SAMPLE2 = (frame(example(entry(b'n', int64_feature(7))))
           + bad_data_crc(example(entry(b'n', int64_feature(8))))
           + frame(b'\xff\xff')
           + frame(example(entry(b'n', int64_feature(9))))[:20])

# ---- real files ----
with open(os.path.join(REAL, 'titanic_train.tfrecord'), 'rb') as f:
    train = split_records(f.read())
with open(os.path.join(REAL, 'titanic_test.tfrecord'), 'rb') as f:
    titanic_test = f.read()
with open(os.path.join(REAL, 'nitish_test_1.tfrecord'), 'rb') as f:
    nitish = f.read()
half = len(train) // 2

test('01-empty-file', 'an empty file: no records, no output', b'')
test('02-real-titanic-test', 'real file written by TensorFlow: 418 Examples, '
     'int64 and packed float features, keys unsorted on the wire', titanic_test)
test('03-real-titanic-train-first-half', 'real file written by TensorFlow '
     '(titanic_train.tfrecord), its records 0..%d' % (half - 1), b''.join(train[:half]))
test('04-real-titanic-train-second-half', 'real file written by TensorFlow '
     '(titanic_train.tfrecord), its records %d..%d' % (half, len(train) - 1),
     b''.join(train[half:]))
test('05-real-image', 'real file written by TensorFlow: one 39997-byte Example '
     'holding a JPEG image and its metadata', nitish)

# ---- framing ----
test('06-bad-length-crc', 'the second record has a wrong length CRC: reading stops '
     'there although a valid record follows',
     frame(OK1) + bad_length_crc(OK2) + frame(OK1))
test('07-bad-length-crc-first', 'the first record has a wrong length CRC',
     bad_length_crc(OK1) + frame(OK2))
test('08-bad-data-crc', 'bad data CRCs (a flipped CRC bit, a flipped data bit, an '
     'unmasked CRC): reported, and reading goes on',
     frame(OK1) + bad_data_crc(OK2) + frame(OK2)
     + (lambda r: r[:13] + bytes([r[13] ^ 4]) + r[14:])(frame(OK1))
     + unmasked_data_crc(OK2) + frame(OK1))
test('09-truncated-in-header', 'the file ends 7 bytes into the second header',
     frame(OK1) + frame(OK2)[:7])
test('10-truncated-in-data', 'the file ends in the middle of the second record\'s data: '
     'the offset is where that record starts',
     frame(OK1) + frame(OK2)[:12 + len(OK2) // 2])
test('11-truncated-in-footer', 'the file ends 2 bytes into the data CRC of the third record',
     frame(OK1) + frame(OK2) + frame(OK1)[:-2])
test('12-truncated-after-header', 'the file ends right after a complete header',
     frame(OK1) + header_only(len(OK2)))
test('13-truncated-huge-length', 'a header with a valid CRC announcing 2^64 - 1 bytes',
     frame(OK1) + header_only(2**64 - 1) + OK2)
test('14-truncated-first-record', 'an 11-byte file: truncated at 0', frame(OK1)[:11])
test('15-trailing-zero-bytes', 'valid records followed by 16 zero bytes (a padded file): '
     'the zero length has a wrong CRC', frames(OK1, OK2) + bytes(16))

# ---- not an Example ----
NOT = [
    b'\x0a\x05abc',                               # length past the end
    b'\x0f',                                      # wire type 7
    b'\x02\x00',                                  # field number 0
    example(entry(b'f', ld(2, ld(1, b'\0\0\0')))),  # packed floats, 3 bytes
    tag(9, 3) + vint(1, 1),                       # unterminated group
    tag(9, 3) + tag(10, 4),                       # group ended by another field
    tag(9, 4) + OK1,                              # stray end-group at the top
    OK1 + tag(9, 4),                              # ... as the last byte
    example(entry(b'f', tag(2, 4))),              # stray end-group in a Feature
    tag(9, 0) + b'\xff' * 10 + b'\x01',           # an 11-byte varint
    example(entry(b'f', ld(3, ld(1, b'\x05\x80')))),  # packed varint cut short
    tag(9, 1) + b'\0' * 7,                        # fixed64 cut short
    b'\x88\x80\x80\x80\x80\x00\x05',              # a 6-byte tag
    b'hello world',                               # text
    ld(1, ld(1, b'a')),                           # entry is not a message
]
test('16-not-an-example-kinds', 'records whose data is no valid Example (length past '
     'the end, wire types 7 and stray 4, field 0, packed floats of 3 bytes, open '
     'groups, 11-byte varint, cut packed varints, 6-byte tag, text), valid ones between',
     b''.join(frame(p) + frame(OK1) for p in NOT))
test('17-key-not-utf8', 'map keys must be UTF-8: 0xff, an overlong NUL, a surrogate, '
     'U+110000 are not; 2-, 3- and 4-byte characters are, printed as their bytes',
     frames(example(entry(b'\xff', int64_feature(1))),
            example(entry(b'\xc0\x80', int64_feature(1))),
            example(entry(b'\xed\xa0\x80', int64_feature(1))),
            example(entry(b'\xf4\x90\x80\x80', int64_feature(1))),
            ld(1, ld(1, ld(1, b'\xff') + ld(1, b'ok') + ld(2, int64_feature(1)))),
            example(entry('é'.encode(), int64_feature(1)),
                    entry('\u0800'.encode(), int64_feature(2)),
                    entry('\U0010ffff'.encode(), int64_feature(3)),
                    entry('€uro'.encode(), int64_feature(4)))))

# ---- encodings a protobuf library accepts ----
test('18-unpacked-repeated', 'lists written unpacked (one field per value) and mixed '
     'with packed runs',
     frames(example(entry(b'f', ld(2, f32(1, 1.5) + f32(1, -2.0) + f32(1, 3.25))),
                    entry(b'i', ld(3, vint(1, 7) + vint(1, 300) + vint(1, 0)))),
            example(entry(b'f', ld(2, f32(1, 1.0) + ld(1, struct.pack('<2f', 2.0, 3.0))
                                   + f32(1, 4.0))),
                    entry(b'i', ld(3, ld(1, varint(1) + varint(2)) + vint(1, 3)
                                   + ld(1, b'') + ld(1, varint(4)))),
                    entry(b'b', ld(1, ld(1, b'\x01') + ld(1, b'\x02\x03'))))))
unknown_all = (vint(15, 99) + fixed64(16, 1) + ld(17, b'junk') + f32bits(18, 7)
               + group(19, vint(1, 5) + ld(2, b'x')))
test('19-unknown-fields', 'unknown fields of every wire type (varint, 64-bit, bytes, '
     '32-bit, group) at every level, known numbers with the wrong wire type, a 5-byte '
     'tag whose bits past 32 are dropped',
     frames(unknown_all + ld(1, unknown_all + ld(1, unknown_all + ld(1, b'k') + unknown_all
                                                   + ld(2, unknown_all + ld(3, unknown_all
                                                        + ld(1, varint(5)) + unknown_all)
                                                        + unknown_all)) + unknown_all)
            + unknown_all,
            vint(1, 5) + example(entry(b'a', int64_feature(1))) + f32bits(1, 0),
            example(ld(1, vint(1, 3) + ld(1, b'k') + ld(2, int64_feature(2)) + vint(2, 1)),
                    entry(b'b', ld(1, vint(1, 4) + ld(1, b'v'))),
                    entry(b'f', ld(2, vint(1, 4) + f32(1, 1.0) + fixed64(1, 0))),
                    entry(b'i', ld(3, f32bits(1, 0) + vint(1, 8) + fixed64(1, 9))),
                    entry(b'n', vint(1, 1) + vint(2, 2) + vint(3, 3) + fixed64(4, 0))),
            # a 5-byte tag with bits past 32, which protobuf drops: field 15, varint
            b'\xf8\x80\x80\x80\x70' + varint(1) + example(entry(b't', int64_feature(3)))))
test('20-duplicate-keys', 'a key repeated in one Features and across two features '
     'fields: the last entry wins whole (its kind and values)',
     frames(example(entry(b'k', int64_feature(1)), entry(b'j', int64_feature(5)),
                    entry(b'k', int64_feature(2, 3))),
            example(entry(b'k', bytes_feature(b'a'))) + example(entry(b'k', float_feature(1.5)),
                                                           entry(b'm', int64_feature())),
            example(entry(b'k', int64_feature(1)), entry(b'k', float_feature(2.5)),
                    entry(b'k', bytes_feature(b'\x03')), entry(b'k', None))))
test('21-merged-entries', 'one map entry with its value twice (lists merged), oneof '
     'kinds switching (the last kind wins, its earlier values lost), the key twice '
     '(the last counts), the value before the key, no key (empty key)',
     frames(example(ld(1, ld(1, b'm') + ld(2, int64_feature(1, 2)) + ld(2, int64_feature(3)))),
            example(ld(1, ld(1, b's') + ld(2, bytes_feature(b'\xaa') + int64_feature(4)))),
            example(ld(1, ld(1, b's') + ld(2, float_feature(1.0) + int64_feature(5)
                                            + float_feature(2.0, 3.0)))),
            example(ld(1, ld(1, b'first') + ld(2, int64_feature(6)) + ld(1, b'second'))),
            example(ld(1, ld(2, int64_feature(7)) + ld(1, b'late'))),
            example(ld(1, ld(2, int64_feature(8))), entry(b'a', int64_feature(9)))))
test('22-empty-lists', 'lists of each kind present but empty, an empty Features, an '
     'Example without features, a zero-length record',
     frames(example(entry(b'b', bytes_feature()), entry(b'f', float_feature()),
                    entry(b'i', int64_feature()), entry(b'p', ld(2, ld(1, b''))),
                    entry(b'q', ld(3, ld(1, b'')))),
            ld(1, b''), vint(5, 1), b''))
test('23-negative-int64', 'negative int64 values as 10-byte varints, both extremes, '
     'bits past 64 dropped from a 10th byte, an over-long small value',
     frames(example(entry(b'neg', int64_feature(-1, -2, -(2**31), -(2**63), 2**63 - 1, -300)),
                    entry(b'unpacked', ld(3, vint(1, -1) + vint(1, -(2**63)) + vint(1, 1))),
                    entry(b'wide', ld(3, tag(1, 0) + b'\xff' * 9 + b'\x7f'
                                      + tag(1, 0) + b'\x80' * 9 + b'\x02'
                                      + tag(1, 0) + b'\x85\x80\x80\x00')))))
test('24-no-kind', 'features with no kind set: an empty Feature, an entry without a '
     'value, a Feature holding only unknown fields',
     frames(example(entry(b'empty', b''), entry(b'novalue', None),
                    entry(b'unknown', vint(4, 1) + ld(5, b'x')),
                    entry(b'real', int64_feature(1)))))
test('25-empty-bytes', 'empty bytes values (printed as -) beside non-empty ones, and a '
     'value holding every byte 00..ff',
     frames(example(entry(b'e', bytes_feature(b'')),
                    entry(b'mix', bytes_feature(b'', b'\x00', b'', b'ab', b'')),
                    entry(b'all', bytes_feature(bytes(range(256)))))))
specials = [0x7fc00000, 0xffc00000, 0x7f800001, 0x7f800000, 0xff800000, 0x80000000,
            0x00000000, 0x00000001, 0x807fffff, 0x7f7fffff, 0xff7fffff, 0x3f800001,
            0x4b800001, 0x0da24260]
test('26-special-floats', 'float bit patterns: NaNs of both signs and with a payload, '
     'infinities, -0, denormals, the largest floats, values needing 9 digits',
     frames(example(entry(b'special', ld(2, ld(1, b''.join(struct.pack('<I', b)
                                                          for b in specials)))))))
keys = [b'b', b'B', b'a', b'A', b'_', b'ab', b'abc', b'a0', b'Z', b'~', b'aa', b'',
        'é'.encode(), b'a_b', b'0', b'\x7f', b'z']
test('27-key-order', 'keys sorted by bytes: uppercase before lowercase, a prefix before '
     'its extensions, the empty key first, UTF-8 after ASCII',
     frames(example(*[entry(k, int64_feature(i)) for i, k in enumerate(keys)])))


def nest(d, field=9):
    return tag(field, 3) * d + tag(field, 4) * d


test('28-deep-groups', 'unknown groups nested to protobuf\'s depth limit of 100 (valid) '
     'and one deeper (not an Example), at the top and inside a list',
     frames(nest(100) + OK1, nest(101) + OK1,
            example(entry(b'g', ld(3, nest(96) + ld(1, varint(1))))),
            example(entry(b'g', ld(3, nest(97) + ld(1, varint(1)))))))
test('29-zero-length-records', 'several records of length 0 (empty Examples)',
     frames(b'', b'', OK1, b''))
mixed = [frame(OK1), bad_data_crc(OK2), frame(b'\x0f'), frame(b''),
         frame(example(entry(b'k', float_feature(*[i / 8 for i in range(20)])))),
         bad_data_crc(b''), frame(OK2), bad_length_crc(OK1), frame(OK1)]
test('30-mixed-outcomes', 'every outcome in turn: ok, bad data CRC, not an Example, '
     'empty, ok, bad data CRC of an empty record, ok, then a bad length CRC',
     b''.join(mixed))


def write(path, data):
    with open(path, 'wb') as f:
        f.write(data)


def main():
    for name, data in (('1', SAMPLE1), ('2', SAMPLE2)):
        base = os.path.join(PKG, 'data', 'sample', name)
        write(base + '.in', data)
        write(base + '.ans', read_oracle.answer(data))
    for name, desc, data in TESTS:
        base = os.path.join(PKG, 'data', 'secret', name)
        write(base + '.in', data)
        write(base + '.ans', read_oracle.answer(data))
        write(base + '.desc', desc.encode() + b'\n')
    print('%d samples, %d secret tests written' % (2, len(TESTS)))


if __name__ == '__main__':
    main()
