/*
 * The reference printing every result as a signed 64-bit integer (Java's
 * long, or int64 in a tensor that the user printed): hashes of 2^63 and more
 * come out negative, e.g. "a" -> -5528939962900187677.
 * Time: O(total bytes + q). Memory: O(longest string).
 * Status: wrong_answer on sample/1 (Fingerprint64("a") >= 2^63).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const uint64_t K0 = 0xc3a5c85c97cb3127ULL;
static const uint64_t K1 = 0xb492b66fbe98f273ULL;
static const uint64_t K2 = 0x9ae16a3b2f90404fULL;

static inline uint64_t load64(const char *p)
{
	uint64_t v;
	memcpy(&v, p, sizeof v);
	return v;
}

static inline uint64_t load32(const char *p)
{
	uint32_t v;
	memcpy(&v, p, sizeof v);
	return v;
}

/* Every shift used below is in 1..63, so no shift by 64 can occur. */
static inline uint64_t rotr(uint64_t v, int s)
{
	return (v >> s) | (v << (64 - s));
}

static inline uint64_t shift_mix(uint64_t v)
{
	return v ^ (v >> 47);
}

/* Murmur-style mix of two words with a length-dependent multiplier. */
static inline uint64_t mix16(uint64_t u, uint64_t v, uint64_t mul)
{
	uint64_t a = (u ^ v) * mul;
	a ^= a >> 47;
	uint64_t b = (v ^ a) * mul;
	b ^= b >> 47;
	return b * mul;
}

static uint64_t len0to16(const char *s, size_t len)
{
	if (len >= 8) {
		uint64_t mul = K2 + len * 2;
		uint64_t a = load64(s) + K2;
		uint64_t b = load64(s + len - 8);
		uint64_t c = rotr(b, 37) * mul + a;
		uint64_t d = (rotr(a, 25) + b) * mul;
		return mix16(c, d, mul);
	}
	if (len >= 4) {
		uint64_t mul = K2 + len * 2;
		uint64_t a = load32(s);
		return mix16(len + (a << 3), load32(s + len - 4), mul);
	}
	if (len > 0) {
		/* bytes are unsigned here: a plain char would sign-extend */
		uint8_t a = (uint8_t)s[0], b = (uint8_t)s[len >> 1], c = (uint8_t)s[len - 1];
		uint32_t y = (uint32_t)a + ((uint32_t)b << 8);
		uint32_t z = (uint32_t)len + ((uint32_t)c << 2);
		return shift_mix((uint64_t)y * K2 ^ (uint64_t)z * K0) * K2;
	}
	return K2;
}

static uint64_t len17to32(const char *s, size_t len)
{
	uint64_t mul = K2 + len * 2;
	uint64_t a = load64(s) * K1;
	uint64_t b = load64(s + 8);
	uint64_t c = load64(s + len - 8) * mul;
	uint64_t d = load64(s + len - 16) * K2;
	return mix16(rotr(a + b, 43) + rotr(c, 30) + d, a + rotr(b + K2, 18) + c, mul);
}

static uint64_t len33to64(const char *s, size_t len)
{
	uint64_t mul = K2 + len * 2;
	uint64_t a = load64(s) * K2;
	uint64_t b = load64(s + 8);
	uint64_t c = load64(s + len - 8) * mul;
	uint64_t d = load64(s + len - 16) * K2;
	uint64_t y = rotr(a + b, 43) + rotr(c, 30) + d;
	uint64_t z = mix16(y, a + rotr(b + K2, 18) + c, mul);
	uint64_t e = load64(s + 16) * mul;
	uint64_t f = load64(s + 24);
	uint64_t g = (y + load64(s + len - 32)) * mul;
	uint64_t h = (z + load64(s + len - 24)) * mul;
	return mix16(rotr(e + f, 43) + rotr(g, 30) + h, e + rotr(f + a, 18) + g, mul);
}

/* Folds 32 bytes and two seeds into the pair (*p, *q). */
static inline void weak32(const char *s, uint64_t a, uint64_t b, uint64_t *p, uint64_t *q)
{
	uint64_t w = load64(s), x = load64(s + 8), y = load64(s + 16), z = load64(s + 24);
	a += w;
	b = rotr(b + a + z, 21);
	uint64_t c = a;
	a += x;
	a += y;
	b += rotr(a, 44);
	*p = a + z;
	*q = b + c;
}

static uint64_t fingerprint64(const char *s, size_t len)
{
	if (len <= 16)
		return len0to16(s, len);
	if (len <= 32)
		return len17to32(s, len);
	if (len <= 64)
		return len33to64(s, len);

	/* 64-byte blocks; the state is x, y, z and the pairs v, w. */
	const uint64_t seed = 81;
	uint64_t x = seed, y = seed * K1 + 113, z = shift_mix(y * K2 + 113) * K2;
	uint64_t v1 = 0, v2 = 0, w1 = 0, w2 = 0, t;
	x = x * K2 + load64(s);
	/* the loop leaves 1..64 bytes; the tail re-reads the last 64 bytes */
	const char *end = s + ((len - 1) / 64) * 64;
	const char *last64 = s + len - 64;
	do {
		x = rotr(x + y + v1 + load64(s + 8), 37) * K1;
		y = rotr(y + v2 + load64(s + 48), 42) * K1;
		x ^= w2;
		y += v1 + load64(s + 40);
		z = rotr(z + w1, 33) * K1;
		weak32(s, v2 * K1, x + w1, &v1, &v2);
		weak32(s + 32, z + w2, y + load64(s + 16), &w1, &w2);
		t = z, z = x, x = t;
		s += 64;
	} while (s != end);
	uint64_t mul = K1 + ((z & 0xff) << 1);
	s = last64;
	w1 += (len - 1) & 63;
	v1 += w1;
	w1 += v1;
	x = rotr(x + y + v1 + load64(s + 8), 37) * mul;
	y = rotr(y + v2 + load64(s + 48), 42) * mul;
	x ^= w2 * 9;
	y += v1 * 9 + load64(s + 40);
	z = rotr(z + w1, 33) * mul;
	weak32(s, v2 * mul, x + w1, &v1, &v2);
	weak32(s + 32, z + w2, y + load64(s + 16), &w1, &w2);
	t = z, z = x, x = t;
	return mix16(mix16(v1, w1, mul) + shift_mix(y) * K0 + z, mix16(v2, w2, mul) + x, mul);
}

static uint64_t fingerprint_cat64(uint64_t a, uint64_t b)
{
	const uint64_t kmul = 0xc6a4a7935bd1e995ULL;
	uint64_t r = a ^ kmul;
	r ^= shift_mix(b * kmul) * kmul;
	r *= kmul;
	r = shift_mix(r) * kmul;
	return shift_mix(r);
}

/* Buffered stdin: tokens are read into one growing buffer. */
static char ibuf[1 << 16];
static size_t ipos, ilen;

static int peek_byte(void)
{
	if (ipos == ilen) {
		ilen = fread(ibuf, 1, sizeof ibuf, stdin);
		ipos = 0;
		if (ilen == 0)
			return -1;
	}
	return (unsigned char)ibuf[ipos];
}

static char *tok;
static size_t tok_cap;

/* Reads the next token into tok; returns its length (0 at the end of the
 * input) and sets *eol when only blanks remain before the newline. */
static size_t next_token(int *eol)
{
	int c;
	while ((c = peek_byte()) == ' ' || c == '\n' || c == '\r' || c == '\t')
		ipos++;
	size_t n = 0;
	while ((c = peek_byte()) != -1 && c != ' ' && c != '\n' && c != '\r' && c != '\t') {
		if (n + 1 >= tok_cap) {
			tok_cap *= 2;
			tok = realloc(tok, tok_cap);
			if (!tok)
				exit(1);
		}
		tok[n++] = (char)c;
		ipos++;
	}
	while ((c = peek_byte()) == ' ' || c == '\r' || c == '\t')
		ipos++;
	*eol = (c == '\n' || c == -1);
	return n;
}

static char obuf[1 << 16];
static size_t opos;

static void put_u64(uint64_t u)
{
	/* the flaw: the hash is printed as a signed 64-bit integer */
	int64_t s = (int64_t)u;
	uint64_t v = s < 0 ? 0 - u : u;
	char d[24];
	int n = 0;
	do
		d[n++] = (char)('0' + v % 10), v /= 10;
	while (v);
	if (opos + 32 > sizeof obuf)
		fwrite(obuf, 1, opos, stdout), opos = 0;
	if (s < 0)
		obuf[opos++] = '-';
	while (n)
		obuf[opos++] = d[--n];
	obuf[opos++] = '\n';
}

int main(void)
{
	int eol;
	tok_cap = 1 << 12;
	tok = malloc(tok_cap);
	if (!tok)
		return 1;
	size_t n = next_token(&eol);
	tok[n] = 0;
	long q = strtol(tok, NULL, 10);
	for (long i = 0; i < q; i++) {
		n = next_token(&eol);
		if (n == 4 && memcmp(tok, "hash", 4) == 0) {
			n = next_token(&eol);
			put_u64(fingerprint64(tok, n));
		} else {
			n = next_token(&eol);
			tok[n] = 0;
			uint64_t h = strtoull(tok, NULL, 10);
			while (!eol) {
				n = next_token(&eol);
				h = fingerprint_cat64(h, fingerprint64(tok, n));
			}
			put_u64(h);
		}
	}
	fwrite(obuf, 1, opos, stdout);
	return 0;
}
