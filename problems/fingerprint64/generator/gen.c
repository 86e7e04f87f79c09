/*
 * Generator for fingerprint64: gen SEED TOTAL LENS CROSS MAXM
 *   TOTAL  total string bytes (1..10^7); lines are added until it is used up
 *          (the last string is cut to fit) or q reaches 10^6
 *   LENS   string lengths: mix (every length class, now and then up to 10^5),
 *          short (1..16), max (10^5 each), or a fixed length L (1..10^5)
 *   CROSS  percentage (0..100) of cross lines; MAXM: values per cross, 1..MAXM
 * Cross seeds are 0, 2^64-1, 0xDECAFCAFFE or random, a quarter each.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXQ 1000000L
#define MAXLEN 100000L

static uint64_t rng;

static uint64_t next(void)
{
	uint64_t z = (rng += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static long range(long lo, long hi)
{
	return lo + (long)(next() % (uint64_t)(hi - lo + 1));
}

static char *out;
static size_t olen, ocap;

static void put(const char *s, size_t n)
{
	if (olen + n > ocap) {
		while (olen + n > ocap)
			ocap = ocap ? 2 * ocap : 1 << 20;
		out = realloc(out, ocap);
		if (!out) {
			fprintf(stderr, "gen: out of memory\n");
			exit(1);
		}
	}
	memcpy(out + olen, s, n);
	olen += n;
}

static const char *lens = "mix";

static long pick_len(void)
{
	if (strcmp(lens, "short") == 0)
		return range(1, 16);
	if (strcmp(lens, "max") == 0)
		return MAXLEN;
	if (strcmp(lens, "mix") == 0) {
		static const long lo[] = { 1, 17, 33, 65, 97, 257 };
		static const long hi[] = { 16, 32, 64, 96, 256, 4096 };
		if (next() % 200 == 0)
			return range(4097, MAXLEN);
		int c = (int)(next() % 6);
		return range(lo[c], hi[c]);
	}
	return atol(lens);
}

static long left; /* string bytes still allowed */

/* Appends " " and one string; returns 0 when no byte is left. */
static int put_string(void)
{
	if (left <= 0)
		return 0;
	long n = pick_len();
	if (n > left)
		n = left;
	left -= n;
	char buf[4096];
	put(" ", 1);
	while (n > 0) {
		long k = n < (long)sizeof buf ? n : (long)sizeof buf;
		for (long i = 0; i < k; i++)
			buf[i] = (char)(33 + next() % 94);
		put(buf, (size_t)k);
		n -= k;
	}
	return 1;
}

int main(int argc, char **argv)
{
	if (argc != 6) {
		fprintf(stderr, "usage: gen SEED TOTAL LENS CROSS MAXM\n");
		return 2;
	}
	rng = strtoull(argv[1], NULL, 10);
	left = atol(argv[2]);
	lens = argv[3];
	int cross = atoi(argv[4]);
	int maxm = atoi(argv[5]);
	long fixed = atol(lens);
	if (left < 1 || left > 10000000L || cross < 0 || cross > 100 || maxm < 1 ||
	    (strcmp(lens, "mix") && strcmp(lens, "short") && strcmp(lens, "max") &&
	     (fixed < 1 || fixed > MAXLEN))) {
		fprintf(stderr, "gen: bad arguments\n");
		return 2;
	}
	long q = 0;
	while (left > 0 && q < MAXQ) {
		if ((int)(next() % 100) < cross) {
			static const uint64_t seeds[] = { 0, UINT64_MAX, 0xDECAFCAFFEULL };
			unsigned k = (unsigned)(next() % 4);
			char num[32];
			int n = snprintf(num, sizeof num, "cross %llu",
					 (unsigned long long)(k < 3 ? seeds[k] : next()));
			put(num, (size_t)n);
			int m = (int)range(1, maxm);
			for (int i = 0; i < m && put_string(); i++)
				;
		} else {
			put("hash", 4);
			put_string();
		}
		put("\n", 1);
		q++;
	}
	printf("%ld\n", q);
	fwrite(out, 1, olen, stdout);
	return 0;
}
