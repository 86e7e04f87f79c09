/*
 * The fingerprint64 reference against libfarmhash: every vector of
 * scripts/oracles/fingerprint64/vectors.txt (made by oracle.cc with
 * util::Fingerprint64), one test per length class. Run from the repository root.
 */
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int fp_main(void);
#define main fp_main
#include "../problems/fingerprint64/submissions/accepted/farmhash_na.c"
#include "testing.h"
#undef main

#define VECTORS "scripts/oracles/fingerprint64/vectors.txt"

static uint64_t splitmix64(uint64_t *state)
{
	uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* The string of an 'f' line, as oracle.cc makes it. */
static char *make_string(size_t len, char kind, uint64_t seed)
{
	char *s = malloc(len + 1);
	cr_assert_not_null(s);
	uint64_t st = seed;
	for (size_t i = 0; i < len; i++) {
		uint64_t x = splitmix64(&st);
		s[i] = kind == 'b' ? (char)(x >> 56) : (char)(33 + x % 94);
	}
	return s;
}

/* Checks every 'f' vector with lo <= LEN <= hi; returns how many it checked. */
static int check_class(size_t lo, size_t hi)
{
	FILE *f = fopen(VECTORS, "r");
	cr_assert_not_null(f, "cannot open '%s' (run the tests from the repository root)", VECTORS);
	char line[256];
	int checked = 0;
	while (fgets(line, sizeof line, f)) {
		size_t len;
		char kind;
		unsigned long long seed, want;
		if (sscanf(line, "f %zu %c %llu %llu", &len, &kind, &seed, &want) != 4)
			continue;
		if (len < lo || len > hi)
			continue;
		char *s = make_string(len, kind, seed);
		uint64_t got = fingerprint64(s, len);
		free(s);
		cr_expect_eq(got, (uint64_t)want, "len %zu kind %c seed %llu: got %llu, libfarmhash %llu",
			     len, kind, seed, (unsigned long long)got, want);
		checked++;
	}
	fclose(f);
	return checked;
}

Test(fingerprint64, catalogue_vectors)
{
	cr_expect_eq(fingerprint64("a", 1), 12917804110809363939ULL);
	cr_expect_eq(fingerprint64("", 0), 11160318154034397263ULL);
}

Test(fingerprint64, lengths_0_to_16)
{
	cr_expect_geq(check_class(0, 16), 50);
}

Test(fingerprint64, lengths_17_to_32)
{
	cr_expect_geq(check_class(17, 32), 50);
}

Test(fingerprint64, lengths_33_to_64)
{
	cr_expect_geq(check_class(33, 64), 50);
}

Test(fingerprint64, lengths_65_to_128)
{
	cr_expect_geq(check_class(65, 128), 50);
}

Test(fingerprint64, lengths_129_to_4096)
{
	cr_expect_geq(check_class(129, 4096), 50);
}

Test(fingerprint64, lengths_over_4096)
{
	cr_expect_geq(check_class(4097, (size_t)-1), 10);
}

Test(fingerprint64, independent_of_alignment)
{
	char *s = make_string(300, 'b', 7);
	char *buf = malloc(300 + 8);
	cr_assert_not_null(buf);
	for (size_t len = 0; len <= 300; len += 7) {
		uint64_t want = fingerprint64(s, len);
		for (int off = 1; off < 8; off++) {
			memcpy(buf + off, s, len);
			cr_expect_eq(fingerprint64(buf + off, len), want, "len %zu offset %d", len, off);
		}
	}
	free(buf);
	free(s);
}

Test(fingerprint_cat64, vectors)
{
	FILE *f = fopen(VECTORS, "r");
	cr_assert_not_null(f, "cannot open '%s'", VECTORS);
	char line[256];
	int checked = 0;
	while (fgets(line, sizeof line, f)) {
		unsigned long long a, b, want;
		if (sscanf(line, "c %llu %llu %llu", &a, &b, &want) != 3)
			continue;
		cr_expect_eq(fingerprint_cat64(a, b), (uint64_t)want, "FingerprintCat64(%llu, %llu)", a, b);
		checked++;
	}
	fclose(f);
	cr_expect_geq(checked, 40);
}
