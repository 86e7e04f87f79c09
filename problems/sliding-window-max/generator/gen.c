/*
 * Generator for sliding-window-max: gen SEED n k [shape] writes "n k" and
 * n integers in [-10^9, 10^9] on stdout, deterministically (splitmix64).
 * Shapes: random (default), increasing, decreasing, equal, negative, few
 * (values from a set of 8, many duplicates), sawtooth (decreasing runs of
 * random length near k, so the deque keeps growing and emptying).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define VMAX 1000000000LL

static uint64_t rng_state;

static uint64_t rng_next(void)
{
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* Uniform in [lo, hi], by rejection so that no value is favoured. */
static long long rng_range(long long lo, long long hi)
{
	uint64_t span = (uint64_t)(hi - lo) + 1, lim = UINT64_MAX - UINT64_MAX % span, x;
	do
		x = rng_next();
	while (x >= lim);
	return lo + (long long)(x % span);
}

static char obuf[1 << 16];
static size_t olen;

static void out_flush(void)
{
	fwrite(obuf, 1, olen, stdout);
	olen = 0;
}

static void out_num(long long v, char sep)
{
	char tmp[24];
	int t = 0;
	unsigned long long u;
	if (olen + 24 > sizeof obuf)
		out_flush();
	if (v < 0) {
		obuf[olen++] = '-';
		u = (unsigned long long)(-v);
	} else {
		u = (unsigned long long)v;
	}
	do
		tmp[t++] = (char)('0' + u % 10);
	while (u /= 10);
	while (t)
		obuf[olen++] = tmp[--t];
	obuf[olen++] = sep;
}

static long long parse_arg(const char *s, const char *what)
{
	char *end;
	long long v = strtoll(s, &end, 10);
	if (*s == '\0' || *end != '\0') {
		fprintf(stderr, "gen: bad %s '%s'\n", what, s);
		exit(2);
	}
	return v;
}

int main(int argc, char **argv)
{
	if (argc < 4 || argc > 5) {
		fprintf(stderr, "usage: gen SEED n k [random|increasing|decreasing|equal|negative|few|sawtooth]\n");
		return 2;
	}
	rng_state = (uint64_t)parse_arg(argv[1], "seed");
	long long n = parse_arg(argv[2], "n"), k = parse_arg(argv[3], "k");
	const char *shape = argc == 5 ? argv[4] : "random";
	if (n < 1 || n > 2000000 || k < 1 || k > n) {
		fprintf(stderr, "gen: need 1 <= k <= n <= 2000000\n");
		return 2;
	}
	out_num(n, ' ');
	out_num(k, '\n');

	/* Strictly monotone shapes use steps that keep the whole run in range. */
	long long step = 2 * VMAX / n;
	if (step < 1)
		step = 1;
	if (step > 1000)
		step = 1000;
	long long lo = -VMAX, v = 0;

	if (!strcmp(shape, "random")) {
		for (long long i = 0; i < n; i++)
			out_num(rng_range(-VMAX, VMAX), i + 1 < n ? ' ' : '\n');
	} else if (!strcmp(shape, "increasing") || !strcmp(shape, "decreasing")) {
		/* Random gaps in [1, step]: the last value is at most lo + (n-1)*step <= VMAX. */
		int inc = shape[0] == 'i';
		long long cur = lo;
		long long *vals = malloc((size_t)n * sizeof *vals);
		if (!vals)
			return 2;
		for (long long i = 0; i < n; i++) {
			vals[i] = cur;
			cur += rng_range(1, step);
		}
		for (long long i = 0; i < n; i++)
			out_num(inc ? vals[i] : vals[n - 1 - i], i + 1 < n ? ' ' : '\n');
		free(vals);
	} else if (!strcmp(shape, "equal")) {
		v = rng_range(-VMAX, VMAX);
		for (long long i = 0; i < n; i++)
			out_num(v, i + 1 < n ? ' ' : '\n');
	} else if (!strcmp(shape, "negative")) {
		for (long long i = 0; i < n; i++)
			out_num(rng_range(-VMAX, -1), i + 1 < n ? ' ' : '\n');
	} else if (!strcmp(shape, "few")) {
		long long set[8];
		for (int j = 0; j < 8; j++)
			set[j] = rng_range(-VMAX, VMAX);
		for (long long i = 0; i < n; i++)
			out_num(set[rng_range(0, 7)], i + 1 < n ? ' ' : '\n');
	} else if (!strcmp(shape, "sawtooth")) {
		/* Decreasing runs whose length is k/2..2k, each starting high. */
		long long left = 0, cur = 0;
		for (long long i = 0; i < n; i++) {
			if (left == 0) {
				left = rng_range(k / 2 + 1, 2 * k);
				cur = rng_range(VMAX / 2, VMAX);
			}
			out_num(cur, i + 1 < n ? ' ' : '\n');
			cur -= rng_range(0, 3);
			if (cur < -VMAX)
				cur = -VMAX;
			left--;
		}
	} else {
		fprintf(stderr, "gen: unknown shape '%s'\n", shape);
		return 2;
	}
	out_flush();
	return 0;
}
