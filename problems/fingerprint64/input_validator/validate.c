/*
 * Input validator for fingerprint64: q (1..10^6), then q lines "hash S" or
 * "cross SEED v1 ... vm" (m >= 1, SEED a decimal 0..2^64-1 without leading
 * zeros); strings of 1..10^5 bytes in '!'..'~'; total string bytes <= 10^7.
 * Single spaces, every line ends with '\n', nothing after the last line.
 * Exit 42 if valid, 43 with "line L: ..." on stdout otherwise.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *in;
static size_t len, pos;
static long line = 1;

static void fail(const char *msg)
{
	printf("line %ld: %s\n", line, msg);
	exit(43);
}

static void expect(char c, const char *what)
{
	if (pos >= len || in[pos] != c)
		fail(what);
	pos++;
}

/* A token of bytes '!'..'~'; returns its length (0 if none). */
static size_t token(void)
{
	size_t start = pos;
	while (pos < len && in[pos] >= '!' && in[pos] <= '~')
		pos++;
	return pos - start;
}

/* An unsigned decimal without leading zeros, at most max. */
static uint64_t number(uint64_t max, const char *what)
{
	size_t start = pos;
	uint64_t v = 0;
	while (pos < len && in[pos] >= '0' && in[pos] <= '9') {
		unsigned d = (unsigned)(in[pos] - '0');
		if (v > (max - d) / 10)
			fail(what);
		v = v * 10 + d;
		pos++;
	}
	if (pos == start || (in[start] == '0' && pos - start > 1))
		fail(what);
	return v;
}

int main(void)
{
	size_t cap = 1 << 20;
	in = malloc(cap);
	for (size_t n; in && (n = fread(in + len, 1, cap - len, stdin)) > 0;) {
		len += n;
		if (len == cap)
			in = realloc(in, cap *= 2);
	}
	if (!in)
		fail("out of memory");
	long q = (long)number(1000000, "q must be an integer in 1..1000000");
	if (q < 1)
		fail("q must be an integer in 1..1000000");
	expect('\n', "expected a newline after q");
	long total = 0;
	for (long i = 0; i < q; i++) {
		line++;
		size_t s = pos, n = token();
		int cross = 0;
		if (n == 5 && memcmp(in + s, "cross", 5) == 0)
			cross = 1;
		else if (!(n == 4 && memcmp(in + s, "hash", 4) == 0))
			fail("expected 'hash' or 'cross'");
		expect(' ', "expected a single space after the operation");
		if (cross) {
			number(UINT64_MAX, "SEED must be a decimal in 0..18446744073709551615");
			expect(' ', "expected a single space after SEED");
		}
		for (;;) {
			n = token();
			if (n == 0)
				fail("expected a string of 1..100000 bytes in '!'..'~'");
			if (n > 100000)
				fail("string longer than 100000 bytes");
			total += (long)n;
			if (total > 10000000L)
				fail("total string bytes exceed 10^7");
			if (pos >= len)
				fail("missing newline at the end of the line");
			if (in[pos] == '\n')
				break;
			if (!cross)
				fail("expected exactly one string after 'hash'");
			expect(' ', "expected a single space or a newline after a string");
		}
		expect('\n', "expected a newline");
	}
	line++;
	if (pos != len)
		fail("extra data after the last line");
	return 42;
}
