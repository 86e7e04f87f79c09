/*
 * T5 relative position bucket from a table of bucket boundaries: for each
 * logarithmic bucket b the smallest distance n that reaches it, found once
 * per input by binary search over n with the single-precision expression;
 * each query is then a binary search in that table, with no logarithm.
 * Time: O(nb log(2*10^9) + q log nb). Memory: O(nb).
 * Status: accepted; relies on the float expression being non-decreasing in n
 * (logf is monotonic); identical to float_ref on every test and on random
 * configurations (bench sizes up to 10^6 queries).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define NMAX 2000000001L /* past every |j - i| the input allows */

static long nb, me, offset;
static float logmd, span; /* the float divisor and factor of the reference */
/* bound[k] = smallest n with bucket me + 1 + k (k = 0 .. nb-me-2); nbound entries. */
static long bound[1024];
static int nbound;

/* The logarithmic bucket of n >= me, before the bidirectional offset. */
static long large_bucket(long n)
{
	float x = (float)n / (float)me;
	long large = me + (long)(logf(x) / logmd * span);
	return large > nb - 1 ? nb - 1 : large;
}

static void build(int bidirectional, int num_buckets, int max_distance)
{
	nb = bidirectional ? num_buckets / 2 : num_buckets;
	offset = bidirectional ? nb : 0;
	me = nb / 2;
	logmd = (float)log((double)max_distance / me);
	span = (float)(nb - me);
	nbound = 0;
	for (long b = me + 1; b <= nb - 1; b++) {
		long lo = me, hi = NMAX; /* large_bucket(hi) >= b is assumed; NMAX means never */
		while (lo < hi) {
			long mid = lo + (hi - lo) / 2;
			if (large_bucket(mid) >= b)
				hi = mid;
			else
				lo = mid + 1;
		}
		bound[nbound++] = lo;
	}
}

static long query(long rel, int bidirectional)
{
	long n, base = 0;
	if (bidirectional) {
		if (rel > 0)
			base = offset;
		n = rel < 0 ? -rel : rel;
	} else {
		n = rel < 0 ? -rel : 0;
	}
	if (n < me)
		return base + n;
	int lo = 0, hi = nbound; /* count of bounds <= n */
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if (bound[mid] <= n)
			lo = mid + 1;
		else
			hi = mid;
	}
	return base + me + lo;
}

static char ibuf[1 << 16];
static size_t ilen, ipos;

static int next_byte(void)
{
	if (ipos == ilen) {
		ilen = fread(ibuf, 1, sizeof ibuf, stdin);
		ipos = 0;
		if (ilen == 0)
			return -1;
	}
	return (unsigned char)ibuf[ipos++];
}

static long read_long(void)
{
	int c = next_byte(), neg = 0;
	long v = 0;
	while (c == ' ' || c == '\n' || c == '\r' || c == '\t')
		c = next_byte();
	if (c == '-') {
		neg = 1;
		c = next_byte();
	}
	while (c >= '0' && c <= '9') {
		v = v * 10 + (c - '0');
		c = next_byte();
	}
	return neg ? -v : v;
}

static char obuf[1 << 16];
static size_t olen;

static void write_long(long v)
{
	char tmp[24];
	int k = 0;
	if (olen + 24 > sizeof obuf) {
		fwrite(obuf, 1, olen, stdout);
		olen = 0;
	}
	if (v < 0) {
		obuf[olen++] = '-';
		v = -v;
	}
	do
		tmp[k++] = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	while (k > 0)
		obuf[olen++] = tmp[--k];
	obuf[olen++] = '\n';
}

int main(void)
{
	int bidirectional = (int)read_long();
	int num_buckets = (int)read_long();
	int max_distance = (int)read_long();
	long q = read_long();
	build(bidirectional, num_buckets, max_distance);
	for (long t = 0; t < q; t++) {
		long i = read_long(), j = read_long();
		write_long(query(j - i, bidirectional));
	}
	fwrite(obuf, 1, olen, stdout);
	return 0;
}
