/*
 * Generator for t5-relative-bucket: ./gen SEED BIDIR NUM_BUCKETS MAX_DISTANCE Q MAXPOS
 * BIDIR, NUM_BUCKETS or MAX_DISTANCE = -1 draws that value from the seed.
 * Positions satisfy |i|, |j| <= MAXPOS. Distances n = |rel| are drawn from a
 * mix: the exact region, the log region up to 2*max_distance, the real-valued
 * bucket boundaries me*(max_distance/me)^(k/(nb-me)) rounded +-1 (where a
 * double-precision computation may disagree), log-uniform, and independent
 * uniform positions. Deterministic: splitmix64, no libc randomness.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static unsigned long long rng_state;

static unsigned long long next_u64(void)
{
	unsigned long long z = (rng_state += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* Uniform in [lo, hi]. */
static long long uniform(long long lo, long long hi)
{
	return lo + (long long)(next_u64() % (unsigned long long)(hi - lo + 1));
}

/* Roughly log-uniform in [lo, hi], lo >= 1: a uniform bit length, then a uniform value. */
static long long log_uniform(long long lo, long long hi)
{
	int bits = 0;
	while ((2LL << bits) <= hi)
		bits++;
	for (;;) {
		int b = (int)uniform(0, bits);
		long long a = 1LL << b, z = (2LL << b) - 1;
		if (a < lo)
			a = lo;
		if (z > hi)
			z = hi;
		if (a <= z)
			return uniform(a, z);
	}
}

static long long arg(char **argv, int k, long long lo, long long hi)
{
	char *end;
	long long v = strtoll(argv[k], &end, 10);
	if (*end || v < lo || v > hi) {
		fprintf(stderr, "gen: argument %d '%s' is out of [%lld, %lld]\n", k, argv[k], lo, hi);
		exit(2);
	}
	return v;
}

int main(int argc, char **argv)
{
	if (argc != 7) {
		fprintf(stderr, "usage: gen SEED BIDIR NUM_BUCKETS MAX_DISTANCE Q MAXPOS (-1 = random)\n");
		return 2;
	}
	rng_state = (unsigned long long)arg(argv, 1, 0, (long long)9e18);
	long long bi = arg(argv, 2, -1, 1), nbk = arg(argv, 3, -1, 1024);
	long long md = arg(argv, 4, -1, 1000000000), q = arg(argv, 5, 1, 1000000);
	long long maxpos = arg(argv, 6, 1, 1000000000);
	if (bi < 0)
		bi = nbk >= 0 && nbk < 4 ? 0 : (long long)uniform(0, 1);
	if (nbk < 0)
		nbk = uniform(0, 1) ? uniform(bi ? 4 : 2, 64) : uniform(bi ? 4 : 2, 1024);
	long long nb = bi ? nbk / 2 : nbk, me = nb / 2;
	if (md < 0) {
		int kind = (int)uniform(0, 9);
		if (kind < 5)
			md = uniform(me + 1, 4 * nb + 10);
		else if (kind < 8)
			md = log_uniform(me + 1, 10000);
		else
			md = log_uniform(me + 1, 1000000000);
	}
	if (me < 1 || md <= me || nbk < 2) {
		fprintf(stderr, "gen: invalid configuration %lld %lld %lld\n", bi, nbk, md);
		return 2;
	}
	long long nmax = 2 * maxpos;
	printf("%lld %lld %lld %lld\n", bi, nbk, md, q);
	for (long long t = 0; t < q; t++) {
		long long n, i, j, rel;
		int kind = (int)uniform(0, 19);
		if (kind < 3) {
			i = uniform(-maxpos, maxpos);
			j = uniform(-maxpos, maxpos);
			printf("%lld %lld\n", i, j);
			continue;
		}
		if (kind < 8) {
			n = uniform(0, 2 * me + 2);
		} else if (kind < 13) {
			n = uniform(0, 2 * md);
		} else if (kind < 17) {
			double k = (double)uniform(0, nb - me);
			n = (long long)floor((double)me * pow((double)md / me, k / (double)(nb - me)));
			n += uniform(-1, 1);
		} else {
			n = log_uniform(1, nmax);
		}
		if (n < 0)
			n = 0;
		if (n > nmax)
			n = nmax;
		/* Causal buckets only see rel <= 0; keep a fifth positive to exercise bucket 0. */
		if (bi ? uniform(0, 1) : uniform(0, 4) == 0)
			rel = n;
		else
			rel = -n;
		long long lo = -maxpos > -maxpos - rel ? -maxpos : -maxpos - rel;
		long long hi = maxpos < maxpos - rel ? maxpos : maxpos - rel;
		i = uniform(lo, hi);
		j = i + rel;
		printf("%lld %lld\n", i, j);
	}
	return 0;
}
