/*
 * Input validator for sliding-window-max: line 1 "n k", line 2 the n
 * integers separated by single spaces, each line ending in '\n', nothing
 * after; 1 <= k <= n <= 2*10^6 and |a_i| <= 10^9. Integers are canonical
 * (no '+', no leading zeros, no "-0"). Exit 42 if valid, 43 with
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

static int getc_(void)
{
	int c = peekc();
	if (c != EOF)
		bpos++;
	return c;
}

static void fail(const char *what)
{
	printf("line %ld: %s\n", line, what);
	exit(43);
}

/* One canonical integer in [lo, hi]; `what` names it in messages. */
static long long read_int(long long lo, long long hi, const char *what)
{
	static char msg[128];
	int neg = 0, digits = 0, c = peekc();
	long long v = 0;
	if (c == '-') {
		neg = 1;
		getc_();
		c = peekc();
	}
	if (c < '0' || c > '9') {
		snprintf(msg, sizeof msg, "expected %s", what);
		fail(msg);
	}
	if (c == '0') {
		getc_();
		c = peekc();
		if (c >= '0' && c <= '9') {
			snprintf(msg, sizeof msg, "%s has a leading zero", what);
			fail(msg);
		}
		if (neg) {
			snprintf(msg, sizeof msg, "%s is \"-0\"", what);
			fail(msg);
		}
		digits = 1;
	}
	while ((c = peekc()) >= '0' && c <= '9') {
		getc_();
		if (++digits > 12) {
			snprintf(msg, sizeof msg, "%s has too many digits", what);
			fail(msg);
		}
		v = v * 10 + (c - '0');
	}
	if (neg)
		v = -v;
	if (v < lo || v > hi) {
		snprintf(msg, sizeof msg, "%s = %lld is out of [%lld, %lld]", what, v, lo, hi);
		fail(msg);
	}
	return v;
}

static void expect(int want, const char *what)
{
	int c = getc_();
	if (c != want) {
		static char msg[128];
		if (c == EOF)
			snprintf(msg, sizeof msg, "expected %s, found end of file", what);
		else
			snprintf(msg, sizeof msg, "expected %s, found byte 0x%02x", what, c);
		fail(msg);
	}
	if (want == '\n')
		line++;
}

int main(void)
{
	long long n = read_int(1, 2000000, "n");
	expect(' ', "a space after n");
	read_int(1, n, "k (1 <= k <= n)");
	expect('\n', "a newline after k");
	for (long long i = 0; i < n; i++) {
		read_int(-1000000000, 1000000000, "a value");
		expect(i + 1 < n ? ' ' : '\n', i + 1 < n ? "a single space" : "a newline after the last value");
	}
	if (peekc() != EOF)
		fail("extra data after the last line");
	return 42;
}
