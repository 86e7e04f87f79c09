/*
 * Criterion tests of the t5-relative-bucket reference (float_ref.c, included
 * with its main renamed): the catalogue's default table and the
 * configurations where a double-precision computation disagrees.
 */
#include <criterion/criterion.h>

int t5_main(void);
#define main t5_main
#include "../problems/t5-relative-bucket/submissions/accepted/float_ref.c"
#include "testing.h"
#undef main

Test(t5_bucket, default_table_matches_catalogue)
{
	/* Bidirectional 32/128, rel = -r for r = 0..20. */
	static const long neg[21] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 8, 8, 8, 9, 9, 9, 9, 10, 10, 10, 10, 10 };
	for (long r = 0; r <= 20; r++) {
		cr_expect_eq(t5_bucket(-r, 1, 32, 128), neg[r], "bidirectional rel = %ld", -r);
		if (r > 0)
			cr_expect_eq(t5_bucket(r, 1, 32, 128), neg[r] + 16, "bidirectional rel = %ld", r);
	}
	static const long far[4] = { 100, 127, 128, 1000 };
	for (int k = 0; k < 4; k++) {
		cr_expect_eq(t5_bucket(-far[k], 1, 32, 128), 15, "bidirectional rel = %ld", -far[k]);
		cr_expect_eq(t5_bucket(far[k], 1, 32, 128), 31, "bidirectional rel = %ld", far[k]);
	}
	/* Causal 32/128, n = 0..20, then 100, 127, 128. */
	static const long causal[21] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 16, 16, 17, 17 };
	for (long n = 0; n <= 20; n++)
		cr_expect_eq(t5_bucket(-n, 0, 32, 128), causal[n], "causal n = %ld", n);
	cr_expect_eq(t5_bucket(-100, 0, 32, 128), 30);
	cr_expect_eq(t5_bucket(-127, 0, 32, 128), 31);
	cr_expect_eq(t5_bucket(-128, 0, 32, 128), 31);
}

Test(t5_bucket, causal_positive_rel_is_bucket_zero)
{
	static const long rel[5] = { 1, 8, 16, 128, 2000000000 };
	for (int k = 0; k < 5; k++)
		cr_expect_eq(t5_bucket(rel[k], 0, 32, 128), 0, "causal rel = %ld", rel[k]);
}

Test(t5_bucket, single_precision_at_exact_log_boundaries)
{
	/* Catalogue: bidirectional 18/128, rel = 8, 16, 64 -> 14 15 17 (double: 13 14 16). */
	cr_expect_eq(t5_bucket(8, 1, 18, 128), 14);
	cr_expect_eq(t5_bucket(16, 1, 18, 128), 15);
	cr_expect_eq(t5_bucket(64, 1, 18, 128), 17);
	cr_expect_eq(t5_bucket(-16, 1, 18, 128), 6);
}

Test(t5_bucket, extreme_distances_take_the_last_bucket)
{
	cr_expect_eq(t5_bucket(2000000000, 1, 32, 128), 31);
	cr_expect_eq(t5_bucket(-2000000000, 1, 32, 128), 15);
	cr_expect_eq(t5_bucket(-2000000000, 0, 1024, 1000000000), 1023);
	cr_expect_eq(t5_bucket(-1, 0, 2, 2), 1);
}
