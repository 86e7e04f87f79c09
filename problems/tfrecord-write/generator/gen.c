/*
 * Generator for tfrecord-write: ./gen SEED N F MAXCOUNT [MODE] writes N
 * examples, each with 1..F features (distinct random keys, many sharing
 * prefixes or differing only in case) of 0..MAXCOUNT values each.
 * MODE: mixed (default; any kind), floats, ints, bytes, or huge (one example,
 * one bytes feature holding a single MAXCOUNT-byte value). Floats are
 * decimals of several shapes (integers, fixed, exponent, long), ints of
 * every varint length and sign, bytes values of 0..16 bytes.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng_state;

static uint64_t rnd(void)
{
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15u);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
	return z ^ (z >> 31);
}

static uint64_t below(uint64_t n) { return rnd() % n; }

static double unit(void) { return (double)(rnd() >> 11) / 9007199254740992.0; }

static void print_float(void)
{
	double m = unit() * 2 - 1;
	switch (below(6)) {
	case 0: printf("%lld", (long long)below(2000001) - 1000000); break;
	case 1: printf("%.*f", (int)below(7), m * 1000); break;
	case 2: printf("%.*e", (int)below(9), ldexp(m, (int)below(100)) * 1e-9); break;
	case 3: printf("%.9g", m * 3.4e38 * (below(2) ? 1 : 1e-40)); break;
	case 4: printf("%.20f", m); break;
	default: printf("%.17g", m * 100); break;
	}
}

static void print_int(void)
{
	uint64_t v;
	switch (below(4)) {
	case 0: v = rnd(); break;
	case 1: v = rnd() >> below(64); break;
	case 2: v = (uint64_t)-(int64_t)below(1000); break;
	default: v = below(300); break;
	}
	printf("%lld", (long long)v);
}

static void print_bytes(size_t len)
{
	static const char hex[] = "0123456789abcdef";
	if (len == 0) {
		putchar('-');
		return;
	}
	for (size_t i = 0; i < len; i++) {
		unsigned c = (unsigned)rnd() & 0xff;
		putchar(hex[c >> 4]);
		putchar(hex[c & 15]);
	}
}

/* A key of printable bytes: a short prefix from a small alphabet (so keys
 * share prefixes and differ in case), then sometimes any printable tail. */
static size_t make_key(char *k)
{
	static const char small[] = "aAbB_z0";
	size_t n = 1 + (size_t)below(4);
	for (size_t i = 0; i < n; i++)
		k[i] = small[below(sizeof small - 1)];
	if (below(2))
		for (size_t t = below(8); t > 0; t--)
			k[n++] = (char)(0x21 + below(94));
	return n;
}

int main(int argc, char **argv)
{
	static const char *const kinds[] = {"bytes", "float", "int64"};
	if (argc < 5 || argc > 6) {
		fprintf(stderr, "usage: gen SEED N F MAXCOUNT [mixed|floats|ints|bytes|huge]\n");
		return 2;
	}
	rng_state = strtoull(argv[1], NULL, 10);
	long n = atol(argv[2]), f = atol(argv[3]), maxcount = atol(argv[4]);
	const char *mode = argc == 6 ? argv[5] : "mixed";
	int fixed = !strcmp(mode, "bytes") ? 0 : !strcmp(mode, "floats") ? 1 :
		    !strcmp(mode, "ints") ? 2 : !strcmp(mode, "mixed") ? -1 :
		    !strcmp(mode, "huge") ? 3 : 4;
	if (fixed == 4 || n < 0 || n > 100000 || f < 1 || f > 1000 || maxcount < 0) {
		fprintf(stderr, "gen: bad arguments\n");
		return 2;
	}
	if (fixed == 3) {
		printf("examples 1\nfeatures 1\nblob bytes 1 ");
		print_bytes((size_t)maxcount);
		printf("\n");
		return 0;
	}
	if (maxcount > 1000000)
		maxcount = 1000000;

	static char keys[1000][16];
	static size_t klen[1000];
	printf("examples %ld\n", n);
	for (long e = 0; e < n; e++) {
		long nf = 1 + (long)below((uint64_t)f);
		printf("features %ld\n", nf);
		for (long i = 0; i < nf; i++) {
			int dup;
			do {
				klen[i] = make_key(keys[i]);
				dup = 0;
				for (long j = 0; j < i && !dup; j++)
					dup = klen[j] == klen[i] && !memcmp(keys[j], keys[i], klen[i]);
			} while (dup);
			int kind = fixed >= 0 ? fixed : (int)below(3);
			long count = (long)below((uint64_t)maxcount + 1);
			printf("%.*s %s %ld", (int)klen[i], keys[i], kinds[kind], count);
			for (long v = 0; v < count; v++) {
				putchar(' ');
				if (kind == 0)
					print_bytes(below(6) == 0 ? 0 : (size_t)below(17));
				else if (kind == 1)
					print_float();
				else
					print_int();
			}
			putchar('\n');
		}
	}
	return fflush(stdout) == 0 ? 0 : 1;
}
