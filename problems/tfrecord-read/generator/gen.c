/*
 * Generator for tfrecord-read: ./gen SEED NBYTES [MODE] writes a TFRecord
 * file of random tf.train.Example records, adding records until the file
 * holds at least NBYTES bytes (at most 16 MiB).
 * MODE:
 *   mixed    canonical encoding (packed lists, keys in random order, distinct)
 *   floats   few features with long float lists
 *   ints     int64 lists, values of every varint length and sign
 *   bytes    bytes lists, values of 0..64 bytes
 *   weird    what protobuf accepts but writers rarely write: unpacked and
 *            split lists, unknown fields of every wire type at every level,
 *            duplicate keys, values merged or switching kind, key after value
 *   corrupt  mixed records, some with a bad data CRC or invalid data, and
 *            the file ends with a truncation or a bad length CRC
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng_state;

static uint64_t rnd(void)
{
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15u);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
	return z ^ (z >> 31);
}

/* uniform in [0, n) for n >= 1 (the slight bias is irrelevant here) */
static uint64_t below(uint64_t n) { return rnd() % n; }

/* ---- byte buffers ---- */

typedef struct {
	unsigned char *p;
	size_t n, cap;
} buf;

static void put(buf *b, const void *s, size_t n)
{
	if (b->n + n > b->cap) {
		while (b->n + n > b->cap)
			b->cap = b->cap ? 2 * b->cap : 256;
		b->p = realloc(b->p, b->cap);
		if (!b->p)
			exit(1);
	}
	memcpy(b->p + b->n, s, n);
	b->n += n;
}

static void put_varint(buf *b, uint64_t v)
{
	unsigned char t[10];
	int n = 0;
	while (v >= 0x80) {
		t[n++] = (unsigned char)(v | 0x80);
		v >>= 7;
	}
	t[n++] = (unsigned char)v;
	put(b, t, (size_t)n);
}

static void put_tag(buf *b, unsigned field, unsigned wt) { put_varint(b, (uint64_t)field << 3 | wt); }

static void put_ld(buf *b, unsigned field, const buf *inner)
{
	put_tag(b, field, 2);
	put_varint(b, inner->n);
	put(b, inner->p, inner->n);
}

static void put_le32(buf *b, uint32_t v)
{
	unsigned char t[4] = {(unsigned char)v, (unsigned char)(v >> 8),
			      (unsigned char)(v >> 16), (unsigned char)(v >> 24)};
	put(b, t, 4);
}

/* ---- CRC-32C ---- */

static uint32_t crc_tab[256];

static uint32_t masked_crc(const unsigned char *p, size_t n)
{
	uint32_t c = 0xffffffffu;
	while (n--)
		c = (c >> 8) ^ crc_tab[(c ^ *p++) & 0xff];
	c = ~c;
	return ((c >> 15) | (c << 17)) + 0xa282ead8u;
}

/* ---- random contents ---- */

enum { MIXED, FLOATS, INTS, BYTES, WEIRD, CORRUPT };
static int mode;

static uint32_t rand_float_bits(void)
{
	switch (below(8)) {
	case 0: { /* any finite bit pattern */
		uint32_t b;
		do
			b = (uint32_t)rnd();
		while ((b & 0x7f800000u) == 0x7f800000u);
		return b;
	}
	case 1: return below(50) ? 0 : 0x80000000u; /* zeros */
	default: { /* a value of moderate size */
		float x = (float)((int64_t)below(2000001) - 1000000) / (float)(1u << below(16));
		uint32_t b;
		memcpy(&b, &x, 4);
		return b;
	}
	}
}

static uint64_t rand_int(void)
{
	switch (below(6)) {
	case 0: return rnd();                                       /* any 64 bits */
	case 1: return (uint64_t)-(int64_t)below(1000);             /* small negative */
	case 2: return rnd() >> below(64);                          /* any length */
	default: return below(1000);                                /* small */
	}
}

static size_t rand_count(void)
{
	switch (mode) {
	case FLOATS: return (size_t)below(4097);
	case INTS: case BYTES: return (size_t)below(257);
	default: return below(10) == 0 ? 0 : (size_t)below(1 + (1u << below(6)));
	}
}

static int rand_kind(void)
{
	switch (mode) {
	case FLOATS: return 2;
	case INTS: return 3;
	case BYTES: return 1;
	default: return 1 + (int)below(3);
	}
}

static void rand_key(buf *b, int i)
{
	static const char alpha[] = "abcdefghijklmnopqrstuvwxyz_/0123456789ABCXYZ";
	size_t len = 1 + (size_t)below(12);
	char k[32];
	for (size_t j = 0; j < len; j++)
		k[j] = alpha[below(sizeof alpha - 1)];
	/* a distinct suffix per feature in the canonical modes */
	int n = mode == WEIRD ? 0 : snprintf(k + len, sizeof k - len, "%d", i);
	put(b, k, len + (size_t)n);
}

/* Unknown fields of a random wire type, some of the time in weird mode. */
static void maybe_unknown(buf *b)
{
	if (mode != WEIRD || below(4) != 0)
		return;
	unsigned field = 4 + (unsigned)below(100);
	switch (below(5)) {
	case 0: put_tag(b, field, 0); put_varint(b, rnd() >> below(64)); break;
	case 1: put_tag(b, field, 1); put_le32(b, (uint32_t)rnd()); put_le32(b, (uint32_t)rnd()); break;
	case 2: {
		buf t = {0};
		for (size_t j = below(8); j > 0; j--) {
			unsigned char c = (unsigned char)rnd();
			put(&t, &c, 1);
		}
		put_ld(b, field, &t);
		free(t.p);
		break;
	}
	case 3: put_tag(b, field, 5); put_le32(b, (uint32_t)rnd()); break;
	default:
		put_tag(b, field, 3);
		put_tag(b, 1, 0);
		put_varint(b, below(300));
		put_tag(b, field, 4);
		break;
	}
}

/* A list of kind 1..3 with count values (weird: unpacked or split). */
static void rand_list(buf *b, int kind, size_t count)
{
	size_t done = 0;
	maybe_unknown(b);
	while (done < count) {
		size_t run = count - done;
		int packed = kind != 1;
		if (mode == WEIRD) {
			run = 1 + (size_t)below(run);
			packed = kind != 1 && below(2);
		}
		if (packed) {
			buf t = {0};
			for (size_t j = 0; j < run; j++)
				if (kind == 2)
					put_le32(&t, rand_float_bits());
				else
					put_varint(&t, rand_int());
			put_ld(b, 1, &t);
			free(t.p);
		} else {
			for (size_t j = 0; j < run; j++) {
				if (kind == 1) {
					buf t = {0};
					size_t len = mode == BYTES ? (size_t)below(65) :
						     below(6) == 0 ? 0 : (size_t)below(17);
					for (size_t k = 0; k < len; k++) {
						unsigned char c = (unsigned char)rnd();
						put(&t, &c, 1);
					}
					put_ld(b, 1, &t);
					free(t.p);
				} else if (kind == 2) {
					put_tag(b, 1, 5);
					put_le32(b, rand_float_bits());
				} else {
					put_tag(b, 1, 0);
					put_varint(b, rand_int());
				}
			}
		}
		maybe_unknown(b);
		done += run;
	}
}

/* A Feature: usually one list; weird: sometimes none, split or switching. */
static void rand_feature(buf *b)
{
	int parts = mode == WEIRD ? (int)below(4) : 1;
	if (mode == WEIRD && parts == 0 && below(2))
		return; /* no kind */
	for (int i = 0; i < (parts ? parts : 1); i++) {
		int kind = rand_kind();
		buf t = {0};
		rand_list(&t, kind, rand_count());
		put_ld(b, (unsigned)kind, &t);
		free(t.p);
		maybe_unknown(b);
	}
}

static void rand_example(buf *ex)
{
	size_t nfeat = mode == FLOATS ? 1 + (size_t)below(3) : (size_t)below(12);
	buf feats = {0};
	for (size_t i = 0; i < nfeat; i++) {
		buf e = {0}, key = {0}, val = {0};
		rand_key(&key, (int)i);
		rand_feature(&val);
		if (mode == WEIRD && below(6) == 0) {
			put_ld(&e, 2, &val); /* value first, then the key */
			put_ld(&e, 1, &key);
		} else {
			put_ld(&e, 1, &key);
			maybe_unknown(&e);
			if (!(mode == WEIRD && below(10) == 0)) /* weird: no value */
				put_ld(&e, 2, &val);
		}
		put_ld(&feats, 1, &e);
		if (mode == WEIRD && below(5) == 0) { /* the same key again */
			buf v2 = {0}, e2 = {0};
			rand_feature(&v2);
			put_ld(&e2, 1, &key);
			put_ld(&e2, 2, &v2);
			put_ld(&feats, 1, &e2);
			free(v2.p);
			free(e2.p);
		}
		maybe_unknown(&feats);
		free(e.p);
		free(key.p);
		free(val.p);
	}
	maybe_unknown(ex);
	put_ld(ex, 1, &feats);
	maybe_unknown(ex);
	free(feats.p);
}

static void put_record(buf *out, const buf *data, int bad_crc)
{
	unsigned char hdr[8];
	for (int i = 0; i < 8; i++)
		hdr[i] = (unsigned char)((uint64_t)data->n >> (8 * i));
	put(out, hdr, 8);
	put_le32(out, masked_crc(hdr, 8));
	put(out, data->p, data->n);
	put_le32(out, masked_crc(data->p, data->n) ^ (bad_crc ? 1u << below(32) : 0));
}

int main(int argc, char **argv)
{
	static const char *const modes[] = {"mixed", "floats", "ints", "bytes", "weird", "corrupt"};
	if (argc < 3 || argc > 4) {
		fprintf(stderr, "usage: gen SEED NBYTES [mixed|floats|ints|bytes|weird|corrupt]\n");
		return 2;
	}
	rng_state = strtoull(argv[1], NULL, 10);
	size_t target = strtoull(argv[2], NULL, 10);
	mode = -1;
	for (int i = 0; i < 6; i++)
		if (!strcmp(argc == 4 ? argv[3] : "mixed", modes[i]))
			mode = i;
	if (mode < 0 || target > (16u << 20) - 65536) {
		fprintf(stderr, "gen: unknown mode or NBYTES over 16 MiB - 64 KiB\n");
		return 2;
	}
	for (uint32_t b = 0; b < 256; b++) {
		uint32_t c = b;
		for (int k = 0; k < 8; k++)
			c = (c >> 1) ^ (0x82f63b78u & (0u - (c & 1)));
		crc_tab[b] = c;
	}

	buf out = {0};
	while (out.n < target) {
		buf ex = {0};
		int bad = 0;
		if (mode == CORRUPT && below(8) == 0) { /* random bytes, valid CRC */
			for (size_t j = below(40); j > 0; j--) {
				unsigned char c = (unsigned char)rnd();
				put(&ex, &c, 1);
			}
		} else {
			rand_example(&ex);
			bad = mode == CORRUPT && below(8) == 0;
		}
		put_record(&out, &ex, bad);
		free(ex.p);
	}
	if (mode == CORRUPT && out.n > 0) {
		/* End inside a last record, or with a bad length CRC. */
		buf ex = {0}, last = {0};
		rand_example(&ex);
		put_record(&last, &ex, 0);
		switch (below(4)) {
		case 0: last.n = 1 + (size_t)below(11); break;               /* in the header */
		case 1: last.n = 12 + (size_t)below(ex.n ? ex.n : 1); break;  /* in the data */
		case 2: last.n -= 1 + (size_t)below(4); break;               /* in the footer */
		default: last.p[8] ^= 0x40; break;                           /* length CRC */
		}
		put(&out, last.p, last.n);
		free(ex.p);
		free(last.p);
	}
	fwrite(out.p, 1, out.n, stdout);
	return fflush(stdout) == 0 ? 0 : 1;
}
