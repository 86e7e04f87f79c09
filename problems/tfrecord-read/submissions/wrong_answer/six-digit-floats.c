/*
 * TFRecord reader printing floats with printf's default %g: 6 significant
 * digits, a relative error up to 5e-6, beyond the checker's 1e-6.
 * Time: O(n + F log F). Memory: O(n).
 * Status: wrong_answer on secret/02-real-titanic-test (a fare of
 * 164.866699 printed as 164.867).
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- input and output ---- */

static unsigned char *in;
static size_t in_len;

static void read_input(void)
{
	size_t cap = 1 << 16;
	in = malloc(cap);
	for (;;) {
		if (in_len == cap)
			in = realloc(in, cap *= 2);
		if (!in)
			exit(1);
		ssize_t r = read(0, in + in_len, cap - in_len);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			exit(1);
		if (r == 0)
			break;
		in_len += (size_t)r;
	}
}

static char obuf[1 << 16];
static size_t olen;

static void flush_out(void)
{
	size_t done = 0;
	while (done < olen) {
		ssize_t w = write(1, obuf + done, olen - done);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			exit(1);
		done += (size_t)w;
	}
	olen = 0;
}

static void put(const void *p, size_t n)
{
	const char *s = p;
	while (n > 0) {
		if (olen == sizeof obuf)
			flush_out();
		size_t k = sizeof obuf - olen < n ? sizeof obuf - olen : n;
		memcpy(obuf + olen, s, k);
		olen += k;
		s += k;
		n -= k;
	}
}

static void put_str(const char *s) { put(s, strlen(s)); }

static void put_u64(uint64_t v)
{
	char b[24];
	int i = 24;
	do {
		b[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	put(b + i, (size_t)(24 - i));
}

static void put_i64(int64_t v)
{
	if (v < 0) {
		put("-", 1);
		put_u64(0 - (uint64_t)v);
	} else {
		put_u64((uint64_t)v);
	}
}

static void put_float(float f)
{
	char b[32];
	if (isnan(f))
		put_str("nan"); /* whatever its sign and payload */
	else if (isinf(f))
		put_str(f > 0 ? "inf" : "-inf");
	else
		put(b, (size_t)snprintf(b, sizeof b, "%g", (double)f)); /* BUG */
}

static void put_hex(const unsigned char *p, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	if (n == 0) {
		put("-", 1);
		return;
	}
	while (n > 0) {
		char b[512];
		size_t k = n < 256 ? n : 256;
		for (size_t i = 0; i < k; i++) {
			b[2 * i] = hex[p[i] >> 4];
			b[2 * i + 1] = hex[p[i] & 15];
		}
		put(b, 2 * k);
		p += k;
		n -= k;
	}
}

/* ---- CRC-32C, slicing-by-8 ---- */

static uint32_t crc_tab[8][256];

static void crc_init(void)
{
	for (uint32_t b = 0; b < 256; b++) {
		uint32_t c = b;
		for (int k = 0; k < 8; k++)
			c = (c >> 1) ^ (0x82f63b78u & (0u - (c & 1)));
		crc_tab[0][b] = c;
	}
	for (int k = 1; k < 8; k++)
		for (int b = 0; b < 256; b++)
			crc_tab[k][b] = (crc_tab[k - 1][b] >> 8) ^ crc_tab[0][crc_tab[k - 1][b] & 0xff];
}

static uint32_t masked_crc(const unsigned char *p, size_t n)
{
	uint32_t c = 0xffffffffu;
	for (; n >= 8; p += 8, n -= 8) {
		uint32_t lo, hi;
		memcpy(&lo, p, 4);
		memcpy(&hi, p + 4, 4);
		lo ^= c;
		c = crc_tab[7][lo & 0xff] ^ crc_tab[6][(lo >> 8) & 0xff] ^
		    crc_tab[5][(lo >> 16) & 0xff] ^ crc_tab[4][lo >> 24] ^
		    crc_tab[3][hi & 0xff] ^ crc_tab[2][(hi >> 8) & 0xff] ^
		    crc_tab[1][(hi >> 16) & 0xff] ^ crc_tab[0][hi >> 24];
	}
	while (n--)
		c = (c >> 8) ^ crc_tab[0][(c ^ *p++) & 0xff];
	c = ~c;
	return ((c >> 15) | (c << 17)) + 0xa282ead8u;
}

static uint32_t le32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint64_t le64(const unsigned char *p)
{
	return (uint64_t)le32(p) | (uint64_t)le32(p + 4) << 32;
}

/* ---- decoded values ---- */

enum { KIND_NONE, KIND_BYTES, KIND_FLOAT, KIND_INT64 };

typedef struct {
	const unsigned char *p;
	size_t n;
} span;

typedef struct {
	span key;
	int kind;
	size_t first, count; /* in the array of its kind */
	size_t order;        /* position among the entries of the record */
} feature;

#define VEC(T) struct { T *a; size_t n, cap; }
static VEC(feature) feats;
static VEC(span) bvals;
static VEC(float) fvals;
static VEC(int64_t) ivals;

#define PUSH(v, x)                                                           \
	do {                                                                 \
		if ((v).n == (v).cap) {                                      \
			(v).cap = (v).cap ? 2 * (v).cap : 64;                \
			(v).a = realloc((v).a, (v).cap * sizeof *(v).a);     \
			if (!(v).a)                                          \
				exit(1);                                     \
		}                                                            \
		(v).a[(v).n++] = (x);                                        \
	} while (0)

/* ---- protobuf wire format: each parser returns 0, or -1 when invalid ---- */

#define MAX_DEPTH 100

typedef struct {
	const unsigned char *p, *end;
} cursor;

static int get_varint(cursor *c, uint64_t *v)
{
	uint64_t x = 0;
	for (int i = 0; i < 10; i++) {
		if (c->p == c->end)
			return -1;
		unsigned b = *c->p++;
		x |= (uint64_t)(b & 0x7f) << (7 * i); /* bits past 64 drop out */
		if (b < 0x80) {
			*v = x;
			return 0;
		}
	}
	return -1;
}

/* A tag: a varint of at most 5 bytes, taken modulo 2^32 as protobuf does;
 * field number >= 1. */
static int get_tag(cursor *c, uint32_t *field, int *wt)
{
	uint32_t x = 0;
	for (int i = 0; i < 5; i++) {
		if (c->p == c->end)
			return -1;
		unsigned b = *c->p++;
		x |= (uint32_t)(b & 0x7f) << (7 * i);
		if (b < 0x80) {
			if (x >> 3 == 0)
				return -1;
			*field = x >> 3;
			*wt = (int)(x & 7);
			return 0;
		}
	}
	return -1;
}

static int get_len(cursor *c, cursor *sub)
{
	uint64_t n;
	if (get_varint(c, &n) || n > (uint64_t)(c->end - c->p))
		return -1;
	sub->p = c->p;
	sub->end = c->p + n;
	c->p += n;
	return 0;
}

static int skip_bytes(cursor *c, size_t n)
{
	if ((size_t)(c->end - c->p) < n)
		return -1;
	c->p += n;
	return 0;
}

/* Skips the value of an unknown field of a message at the given depth. */
static int skip_field(cursor *c, uint32_t field, int wt, int depth)
{
	uint64_t v;
	cursor sub;
	switch (wt) {
	case 0: return get_varint(c, &v);
	case 1: return skip_bytes(c, 8);
	case 2: return get_len(c, &sub);
	case 5: return skip_bytes(c, 4);
	case 3:
		if (depth + 1 > MAX_DEPTH)
			return -1;
		for (;;) {
			uint32_t f;
			int w;
			if (get_tag(c, &f, &w))
				return -1;
			if (w == 4)
				return f == field ? 0 : -1;
			if (skip_field(c, f, w, depth + 1))
				return -1;
		}
	default: return -1; /* a stray end-group (4), or 6, 7 */
	}
}

/* RFC 3629 UTF-8: no overlong forms, no surrogates, nothing past U+10FFFF. */
static int valid_utf8(const unsigned char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		unsigned b = s[i];
		size_t len;
		unsigned lo = 0x80, hi = 0xbf;
		if (b < 0x80) {
			i++;
			continue;
		} else if (b >= 0xc2 && b <= 0xdf) {
			len = 2;
		} else if (b >= 0xe0 && b <= 0xef) {
			len = 3;
			if (b == 0xe0)
				lo = 0xa0;
			if (b == 0xed)
				hi = 0x9f;
		} else if (b >= 0xf0 && b <= 0xf4) {
			len = 4;
			if (b == 0xf0)
				lo = 0x90;
			if (b == 0xf4)
				hi = 0x8f;
		} else {
			return 0;
		}
		if (n - i < len || s[i + 1] < lo || s[i + 1] > hi)
			return 0;
		for (size_t k = 2; k < len; k++)
			if (s[i + k] < 0x80 || s[i + k] > 0xbf)
				return 0;
		i += len;
	}
	return 1;
}

/* BytesList, FloatList or Int64List (depth 4): appends to f's values. */
static int parse_list(cursor c, feature *f)
{
	while (c.p < c.end) {
		uint32_t field;
		int wt;
		uint64_t v;
		cursor sub;
		if (get_tag(&c, &field, &wt))
			return -1;
		if (field == 1 && f->kind == KIND_BYTES && wt == 2) {
			if (get_len(&c, &sub))
				return -1;
			PUSH(bvals, ((span){sub.p, (size_t)(sub.end - sub.p)}));
		} else if (field == 1 && f->kind == KIND_FLOAT && wt == 5) {
			uint32_t bits;
			float x;
			if (c.end - c.p < 4)
				return -1;
			bits = le32(c.p);
			memcpy(&x, &bits, 4);
			PUSH(fvals, x);
			c.p += 4;
		} else if (field == 1 && f->kind == KIND_FLOAT && wt == 2) {
			if (get_len(&c, &sub) || (sub.end - sub.p) % 4 != 0)
				return -1;
			for (; sub.p < sub.end; sub.p += 4) {
				uint32_t bits = le32(sub.p);
				float x;
				memcpy(&x, &bits, 4);
				PUSH(fvals, x);
			}
		} else if (field == 1 && f->kind == KIND_INT64 && wt == 0) {
			if (get_varint(&c, &v))
				return -1;
			PUSH(ivals, (int64_t)v);
		} else if (field == 1 && f->kind == KIND_INT64 && wt == 2) {
			if (get_len(&c, &sub))
				return -1;
			while (sub.p < sub.end) {
				if (get_varint(&sub, &v))
					return -1;
				PUSH(ivals, (int64_t)v);
			}
		} else if (skip_field(&c, field, wt, 4)) {
			return -1;
		}
	}
	return 0;
}

static size_t values_end(int kind)
{
	return kind == KIND_BYTES ? bvals.n : kind == KIND_FLOAT ? fvals.n : ivals.n;
}

/* Feature (depth 3), merged into f: the same kind again appends to its
 * list, another kind replaces it. */
static int parse_feature(cursor c, feature *f)
{
	while (c.p < c.end) {
		uint32_t field;
		int wt;
		cursor sub;
		if (get_tag(&c, &field, &wt))
			return -1;
		if (field >= 1 && field <= 3 && wt == 2) {
			if (get_len(&c, &sub))
				return -1;
			if (f->kind != (int)field) {
				f->kind = (int)field;
				f->first = values_end(f->kind);
			}
			if (parse_list(sub, f))
				return -1;
			f->count = values_end(f->kind) - f->first;
		} else if (skip_field(&c, field, wt, 3)) {
			return -1;
		}
	}
	return 0;
}

/* A map entry (depth 2): key=1, value=2. */
static int parse_entry(cursor c)
{
	feature f = {{(const unsigned char *)"", 0}, KIND_NONE, 0, 0, feats.n};
	while (c.p < c.end) {
		uint32_t field;
		int wt;
		cursor sub;
		if (get_tag(&c, &field, &wt))
			return -1;
		if (field == 1 && wt == 2) {
			if (get_len(&c, &sub))
				return -1;
			f.key = (span){sub.p, (size_t)(sub.end - sub.p)};
			if (!valid_utf8(f.key.p, f.key.n))
				return -1;
		} else if (field == 2 && wt == 2) {
			if (get_len(&c, &sub) || parse_feature(sub, &f))
				return -1;
		} else if (skip_field(&c, field, wt, 2)) {
			return -1;
		}
	}
	PUSH(feats, f);
	return 0;
}

/* Features (depth 1) and Example (depth 0). */
static int parse_message(cursor c, int depth)
{
	while (c.p < c.end) {
		uint32_t field;
		int wt;
		cursor sub;
		if (get_tag(&c, &field, &wt))
			return -1;
		if (field == 1 && wt == 2) {
			if (get_len(&c, &sub))
				return -1;
			if (depth == 0 ? parse_message(sub, 1) : parse_entry(sub))
				return -1;
		} else if (skip_field(&c, field, wt, depth)) {
			return -1;
		}
	}
	return 0;
}

/* Key order, then the later entry first: the first of a run of equal keys
 * is the one that wins. */
static int cmp_feature(const void *a, const void *b)
{
	const feature *x = a, *y = b;
	size_t n = x->key.n < y->key.n ? x->key.n : y->key.n;
	int r = n ? memcmp(x->key.p, y->key.p, n) : 0;
	if (r)
		return r;
	if (x->key.n != y->key.n)
		return x->key.n < y->key.n ? -1 : 1;
	return x->order > y->order ? -1 : 1;
}

static void print_features(void)
{
	static const char *const names[] = {"none", "bytes", "float", "int64"};
	qsort(feats.a, feats.n, sizeof *feats.a, cmp_feature);
	for (size_t i = 0; i < feats.n; i++) {
		const feature *f = &feats.a[i];
		if (i > 0 && f->key.n == f[-1].key.n && memcmp(f->key.p, f[-1].key.p, f->key.n) == 0)
			continue;
		put("  ", 2);
		put(f->key.p, f->key.n);
		put(" ", 1);
		put_str(names[f->kind]);
		if (f->kind != KIND_NONE) {
			put(" ", 1);
			put_u64(f->count);
		}
		for (size_t k = f->first; k < f->first + f->count; k++) {
			put(" ", 1);
			if (f->kind == KIND_BYTES)
				put_hex(bvals.a[k].p, bvals.a[k].n);
			else if (f->kind == KIND_FLOAT)
				put_float(fvals.a[k]);
			else
				put_i64(ivals.a[k]);
		}
		put("\n", 1);
	}
}

int main(void)
{
	size_t off = 0;
	crc_init();
	read_input();
	for (uint64_t i = 0; off < in_len; i++) {
		const unsigned char *r = in + off;
		size_t left = in_len - off;
		if (left < 12) {
			put_str("truncated at ");
			put_u64(off);
			put("\n", 1);
			break;
		}
		if (le32(r + 8) != masked_crc(r, 8)) {
			put_str("record ");
			put_u64(i);
			put_str(" bad-length-crc\n");
			break;
		}
		uint64_t n = le64(r);
		if (left < 16 || n > left - 16) {
			put_str("truncated at ");
			put_u64(off);
			put("\n", 1);
			break;
		}
		put_str("record ");
		put_u64(i);
		put(" ", 1);
		put_u64(n);
		if (le32(r + 12 + n) != masked_crc(r + 12, n)) {
			put_str(" bad-data-crc\n");
		} else {
			feats.n = bvals.n = fvals.n = ivals.n = 0;
			if (parse_message((cursor){r + 12, r + 12 + n}, 0)) {
				put_str(" not-an-example\n");
			} else {
				put_str(" ok\n");
				print_features();
			}
		}
		off += 16 + n;
	}
	flush_out();
	return 0;
}
