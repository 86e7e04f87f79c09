/*
 * The statistics of `judge bench` (judge/stats.c): medians and quartiles as
 * numpy computes them, the distribution-free interval of a median, paired
 * ratios, and the log-log fit recovering a known exponent.
 */
#include <criterion/criterion.h>
#include <math.h>

#include "stats.h"
#include "testing.h"

#define EPS 1e-12

Test(stats, median_of_odd_count_is_middle_value)
{
	double x[] = { 5, 1, 9, 3, 7 };
	cr_assert_float_eq(stats_median(x, 5), 5, EPS);
}

Test(stats, median_of_even_count_averages_middle_pair)
{
	double x[] = { 4, 1, 3, 2 };
	cr_assert_float_eq(stats_median(x, 4), 2.5, EPS);
}

Test(stats, median_leaves_input_unsorted)
{
	double x[] = { 3, 1, 2 };
	stats_median(x, 3);
	cr_assert(x[0] == 3 && x[1] == 1 && x[2] == 2);
}

Test(stats, median_of_nothing_is_nan)
{
	cr_assert(isnan(stats_median(NULL, 0)));
}

Test(stats, quartiles_interpolate_like_numpy)
{
	/* numpy.percentile([1..10], [25, 50, 75]) = 3.25, 5.5, 7.75 */
	double x[] = { 10, 9, 8, 7, 6, 5, 4, 3, 2, 1 };
	struct stats_summary s;
	cr_assert_eq(stats_summarize(x, 10, &s), 0);
	cr_assert_float_eq(s.q1, 3.25, EPS);
	cr_assert_float_eq(s.median, 5.5, EPS);
	cr_assert_float_eq(s.q3, 7.75, EPS);
	cr_assert_float_eq(s.min, 1, EPS);
	cr_assert_float_eq(s.max, 10, EPS);
	cr_assert_float_eq(s.mean, 5.5, EPS);
	cr_assert_float_eq(s.stddev, sqrt(55.0 / 6), 1e-9);
}

Test(stats, quartiles_of_one_value_are_that_value)
{
	double x[] = { 42 };
	struct stats_summary s;
	stats_summarize(x, 1, &s);
	cr_assert(s.q1 == 42 && s.median == 42 && s.q3 == 42 && s.stddev == 0);
}

Test(stats, quantile_ends_are_min_and_max)
{
	double x[] = { 1, 2, 4, 8 };
	cr_assert_float_eq(stats_quantile_sorted(x, 4, 0), 1, EPS);
	cr_assert_float_eq(stats_quantile_sorted(x, 4, 1), 8, EPS);
	/* h = 3 * 0.9 = 2.7: 4 + 0.7 * 4 */
	cr_assert_float_eq(stats_quantile_sorted(x, 4, 0.9), 6.8, EPS);
}

Test(stats, median_interval_of_few_values_is_min_to_max)
{
	double cov;
	cr_assert_eq(stats_median_ci_rank(5, &cov), 1);
	cr_assert_float_eq(cov, 1 - 2.0 / 32, EPS);
}

Test(stats, median_interval_ranks_match_binomial_tables)
{
	/* Classical 95% ranks for the median: n=6 -> 1, n=9 -> 2, n=20 -> 6,
	 * n=50 -> 18, n=100 -> 40. */
	int n[] = { 6, 9, 20, 50, 100 }, l[] = { 1, 2, 6, 18, 40 };
	for (int i = 0; i < 5; i++) {
		double cov;
		cr_assert_eq(stats_median_ci_rank(n[i], &cov), l[i], "n = %d", n[i]);
		cr_assert_geq(cov, STATS_CONFIDENCE, "n = %d", n[i]);
	}
}

Test(stats, median_interval_brackets_median)
{
	double x[21];
	for (int i = 0; i < 21; i++)
		x[i] = i;
	double lo, hi;
	stats_median_ci_sorted(x, 21, &lo, &hi);
	cr_assert(lo < 10 && 10 < hi);
	cr_assert_float_eq(lo, 5, EPS);   /* rank 6 of 21 */
	cr_assert_float_eq(hi, 15, EPS);
}

Test(stats, paired_ratio_is_median_of_per_round_ratios)
{
	/* A drift that hits both alike cancels in every pair. */
	double base[] = { 10, 20, 30, 40, 50, 60, 70 };
	double a[7];
	for (int i = 0; i < 7; i++)
		a[i] = 2.5 * base[i];
	struct stats_ratio r;
	cr_assert_eq(stats_paired_ratio(a, base, 7, &r), 7);
	cr_assert_float_eq(r.ratio, 2.5, EPS);
	cr_assert_float_eq(r.lo, 2.5, EPS);
	cr_assert_float_eq(r.hi, 2.5, EPS);
}

Test(stats, paired_ratio_skips_rounds_with_zero_baseline)
{
	double a[] = { 3, 6, 9 }, b[] = { 1, 0, 3 };
	struct stats_ratio r;
	cr_assert_eq(stats_paired_ratio(a, b, 3, &r), 2);
	cr_assert_float_eq(r.ratio, 3, EPS);
}

Test(stats, paired_diff_is_median_of_differences)
{
	double a[] = { 11, 12, 100, 13, 14 }, b[] = { 1, 2, 3, 3, 4 };
	struct stats_diff d;
	stats_paired_diff(a, b, 5, &d);
	cr_assert_float_eq(d.diff, 10, EPS);   /* the outlier 97 does not move it */
	cr_assert_float_eq(d.lo, 10, EPS);
	cr_assert_float_eq(d.hi, 97, EPS);
}

Test(stats, loglog_fit_recovers_exact_exponent)
{
	double x[] = { 1e3, 1e4, 1e5, 1e6 }, y[4];
	for (int i = 0; i < 4; i++)
		y[i] = 3e-6 * pow(x[i], 1.5);
	struct stats_fit f;
	cr_assert_eq(stats_loglog_fit(x, y, 4, &f), 0);
	cr_assert_float_eq(f.exponent, 1.5, 1e-9);
	cr_assert_float_eq(f.coeff, 3e-6, 1e-15);
	cr_assert_float_eq(f.r2, 1, 1e-9);
	cr_assert_eq(f.points, 4);
}

Test(stats, loglog_fit_of_n_log_n_is_slightly_above_one)
{
	double x[] = { 1e3, 1e4, 1e5, 1e6 }, y[4];
	for (int i = 0; i < 4; i++)
		y[i] = x[i] * log2(x[i]);
	struct stats_fit f;
	stats_loglog_fit(x, y, 4, &f);
	cr_assert(f.exponent > 1.05 && f.exponent < 1.15, "exponent %g", f.exponent);
	cr_assert_gt(f.r2, 0.99);
}

Test(stats, loglog_fit_with_noise_stays_near_exponent_and_lowers_r2)
{
	/* Quadratic with deterministic +-10% multiplicative noise. */
	double x[8], y[8], noise[] = { 1.1, 0.9, 1.05, 0.95, 1.1, 0.92, 1.0, 1.08 };
	for (int i = 0; i < 8; i++) {
		x[i] = pow(10, 2 + 0.5 * i);
		y[i] = 1e-7 * x[i] * x[i] * noise[i];
	}
	struct stats_fit f;
	stats_loglog_fit(x, y, 8, &f);
	cr_assert(fabs(f.exponent - 2) < 0.03, "exponent %g", f.exponent);
	cr_assert(f.r2 < 1 && f.r2 > 0.99, "r2 %g", f.r2);
}

Test(stats, loglog_fit_is_fooled_by_fixed_cost_unless_subtracted)
{
	/* 1 ms of process start-up in front of a linear cost: the raw fit bends
	 * far below 1; subtracting the constant restores it. */
	double x[] = { 1e3, 1e4, 1e5, 1e6 }, raw[4], net[4];
	for (int i = 0; i < 4; i++) {
		net[i] = 1e-5 * x[i];
		raw[i] = 1.0 + net[i];
	}
	struct stats_fit f;
	stats_loglog_fit(x, raw, 4, &f);
	cr_assert_lt(f.exponent, 0.8);
	stats_loglog_fit(x, net, 4, &f);
	cr_assert_float_eq(f.exponent, 1, 1e-9);
}

Test(stats, loglog_fit_needs_two_distinct_sizes)
{
	double x[] = { 10, 10 }, y[] = { 1, 2 };
	struct stats_fit f;
	cr_assert_eq(stats_loglog_fit(x, y, 2, &f), -1);
	cr_assert_eq(stats_loglog_fit(x, y, 1, &f), -1);
}

Test(stats, quantile_ratio_at_zero_compares_best_cases)
{
	/* Interference only adds time: the slow runs do not move the ratio. */
	double a[] = { 30, 31, 90, 30.5, 60 }, b[] = { 10, 25, 10.2, 11, 40, 10.1 };
	struct stats_ratio r;
	cr_assert_eq(stats_quantile_ratio(a, 5, b, 6, 0, 1000, 1, &r), 0);
	cr_assert_float_eq(r.ratio, 3, EPS);
	cr_assert_eq(r.pairs, 5);
	cr_assert(r.lo <= r.ratio && r.ratio <= r.hi, "[%g, %g]", r.lo, r.hi);
}

Test(stats, quantile_ratio_uses_type7_quantiles)
{
	/* p10 of 1..11 is 2, p10 of 10..110 step 10 is 20 */
	double a[11], b[11];
	for (int i = 0; i < 11; i++) {
		a[i] = 20 * (i + 1);
		b[i] = i + 1;
	}
	struct stats_ratio r;
	stats_quantile_ratio(a, 11, b, 11, 0.1, 200, 3, &r);
	cr_assert_float_eq(r.ratio, 20, EPS);
}

Test(stats, quantile_ratio_interval_is_tight_when_fast_runs_agree)
{
	/* A quarter of each sample sits exactly at the floor; p10 is the floor
	 * in (nearly) every resample. */
	double a[40], b[40];
	for (int i = 0; i < 40; i++) {
		a[i] = i % 4 == 0 ? 20 : 30 + i;
		b[i] = i % 4 == 1 ? 10 : 13 + i;
	}
	struct stats_ratio r;
	stats_quantile_ratio(a, 40, b, 40, 0.1, 2000, 7, &r);
	cr_assert_float_eq(r.ratio, 2, EPS);
	cr_assert_float_eq(r.lo, 2, EPS);
	cr_assert_float_eq(r.hi, 2, EPS);
}

Test(stats, quantile_ratio_interval_widens_with_a_lone_fast_run)
{
	double a[] = { 10, 14, 15, 16, 17, 18 }, b[] = { 10, 10, 10, 10, 10, 10 };
	struct stats_ratio r;
	stats_quantile_ratio(a, 6, b, 6, 0, 2000, 7, &r);
	cr_assert_float_eq(r.ratio, 1, EPS);
	cr_assert_float_eq(r.lo, 1, EPS);
	cr_assert_gt(r.hi, 1.35, "a single lucky run is not trusted: hi %g", r.hi);
}

Test(stats, quantile_ratio_interval_stays_within_the_data)
{
	double a[] = { 5, 7, 6, 9, 5.5, 8, 6.5, 7.5 }, b[] = { 2, 2.5, 3, 2.2, 4, 2.8 };
	struct stats_ratio r;
	stats_quantile_ratio(a, 8, b, 6, 0.25, 3000, 11, &r);
	cr_assert(r.lo >= 5.0 / 4 && r.hi <= 9.0 / 2, "[%g, %g]", r.lo, r.hi);
	cr_assert(r.lo <= r.ratio && r.ratio <= r.hi, "%g in [%g, %g]", r.ratio, r.lo, r.hi);
}

Test(stats, quantile_ratio_of_one_value_each_is_exact)
{
	double a[] = { 6 }, b[] = { 4 };
	struct stats_ratio r;
	stats_quantile_ratio(a, 1, b, 1, 0.1, 100, 5, &r);
	cr_assert(r.ratio == 1.5 && r.lo == 1.5 && r.hi == 1.5);
}

Test(stats, quantile_ratio_is_deterministic_for_a_seed)
{
	double a[] = { 3, 5, 4, 6, 3.5, 7, 3.2 }, b[] = { 1, 1.5, 1.2, 2, 1.1 };
	struct stats_ratio r1, r2;
	stats_quantile_ratio(a, 7, b, 5, 0.1, 500, 42, &r1);
	stats_quantile_ratio(a, 7, b, 5, 0.1, 500, 42, &r2);
	cr_assert(r1.lo == r2.lo && r1.hi == r2.hi);
}

Test(stats, quantile_ratio_needs_positive_baseline)
{
	double a[] = { 1 }, b[] = { 0 };
	struct stats_ratio r;
	cr_assert_eq(stats_quantile_ratio(a, 1, b, 1, 0.1, 10, 1, &r), -1);
	cr_assert_eq(stats_quantile_ratio(a, 0, a, 1, 0.1, 10, 1, &r), -1);
}
