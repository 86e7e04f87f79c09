/*
 * Input validator for perceptron: line 1 "n d max_epochs", then n lines of d
 * integers x and a label y, single spaces, every line ending in '\n', nothing
 * after. n, d >= 1, n*d <= 10^6, 1 <= max_epochs <= 1000,
 * n*d*max_epochs <= 2*10^8, |x| <= 10^4, y in {-1, 1}. Integers are
 * canonical (no '+', no leading zeros, no "-0"). Exit 42 if valid, 43 with
 * "line L: ..." on stdout if not.
 */
#include <stdio.h>
#include <stdlib.h>

static char buf[1 << 16];
static size_t blen, bpos;
static long line = 1;

static int peekc(void)
{
	if (bpos == blen) {
		blen = fread(buf, 1, sizeof buf, stdin);
		bpos = 0;
		if (blen == 0)
			return EOF;
	}
	return (unsigned char)buf[bpos];
}

static void fail(const char *fmt, const char *what, long long a, long long b, long long c)
{
	printf("line %ld: ", line);
	printf(fmt, what, a, b, c);
	printf("\n");
	exit(43);
}

/* One canonical integer in [lo, hi]; `what` names it in messages. */
static long long read_int(long long lo, long long hi, const char *what)
{
	int neg = 0, digits = 0, c = peekc();
	long long v = 0;
	if (c == '-') {
		neg = 1;
		bpos++;
		c = peekc();
	}
	if (c < '0' || c > '9')
		fail("expected %s", what, 0, 0, 0);
	if (c == '0') {
		bpos++;
		c = peekc();
		if (c >= '0' && c <= '9')
			fail("%s has a leading zero", what, 0, 0, 0);
		if (neg)
			fail("%s is \"-0\"", what, 0, 0, 0);
		digits = 1;
	}
	while ((c = peekc()) >= '0' && c <= '9') {
		bpos++;
		if (++digits > 12)
			fail("%s has too many digits", what, 0, 0, 0);
		v = v * 10 + (c - '0');
	}
	if (neg)
		v = -v;
	if (v < lo || v > hi)
		fail("%s = %lld is out of [%lld, %lld]", what, v, lo, hi);
	return v;
}

static void expect(int want, const char *what)
{
	int c = peekc();
	if (c != want)
		fail(c == EOF ? "expected %s, found end of file" : "expected %s", what, 0, 0, 0);
	bpos++;
	if (want == '\n')
		line++;
}

int main(void)
{
	long long n = read_int(1, 1000000, "n");
	expect(' ', "a single space");
	long long d = read_int(1, 1000000, "d");
	expect(' ', "a single space");
	long long e = read_int(1, 1000, "max_epochs");
	if (n * d > 1000000)
		fail("%s = %lld exceeds 10^6", "n*d", n * d, 0, 0);
	if (n * d * e > 200000000)
		fail("%s = %lld exceeds 2*10^8", "n*d*max_epochs", n * d * e, 0, 0);
	expect('\n', "end of line");
	for (long long i = 0; i < n; i++) {
		for (long long k = 0; k < d; k++) {
			read_int(-10000, 10000, "x");
			expect(' ', "a single space");
		}
		if (read_int(-1, 1, "y") == 0)
			fail("%s must be -1 or 1", "y", 0, 0, 0);
		expect('\n', "end of line");
	}
	if (peekc() != EOF)
		fail("%s after the last example", "unexpected data", 0, 0, 0);
	return 42;
}
