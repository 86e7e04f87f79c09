/*
 * TFRecord writer that writes float lists unpacked (tag 0d and 4 bytes per
 * value) where FloatList is packed: one field 0a, a length, the values.
 * Time: O(input). Memory: O(input).
 * Status: wrong_answer on sample/1 (score's FloatList reads
 * 0d 00 00 00 3f 0d 00 00 10 40 instead of 0a 08 00 00 00 3f 00 00 10 40).
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- growing byte buffers ---- */

typedef struct {
	unsigned char *p;
	size_t n, cap;
} buf;

static void reserve(buf *b, size_t extra)
{
	if (b->n + extra <= b->cap)
		return;
	while (b->n + extra > b->cap)
		b->cap = b->cap ? 2 * b->cap : 4096;
	b->p = realloc(b->p, b->cap);
	if (!b->p)
		exit(1);
}

static void put(buf *b, const void *s, size_t n)
{
	reserve(b, n);
	memcpy(b->p + b->n, s, n);
	b->n += n;
}

static void put_byte(buf *b, unsigned c)
{
	reserve(b, 1);
	b->p[b->n++] = (unsigned char)c;
}

static void put_varint(buf *b, uint64_t v)
{
	reserve(b, 10);
	while (v >= 0x80) {
		b->p[b->n++] = (unsigned char)(v | 0x80);
		v >>= 7;
	}
	b->p[b->n++] = (unsigned char)v;
}

static size_t varint_len(uint64_t v)
{
	size_t n = 1;
	while (v >= 0x80) {
		v >>= 7;
		n++;
	}
	return n;
}

static void put_le32(buf *b, uint32_t v)
{
	unsigned char t[4] = {(unsigned char)v, (unsigned char)(v >> 8),
			      (unsigned char)(v >> 16), (unsigned char)(v >> 24)};
	put(b, t, 4);
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

/* ---- input ---- */

static char *in;
static size_t in_len, pos;

static void read_input(void)
{
	size_t cap = 1 << 16;
	in = malloc(cap + 1);
	for (;;) {
		if (in_len == cap)
			in = realloc(in, (cap *= 2) + 1);
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
	in[in_len] = '\0';
}

/* The next token, NUL-terminated in place (the separator is overwritten). */
static char *token(size_t *n)
{
	while (pos < in_len && (in[pos] == ' ' || in[pos] == '\n'))
		pos++;
	char *t = in + pos;
	while (pos < in_len && in[pos] != ' ' && in[pos] != '\n')
		pos++;
	*n = (size_t)(in + pos - t);
	if (pos < in_len)
		in[pos++] = '\0';
	return t;
}

static unsigned long long number(void)
{
	size_t n;
	return strtoull(token(&n), NULL, 10);
}

static int hexval(char c) { return c <= '9' ? c - '0' : c - 'a' + 10; }

/* ---- examples ---- */

typedef struct {
	const char *key;
	size_t key_len;
	unsigned field;       /* 1 bytes_list, 2 float_list, 3 int64_list */
	size_t off, len;      /* the list message's contents in the payload buffer */
} feature;

static int cmp_feature(const void *a, const void *b)
{
	const feature *x = a, *y = b;
	size_t n = x->key_len < y->key_len ? x->key_len : y->key_len;
	int r = memcmp(x->key, y->key, n);
	return r ? r : (x->key_len > y->key_len) - (x->key_len < y->key_len);
}

/* Reads one feature line; its list message contents go to pay. */
static void read_feature(feature *f, buf *pay)
{
	size_t n;
	char *kind;
	f->key = token(&f->key_len);
	kind = token(&n);
	f->field = kind[0] == 'b' ? 1 : kind[0] == 'f' ? 2 : 3;
	unsigned long long count = number();
	f->off = pay->n;
	if (f->field == 1) {
		for (unsigned long long i = 0; i < count; i++) {
			char *t = token(&n);
			size_t blen = t[0] == '-' ? 0 : n / 2;
			put_byte(pay, 0x0a);
			put_varint(pay, blen);
			reserve(pay, blen);
			for (size_t k = 0; k < blen; k++)
				pay->p[pay->n++] = (unsigned char)(hexval(t[2 * k]) << 4 | hexval(t[2 * k + 1]));
		}
	} else if (count > 0) {
		/* One packed field; the varint payload length is not known ahead
		 * for int64, so encode into a scratch buffer first. */
		static buf vals;
		vals.n = 0;
		for (unsigned long long i = 0; i < count; i++) {
			char *t = token(&n);
			if (f->field == 2) {
				float x = strtof(t, NULL); /* correctly rounded */
				uint32_t bits;
				memcpy(&bits, &x, 4);
				put_byte(pay, 0x0d); /* BUG: unpacked */
				put_le32(pay, bits);
				continue;
			} else {
				put_varint(&vals, (uint64_t)strtoll(t, NULL, 10));
			}
		}
		if (f->field == 3) {
			put_byte(pay, 0x0a);
			put_varint(pay, vals.n);
			put(pay, vals.p, vals.n);
		}
	}
	f->len = pay->n - f->off;
}

int main(void)
{
	static buf pay, ex, out;
	static feature feats[1000];
	size_t n;

	crc_init();
	read_input();
	token(&n); /* "examples" */
	unsigned long long nex = number();
	for (unsigned long long e = 0; e < nex; e++) {
		token(&n); /* "features" */
		size_t nf = (size_t)number();
		pay.n = 0;
		for (size_t i = 0; i < nf; i++)
			read_feature(&feats[i], &pay);
		qsort(feats, nf, sizeof *feats, cmp_feature);

		/* Sizes bottom-up: Feature = tag, len, list; entry = key field +
		 * value field; Features = the entries; Example = field 1. */
		size_t features_len = 0;
		for (size_t i = 0; i < nf; i++) {
			size_t feat = 1 + varint_len(feats[i].len) + feats[i].len;
			size_t entry = 1 + varint_len(feats[i].key_len) + feats[i].key_len +
				       1 + varint_len(feat) + feat;
			features_len += 1 + varint_len(entry) + entry;
		}
		ex.n = 0;
		put_byte(&ex, 0x0a); /* Example.features */
		put_varint(&ex, features_len);
		for (size_t i = 0; i < nf; i++) {
			const feature *f = &feats[i];
			size_t feat = 1 + varint_len(f->len) + f->len;
			size_t entry = 1 + varint_len(f->key_len) + f->key_len + 1 + varint_len(feat) + feat;
			put_byte(&ex, 0x0a); /* Features.feature, a map entry */
			put_varint(&ex, entry);
			put_byte(&ex, 0x0a); /* key */
			put_varint(&ex, f->key_len);
			put(&ex, f->key, f->key_len);
			put_byte(&ex, 0x12); /* value: Feature */
			put_varint(&ex, feat);
			put_byte(&ex, f->field << 3 | 2); /* the oneof's list */
			put_varint(&ex, f->len);
			put(&ex, pay.p + f->off, f->len);
		}

		unsigned char hdr[8];
		for (int i = 0; i < 8; i++)
			hdr[i] = (unsigned char)((uint64_t)ex.n >> (8 * i));
		out.n = 0;
		put(&out, hdr, 8);
		put_le32(&out, masked_crc(hdr, 8));
		put(&out, ex.p, ex.n);
		put_le32(&out, masked_crc(ex.p, ex.n));
		fwrite(out.p, 1, out.n, stdout);
	}
	return fflush(stdout) == 0 ? 0 : 1;
}
