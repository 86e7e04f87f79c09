/*
 * T5 relative position bucket, computed per query exactly as the reference
 * T5 code does: the logarithmic part in single precision (logf), truncated.
 * Time: O(q). Memory: O(1) besides the input buffer.
 * Status: accepted (reference); agrees with a torch float32 port of HF
 * transformers' _relative_position_bucket on every test and on a sweep of
 * num_buckets 2..129 x max_distance 2..299 (scripts/oracles/t5-relative-bucket).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/*
 * Bucket of rel = j - i. The order matters: n < me is tested before any
 * logarithm is taken (logf(0) is -inf and its conversion to long undefined).
 * The float casts pin each step to single precision as torch's float32
 * tensors do; the constant log(max_distance / me) is a double rounded to float.
 */
static long t5_bucket(long rel, int bidirectional, int num_buckets, int max_distance)
{
	long nb = num_buckets, bucket = 0, n, me, large;
	if (bidirectional) {
		nb /= 2;
		if (rel > 0)
			bucket = nb;
		n = rel < 0 ? -rel : rel;
	} else {
		n = rel < 0 ? -rel : 0;
	}
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
