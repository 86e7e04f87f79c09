/*
 * Input validator for rope: exact format and every constraint of the
 * catalogue. Exit 42 if valid, 43 with "line L: ..." on stdout otherwise.
 * A real is -?(0|[1-9][0-9]*)(\.[0-9]{1,6})? with |x| <= 100, not negative zero.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *buf;
static size_t len, pos;
static long line = 1;

static void fail(const char *msg)
{
	printf("line %ld: %s\n", line, msg);
	exit(43);
}

static void expect(char c)
{
	if (pos >= len)
		fail(c == '\n' ? "missing newline at end of line" : "unexpected end of input");
	if (buf[pos] != c) {
		if (c == ' ')
			fail(buf[pos] == '\n' ? "too few numbers on the line" : "expected a single space");
		fail(buf[pos] == ' ' ? "too many numbers or a trailing space" : "expected a newline");
	}
	pos++;
	if (c == '\n')
		line++;
}

/* a non-negative integer without leading zeros, at most lim */
static long read_uint(const char *what, long lim)
{
	char msg[128];
	size_t s = pos;
	long v = 0;
	while (pos < len && buf[pos] >= '0' && buf[pos] <= '9') {
		v = v * 10 + (buf[pos] - '0');
		if (v > lim) {
			snprintf(msg, sizeof msg, "%s exceeds %ld", what, lim);
			fail(msg);
		}
		pos++;
	}
	if (pos == s) {
		snprintf(msg, sizeof msg, "expected %s (a non-negative integer)", what);
		fail(msg);
	}
	if (buf[s] == '0' && pos - s > 1) {
		snprintf(msg, sizeof msg, "%s has a leading zero", what);
		fail(msg);
	}
	return v;
}

static void read_real(void)
{
	int neg = 0, nint = 0, nfrac = 0;
	long ip = 0, fp = 0;
	if (pos < len && buf[pos] == '-') {
		neg = 1;
		pos++;
	}
	size_t s = pos;
	while (pos < len && buf[pos] >= '0' && buf[pos] <= '9') {
		if (++nint > 3)
			fail("|x| exceeds 100");
		ip = ip * 10 + (buf[pos++] - '0');
	}
	if (nint == 0)
		fail("expected a real number");
	if (buf[s] == '0' && nint > 1)
		fail("real number with a leading zero");
	if (pos < len && buf[pos] == '.') {
		pos++;
		while (pos < len && buf[pos] >= '0' && buf[pos] <= '9') {
			if (++nfrac > 6)
				fail("more than 6 digits after the decimal point");
			fp = fp * 10 + (buf[pos++] - '0');
		}
		if (nfrac == 0)
			fail("no digit after the decimal point");
	}
	if (ip > 100 || (ip == 100 && fp > 0))
		fail("|x| exceeds 100");
	if (neg && ip == 0 && fp == 0)
		fail("negative zero");
}

int main(void)
{
	size_t cap = 1 << 20;
	size_t n;
	buf = malloc(cap);
	while ((n = fread(buf + len, 1, cap - len, stdin)) > 0) {
		len += n;
		if (len == cap)
			buf = realloc(buf, cap *= 2);
	}
	long L = read_uint("L", 4000000);
	expect(' ');
	long d = read_uint("d", 1024);
	expect(' ');
	long base = read_uint("base", 1000000);
	expect(' ');
	if (L < 1)
		fail("L must be at least 1");
	if (d < 2 || d % 2)
		fail("d must be even and at least 2");
	if (L * d > 4000000)
		fail("L*d exceeds 4*10^6");
	if (base < 2)
		fail("base must be at least 2");
	if (len - pos >= 12 && !memcmp(buf + pos, "interleaved", 11) && buf[pos + 11] == '\n')
		pos += 11;
	else if (len - pos >= 5 && !memcmp(buf + pos, "half", 4) && buf[pos + 4] == '\n')
		pos += 4;
	else
		fail("layout must be 'interleaved' or 'half', then a newline");
	expect('\n');
	for (long r = 0; r < L; r++) {
		if (pos >= len)
			fail("fewer than L vector lines");
		read_uint("position p", 1000000);
		for (long j = 0; j < d; j++) {
			expect(' ');
			read_real();
		}
		expect('\n');
	}
	if (pos != len)
		fail("extra data after the last vector");
	return 42;
}
