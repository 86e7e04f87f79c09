/*
 * Generator for perceptron: ./gen SEED N D MAX_EPOCHS KIND MAXABS
 * Examples have integer features in [-MAXABS, MAXABS]. KIND:
 *   noise    random labels (not separable once n is large)
 *   sep      labelled by a random integer hyperplane through the origin,
 *            points closer than 0.2 standard deviations to it rejected
 *   sepbias  the same with a hyperplane off the origin (bias 0.5 standard
 *            deviations), plus pairs p, m*p (m = 2..10) on opposite sides:
 *            collinear with the origin, so no hyperplane through the origin
 *            separates them and a bias is required (MAXABS >= 2)
 *   flip     sep with 2% of the labels flipped (not separable)
 *   tiny     sep with no margin rule (separable, usually slow to converge)
 * Deterministic: splitmix64, no libc randomness.
 */
#include <math.h>
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

static long long uniform(long long lo, long long hi)
{
	return lo + (long long)(next_u64() % (unsigned long long)(hi - lo + 1));
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

static long long d, maxabs, *wstar, bstar;
static int *row;

static long long score(const int *x)
{
	long long s = bstar;
	for (long long k = 0; k < d; k++)
		s += wstar[k] * x[k];
	return s;
}

static void print_row(const int *x, int y)
{
	for (long long k = 0; k < d; k++)
		printf("%d ", x[k]);
	printf("%d\n", y);
}

int main(int argc, char **argv)
{
	if (argc != 7) {
		fprintf(stderr, "usage: gen SEED N D MAX_EPOCHS KIND MAXABS\n");
		return 2;
	}
	rng_state = (unsigned long long)arg(argv, 1, 0, (long long)9e18);
	long long n = arg(argv, 2, 1, 1000000);
	d = arg(argv, 3, 1, 1000000);
	long long max_epochs = arg(argv, 4, 1, 1000);
	const char *kind = argv[5];
	maxabs = arg(argv, 6, 0, 10000);
	if (n * d > 1000000 || n * d * max_epochs > 200000000) {
		fprintf(stderr, "gen: n*d or n*d*max_epochs too large\n");
		return 2;
	}
	int noise = !strcmp(kind, "noise"), sep = !strcmp(kind, "sep"), bias = !strcmp(kind, "sepbias");
	int flip = !strcmp(kind, "flip"), tiny = !strcmp(kind, "tiny");
	if (!(noise || sep || bias || flip || tiny) || (bias && maxabs < 2) || (!noise && maxabs < 1)) {
		fprintf(stderr, "gen: unknown KIND '%s' or MAXABS too small for it\n", kind);
		return 2;
	}
	wstar = malloc((size_t)d * sizeof *wstar);
	row = malloc((size_t)d * sizeof *row);
	if (!wstar || !row)
		return 1;
	double norm2 = 0;
	do {
		norm2 = 0;
		for (long long k = 0; k < d; k++) {
			wstar[k] = uniform(-100, 100);
			norm2 += (double)wstar[k] * (double)wstar[k];
		}
	} while (norm2 == 0);
	/* Standard deviation of w*.x for x uniform in the box. */
	double sd = sqrt(norm2 * (double)maxabs * (double)(maxabs + 1) / 3.0);
	double margin = tiny || noise ? 0 : 0.2 * sd;
	bstar = bias ? (long long)(0.5 * sd) * (uniform(0, 1) ? 1 : -1) : 0;
	printf("%lld %lld %lld\n", n, d, max_epochs);
	for (long long i = 0; i < n; i++) {
		int y;
		if (bias && i + 1 < n && (i == n / 3 || uniform(0, 39) == 0)) {
			/* A pair p, m*p collinear with the origin on opposite sides. */
			long long m, sp, sq;
			for (;;) {
				m = uniform(2, maxabs < 10 ? maxabs : 10);
				for (long long k = 0; k < d; k++)
					row[k] = (int)uniform(-maxabs / m, maxabs / m);
				sp = score(row);
				sq = m * (sp - bstar) + bstar;
				if ((double)sp * (double)sq < 0 && fabs((double)sp) >= margin && fabs((double)sq) >= margin)
					break;
			}
			print_row(row, sp > 0 ? 1 : -1);
			for (long long k = 0; k < d; k++)
				row[k] = (int)(m * row[k]);
			print_row(row, sq > 0 ? 1 : -1);
			i++;
			continue;
		}
		for (;;) {
			for (long long k = 0; k < d; k++)
				row[k] = (int)uniform(-maxabs, maxabs);
			if (noise)
				break;
			long long s = score(row);
			if (s != 0 && fabs((double)s) >= margin)
				break;
		}
		if (noise)
			y = uniform(0, 1) ? 1 : -1;
		else
			y = score(row) > 0 ? 1 : -1;
		if (flip && uniform(0, 49) == 0)
			y = -y;
		print_row(row, y);
	}
	return 0;
}
