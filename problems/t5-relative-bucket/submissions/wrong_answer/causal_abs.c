/*
 * T5 relative position bucket that takes n = |rel| in the causal case too,
 * so keys after the query get buckets instead of bucket 0.
 * Time: O(q). Memory: O(1).
 * Status: wrong_answer on sample/2 and secret/04-causal-positive-rel (causal
 * 32/128, rel = 5 gives 5 instead of 0).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static long t5_bucket(long rel, int bidirectional, int num_buckets, int max_distance)
{
	long nb = num_buckets, bucket = 0, n, me, large;
	if (bidirectional) {
		nb /= 2;
		if (rel > 0)
			bucket = nb;
	}
	n = rel < 0 ? -rel : rel;
	me = nb / 2;
	if (n < me)
		return bucket + n;
	float x = (float)n / (float)me;
	large = me + (long)(logf(x) / (float)log((double)max_distance / me) * (float)(nb - me));
	if (large > nb - 1)
		large = nb - 1;
	return bucket + large;
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
	for (long t = 0; t < q; t++) {
		long i = read_long(), j = read_long();
		write_long(t5_bucket(j - i, bidirectional, num_buckets, max_distance));
	}
	fwrite(obuf, 1, olen, stdout);
	return 0;
}
