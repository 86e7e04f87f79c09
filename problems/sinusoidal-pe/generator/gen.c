/*
 * Generator for sinusoidal-pe: ./gen SEED L d base layout
 * The input is the single line "L d base layout". Any of L, d, base, layout
 * may be 'r': drawn from the seed within the constraints (d first, then L
 * up to min(10^5, 4*10^6/d)). Deterministic: splitmix64 seeded by SEED only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long long rng_state;

static unsigned long long next_u64(void)
{
	unsigned long long z = (rng_state += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* uniform in [lo, hi] */
static long rnd(long lo, long hi)
{
	return lo + (long)(next_u64() % (unsigned long long)(hi - lo + 1));
}

int main(int argc, char **argv)
{
	if (argc != 6) {
		fprintf(stderr, "usage: gen SEED L|r d|r base|r interleaved|concat|r\n");
		return 2;
	}
	rng_state = strtoull(argv[1], NULL, 10);
	long d = strcmp(argv[3], "r") ? atol(argv[3]) : 2 * rnd(2, 1024);
	long lmax = 4000000 / d < 100000 ? 4000000 / d : 100000;
	long L = strcmp(argv[2], "r") ? atol(argv[2]) : rnd(1, lmax);
	long base = strcmp(argv[4], "r") ? atol(argv[4]) : rnd(2, 1000000);
	const char *layout = strcmp(argv[5], "r") ? argv[5] : (next_u64() & 1 ? "concat" : "interleaved");
	if (d < 4 || d > 2048 || d % 2 || L < 1 || L > lmax || base < 2 || base > 1000000 ||
	    (strcmp(layout, "interleaved") && strcmp(layout, "concat"))) {
		fprintf(stderr, "gen: arguments outside the constraints\n");
		return 2;
	}
	printf("%ld %ld %ld %s\n", L, d, base, layout);
	return 0;
}
