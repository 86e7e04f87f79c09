/*
 * Input validator for upsample: exact format (single spaces, C*H lines of W
 * numbers, one final newline) and every constraint of the statement.
 * Exit 42 if valid, 43 with "line L: ..." on stdout if not.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXN 4000000L

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

/* a token of non-whitespace bytes */
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

static long integer(const char *what, long lo, long hi)
{
	char t[32];
	size_t n = token(t, sizeof t);
	for (size_t i = 0; i < n; i++)
		if (t[i] < '0' || t[i] > '9')
			fail("%s: '%s' is not a non-negative integer", what, t);
	if (n > 1 && t[0] == '0')
		fail("%s: leading zero in '%s'", what, t);
	if (n > 9)
		fail("%s = %s out of range [%ld, %ld]", what, t, lo, hi);
	long v = atol(t);
	if (v < lo || v > hi)
		fail("%s = %ld out of range [%ld, %ld]", what, v, lo, hi);
	return v;
}

/* -?(0|[1-9][0-9]*)(.[0-9]{1,6})? with |x| <= 1000 */
static void number(void)
{
	char t[32];
	size_t n = token(t, sizeof t), i = 0;
	if (t[i] == '-')
		i++;
	size_t d0 = i;
	while (i < n && t[i] >= '0' && t[i] <= '9')
		i++;
	if (i == d0)
		fail("'%s' is not a number", t);
	if (i - d0 > 1 && t[d0] == '0')
		fail("leading zero in '%s'", t);
	if (i - d0 > 4)
		fail("|x| > 1000 in '%s'", t);
	if (i < n) {
		if (t[i] != '.')
			fail("'%s' is not a number", t);
		size_t f0 = ++i;
		while (i < n && t[i] >= '0' && t[i] <= '9')
			i++;
		if (i != n || i == f0 || i - f0 > 6)
			fail("'%s' is not a number with 1 to 6 decimals", t);
	}
	if (strtod(t, NULL) > 1000 || strtod(t, NULL) < -1000)
		fail("|x| > 1000 in '%s'", t);
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

	char mode[32];
	token(mode, sizeof mode);
	int kind = !strcmp(mode, "nearest") || !strcmp(mode, "nearest-exact") ? 0
		 : !strcmp(mode, "bilinear") || !strcmp(mode, "bicubic")    ? 1
		 : !strcmp(mode, "pixel-shuffle")                           ? 2
		 : !strcmp(mode, "pixel-unshuffle")                         ? 3
									    : -1;
	if (kind < 0)
		fail("unknown mode '%s'", mode);
	expect(' ');
	long C = integer("C", 1, MAXN);
	expect(' ');
	long H = integer("H", 1, MAXN);
	expect(' ');
	long W = integer("W", 1, MAXN);
	if (C * H > MAXN || C * H * W > MAXN)
		fail("C*H*W = %ld exceeds %ld", C * H * W, MAXN);
	if (kind <= 1) {
		expect(' ');
		long OH = integer("OH", 1, MAXN);
		expect(' ');
		long OW = integer("OW", 1, MAXN);
		if (C * OH > MAXN || C * OH * OW > MAXN)
			fail("C*OH*OW = %ld exceeds %ld", C * OH * OW, MAXN);
		if (kind == 1) {
			expect(' ');
			integer("A", 0, 1);
		}
	} else {
		expect(' ');
		long R = integer("R", 1, MAXN);
		if (kind == 2 && (R > C || C % (R * R) != 0))
			fail("pixel-shuffle: C = %ld is not a multiple of R*R = %ld", C, R * R);
		if (kind == 3 && (H % R != 0 || W % R != 0))
			fail("pixel-unshuffle: H = %ld and W = %ld must be multiples of R = %ld", H, W, R);
	}
	expect('\n');
	for (long r = 0; r < C * H; r++) {
		for (long c = 0; c < W; c++) {
			if (c)
				expect(' ');
			number();
		}
		expect('\n');
	}
	if (pos != len)
		fail("trailing data after the last row");
	return 42;
}
