/*
 * Input validator for receptive-field: exact format (single spaces, one line
 * per layer, one final newline), ranges, and the 64-bit guarantee: up to the
 * first invalid layer, j, r, 2*|start| and 2*p*j_prev stay below 2^63
 * (checked with 128-bit arithmetic). Exit 42 if valid, 43 with "line L: ...".
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef __int128 i128;

static const i128 LIM = (i128)1 << 63;
static char *buf;
static size_t len, pos;
static long line = 1;

static void fail(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	printf("line %ld: ", line);
	vprintf(fmt, ap);
	printf("\n");
	va_end(ap);
	exit(43);
}

static void expect(char c)
{
	if (pos >= len)
		fail("expected %s, found end of file", c == '\n' ? "newline" : "space");
	if (buf[pos] != c)
		fail("expected %s, found byte 0x%02x", c == '\n' ? "newline" : "space",
		     (unsigned char)buf[pos]);
	pos++;
	if (c == '\n')
		line++;
}

static size_t token(char *dst, size_t cap)
{
	size_t n = 0;
	while (pos < len && buf[pos] != ' ' && buf[pos] != '\n') {
		if (n + 1 >= cap)
			fail("token too long");
		dst[n++] = buf[pos++];
	}
	dst[n] = 0;
	if (n == 0)
		fail("expected a token");
	return n;
}

static long long integer(const char *what, long long lo, long long hi)
{
	char t[32];
	size_t n = token(t, sizeof t);
	for (size_t i = 0; i < n; i++)
		if (t[i] < '0' || t[i] > '9')
			fail("%s: '%s' is not a non-negative integer", what, t);
	if (n > 1 && t[0] == '0')
		fail("%s: leading zero in '%s'", what, t);
	if (n > 18)
		fail("%s = %s out of range [%lld, %lld]", what, t, lo, hi);
	long long v = atoll(t);
	if (v < lo || v > hi)
		fail("%s = %lld out of range [%lld, %lld]", what, v, lo, hi);
	return v;
}

static i128 abs128(i128 v) { return v < 0 ? -v : v; }

static i128 n, j = 1, r = 1, start2; /* the state after the layers so far */

/* one layer of the statement's formulas in 128 bits */
static void simulate(i128 k, i128 s, i128 p, i128 d, int ceil_mode, int *valid)
{
	i128 kp = d * (k - 1) + 1, num = n + 2 * p - kp, m;
	if (!ceil_mode)
		m = num < 0 ? 0 : num / s + 1;
	else if (num < 0)
		m = 1 - (-num) / s;
	else {
		m = (num + s - 1) / s + 1;
		if ((m - 1) * s >= n + p)
			m--;
	}
	if (m < 1) {
		*valid = 0;
		return;
	}
	if (2 * p * j >= LIM)
		fail("2*p*j_prev = 2*%lld*j_prev does not fit in 64 bits", (long long)p);
	r += (kp - 1) * j;
	start2 += (kp - 1 - 2 * p) * j;
	j *= s;
	n = m;
	if (j >= LIM || r >= LIM || abs128(start2) >= LIM)
		fail("j, r or 2*start does not fit in 64 bits");
}

int main(void)
{
	size_t cap = 1 << 20;
	buf = malloc(cap);
	for (size_t r; (r = fread(buf + len, 1, cap - len, stdin)) > 0;) {
		len += r;
		if (len == cap)
			buf = realloc(buf, cap *= 2);
	}

	n = integer("n", 1, 1000000000);
	expect(' ');
	long long L = integer("L", 1, 100000);
	expect('\n');
	int valid = 1;
	for (long long l = 0; l < L; l++) {
		char name[32], mode[8];
		size_t nl = token(name, sizeof name);
		if (nl > 20)
			fail("name '%s' longer than 20 characters", name);
		for (size_t i = 0; i < nl; i++) {
			char c = name[i];
			if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') &&
			    c != '_' && c != '-')
				fail("name '%s': character 0x%02x not in [A-Za-z0-9_-]", name,
				     (unsigned char)c);
		}
		expect(' ');
		i128 k = integer("k", 1, 1000000000);
		expect(' ');
		i128 s = integer("s", 1, 1000000000);
		expect(' ');
		i128 p = integer("p", 0, 1000000000);
		expect(' ');
		i128 d = integer("d", 1, 1000000000);
		expect(' ');
		token(mode, sizeof mode);
		int ceil_mode = !strcmp(mode, "ceil");
		if (!ceil_mode && strcmp(mode, "floor"))
			fail("mode '%s' is neither floor nor ceil", mode);
		if (valid)
			simulate(k, s, p, d, ceil_mode, &valid);
		expect('\n');
	}
	if (pos != len)
		fail("trailing data after the last layer");
	return 42;
}
