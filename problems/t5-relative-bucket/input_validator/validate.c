/*
 * Input validator for t5-relative-bucket: line 1 "bidirectional num_buckets
 * max_distance q", then q lines "i j"; single spaces, every line ending in
 * '\n', nothing after. bidirectional in {0, 1}, 2 <= num_buckets <= 1024,
 * 2 <= max_distance <= 10^9, 1 <= q <= 10^6, |i|, |j| <= 10^9; with
 * nb = num_buckets/2 (bidirectional) or num_buckets (causal) and me = nb/2:
 * me >= 1 and max_distance > me. Integers are canonical (no '+', no leading
 * zeros, no "-0"). Exit 42 if valid, 43 with "line L: ..." on stdout if not.
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
	long long bi = read_int(0, 1, "bidirectional");
	expect(' ', "a single space");
	long long nbk = read_int(2, 1024, "num_buckets");
	expect(' ', "a single space");
	long long md = read_int(2, 1000000000, "max_distance");
	expect(' ', "a single space");
	long long q = read_int(1, 1000000, "q");
	expect('\n', "end of line");
	long long nb = bi ? nbk / 2 : nbk, me = nb / 2;
	line--;
	if (me < 1)
		fail("%s: max_exact = %lld must be >= 1", "num_buckets", me, 0, 0);
	if (md <= me)
		fail("%s = %lld must exceed max_exact = %lld", "max_distance", md, me, 0);
	line++;
	for (long long t = 0; t < q; t++) {
		read_int(-1000000000, 1000000000, "i");
		expect(' ', "a single space");
		read_int(-1000000000, 1000000000, "j");
		expect('\n', "end of line");
	}
	if (peekc() != EOF)
		fail("%s after the last query", "unexpected data", 0, 0, 0);
	return 42;
}
