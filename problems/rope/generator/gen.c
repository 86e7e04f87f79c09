/*
 * Generator for rope: ./gen SEED L d base layout [positions] [values]
 * positions: seq (0..L-1), off (a random start, then consecutive), rand
 * (uniform 0..10^6, default), high (10^6-1000..10^6), small (0..100).
 * values: rand (uniform in [-100,100], 3 decimals, default), fine (6
 * decimals in [-1,1]), edge (magnitudes 99.9..100), int (integers -100..100).
 * Deterministic: splitmix64 seeded by SEED only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PMAX 1000000L

static unsigned long long rng_state;

static unsigned long long next_u64(void)
{
	unsigned long long z = (rng_state += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* uniform in [lo, hi] */
static long long rnd(long long lo, long long hi)
{
	return lo + (long long)(next_u64() % (unsigned long long)(hi - lo + 1));
}

static char obuf[1 << 16];
static size_t olen;

static void out_flush(void)
{
	fwrite(obuf, 1, olen, stdout);
	olen = 0;
}

static void out_ch(char c)
{
	if (olen == sizeof obuf)
		out_flush();
	obuf[olen++] = c;
}

static void out_u(unsigned long long v)
{
	char t[24];
	int n = 0;
	do {
		t[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	while (n)
		out_ch(t[--n]);
}

/* prints k / 10^scale as a plain decimal, without trailing zeros */
static void out_fixed(long long k, int scale)
{
	unsigned long long pow10 = 1, a;
	int s;
	for (s = 0; s < scale; s++)
		pow10 *= 10;
	if (k < 0) {
		out_ch('-');
		a = (unsigned long long)(-k);
	} else {
		a = (unsigned long long)k;
	}
	out_u(a / pow10);
	a %= pow10;
	if (a) {
		char f[24];
		int n = scale;
		for (s = scale - 1; s >= 0; s--) {
			f[s] = (char)('0' + a % 10);
			a /= 10;
		}
		while (f[n - 1] == '0')
			n--;
		out_ch('.');
		for (s = 0; s < n; s++)
			out_ch(f[s]);
	}
}

static void usage(void)
{
	fprintf(stderr, "usage: gen SEED L d base interleaved|half [seq|off|rand|high|small] [rand|fine|edge|int]\n");
	exit(2);
}

int main(int argc, char **argv)
{
	if (argc < 6 || argc > 8)
		usage();
	rng_state = strtoull(argv[1], NULL, 10);
	long L = atol(argv[2]);
	int d = atoi(argv[3]);
	long base = atol(argv[4]);
	const char *layout = argv[5];
	const char *pmode = argc > 6 ? argv[6] : "rand";
	const char *vmode = argc > 7 ? argv[7] : "rand";
	if (L < 1 || d < 2 || d > 1024 || d % 2 || L * d > 4000000L ||
	    base < 2 || base > 1000000 ||
	    (strcmp(layout, "interleaved") && strcmp(layout, "half")))
		usage();
	long start = 0;
	if (!strcmp(pmode, "seq") || !strcmp(pmode, "off")) {
		if (L - 1 > PMAX) {
			fprintf(stderr, "gen: L-1 exceeds the largest position\n");
			return 2;
		}
		if (!strcmp(pmode, "off"))
			start = rnd(0, PMAX - (L - 1));
	} else if (strcmp(pmode, "rand") && strcmp(pmode, "high") && strcmp(pmode, "small")) {
		usage();
	}
	if (strcmp(vmode, "rand") && strcmp(vmode, "fine") && strcmp(vmode, "edge") && strcmp(vmode, "int"))
		usage();

	printf("%ld %d %ld %s\n", L, d, base, layout);
	for (long r = 0; r < L; r++) {
		long p;
		if (pmode[0] == 's' && pmode[1] == 'e')
			p = r;
		else if (pmode[0] == 'o')
			p = start + r;
		else if (pmode[0] == 'r')
			p = rnd(0, PMAX);
		else if (pmode[0] == 'h')
			p = rnd(PMAX - 1000, PMAX);
		else
			p = rnd(0, 100);
		out_u((unsigned long long)p);
		for (int j = 0; j < d; j++) {
			out_ch(' ');
			switch (vmode[0]) {
			case 'r': out_fixed(rnd(-100000, 100000), 3); break;
			case 'f': out_fixed(rnd(-1000000, 1000000), 6); break;
			case 'e': {
				long long k = rnd(99900, 100000);
				out_fixed(next_u64() & 1 ? k : -k, 3);
				break;
			}
			default: out_fixed(rnd(-100, 100), 0); break;
			}
		}
		out_ch('\n');
	}
	out_flush();
	return 0;
}
