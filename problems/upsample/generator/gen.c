/*
 * Generator for upsample: one input from a seed, a mode and its sizes.
 *   gen SEED nearest|nearest-exact C H W OH OW [KIND]
 *   gen SEED bilinear|bicubic C H W OH OW A [KIND]
 *   gen SEED pixel-shuffle|pixel-unshuffle C H W R [KIND]
 * KIND picks the values: rand (default; uniform in [-1000, 1000], 3 decimals),
 * int (integers in [-1000, 1000]), steps (only -1000 and 1000: the largest
 * jumps, where interpolation errors are largest), smooth (a slow wave).
 * Deterministic: splitmix64, integer arithmetic only for the values.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng;

static uint64_t next(void)
{
	uint64_t z = (rng += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static long uniform(long lo, long hi) /* inclusive */
{
	return lo + (long)(next() % (uint64_t)(hi - lo + 1));
}

static char obuf[1 << 16];
static size_t olen;

static void out(const char *s, size_t n)
{
	if (olen + n > sizeof obuf) {
		fwrite(obuf, 1, olen, stdout);
		olen = 0;
	}
	memcpy(obuf + olen, s, n);
	olen += n;
}

/* v in thousandths; prints with 3 decimals, or as an integer if whole */
static void put_milli(long v, int whole, char sep)
{
	char t[32];
	int n;
	long a = v < 0 ? -v : v;
	if (whole)
		n = snprintf(t, sizeof t, "%s%ld%c", v < 0 ? "-" : "", a / 1000, sep);
	else
		n = snprintf(t, sizeof t, "%s%ld.%03ld%c", v < 0 ? "-" : "", a / 1000, a % 1000, sep);
	out(t, (size_t)n);
}

static void usage(void)
{
	fprintf(stderr, "usage: gen SEED MODE C H W (OH OW [A] | R) [rand|int|steps|smooth]\n");
	exit(2);
}

int main(int argc, char **argv)
{
	if (argc < 7)
		usage();
	rng = strtoull(argv[1], NULL, 10);
	const char *mode = argv[2];
	int nsize;
	if (!strcmp(mode, "nearest") || !strcmp(mode, "nearest-exact"))
		nsize = 5;
	else if (!strcmp(mode, "bilinear") || !strcmp(mode, "bicubic"))
		nsize = 6;
	else if (!strcmp(mode, "pixel-shuffle") || !strcmp(mode, "pixel-unshuffle"))
		nsize = 4;
	else
		usage();
	if (argc < 3 + nsize || argc > 4 + nsize)
		usage();
	long sz[6];
	for (int i = 0; i < nsize; i++)
		sz[i] = atol(argv[3 + i]);
	const char *kind = argc == 4 + nsize ? argv[3 + nsize] : "rand";
	long C = sz[0], H = sz[1], W = sz[2];

	printf("%s", mode);
	for (int i = 0; i < nsize; i++)
		printf(" %ld", sz[i]);
	printf("\n");
	fflush(stdout);
	for (long c = 0; c < C; c++) {
		long phase = uniform(0, 999);
		for (long y = 0; y < H; y++)
			for (long x = 0; x < W; x++) {
				char sep = x == W - 1 ? '\n' : ' ';
				if (!strcmp(kind, "int"))
					put_milli(1000 * uniform(-1000, 1000), 1, sep);
				else if (!strcmp(kind, "steps"))
					put_milli(next() >> 63 ? 1000000 : -1000000, 1, sep);
				else if (!strcmp(kind, "smooth")) {
					/* a triangle wave of period 64 in both directions */
					long t = (x + 2 * y + phase) % 64;
					put_milli((t < 32 ? t : 64 - t) * 62500 - 1000000, 0, sep);
				} else
					put_milli(uniform(-1000000, 1000000), 0, sep);
			}
	}
	fwrite(obuf, 1, olen, stdout);
	return 0;
}
