/*
 * Perceptron counting only y*(w.x + b) < 0 as a mistake: a tie is let
 * through, so with w = 0, b = 0 nothing is ever learned.
 * Time: O(n*d) (stops after one epoch). Memory: O(n*d).
 * Status: wrong_answer on sample/1 and secret/01-ties-are-mistakes (prints
 * "converged 1 0" and zero weights).
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

int main(void)
{
	long n = read_long(), d = read_long(), max_epochs = read_long();
	int *x = malloc((size_t)(n * d) * sizeof *x);
	int *y = malloc((size_t)n * sizeof *y);
	long long *w = calloc((size_t)d, sizeof *w);
	if (!x || !y || !w)
		return 1;
	for (long i = 0; i < n; i++) {
		for (long k = 0; k < d; k++)
			x[i * d + k] = (int)read_long();
		y[i] = (int)read_long();
	}
	long long b = 0, updates = 0;
	long epoch = 0;
	int converged = 0;
	while (epoch < max_epochs && !converged) {
		epoch++;
		long mistakes = 0;
		for (long i = 0; i < n; i++) {
			const int *xi = x + i * d;
			long long s = b;
			for (long k = 0; k < d; k++)
				s += w[k] * xi[k];
			if (y[i] * s < 0) {
				for (long k = 0; k < d; k++)
					w[k] += y[i] * xi[k];
				b += y[i];
				mistakes++;
			}
		}
		updates += mistakes;
		converged = mistakes == 0;
	}
	printf("%s %ld %lld\n", converged ? "converged" : "not_converged", epoch, updates);
	for (long k = 0; k < d; k++)
		printf(k ? " %lld" : "%lld", w[k]);
	printf("\n%lld\n", b);
	return 0;
}
