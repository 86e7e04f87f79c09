/* stats: the statistics of benchmarking: medians and quartiles, a
 * distribution-free confidence interval for a median, paired ratios, and the
 * log-log least-squares fit of time against input size. Pure functions. */
#ifndef JUDGE_STATS_H
#define JUDGE_STATS_H

#include <stdbool.h>

/* The confidence level of every interval this module computes. */
#define STATS_CONFIDENCE 0.95

/* The q-quantile (0 <= q <= 1) of n sorted values, interpolating linearly
 * between order statistics: numpy's and R's default (type 7), so the median
 * of an even count is the mean of the middle pair. n must be > 0. */
double stats_quantile_sorted(const double *sorted, int n, double q);

/* Median of n values (not modified); NaN when n == 0. */
double stats_median(const double *x, int n);

struct stats_summary {
	int n;
	double min, q1, median, q3, max;
	double mean, stddev;   /* stddev: sample standard deviation (n - 1) */
	double median_lo, median_hi; /* confidence interval of the median (below) */
};

/* Summarize n > 0 values (not modified). Returns -1 when n == 0. */
int stats_summarize(const double *x, int n, struct stats_summary *s);

/* The distribution-free confidence interval of a median: the order
 * statistics x(l) and x(n+1-l) with the largest l such that the interval
 * covers the true median with probability >= STATS_CONFIDENCE (from the
 * binomial distribution, no assumption on the shape). With fewer than 6
 * values no such l exists and the interval is [min, max] (coverage
 * 1 - 2^(1-n)). Returns the 1-based l; *coverage gets the exact coverage. */
int stats_median_ci_rank(int n, double *coverage);
void stats_median_ci_sorted(const double *sorted, int n, double *lo, double *hi);

/* A ratio with its interval; `pairs` is the number of values of a used. */
/* A paired ratio: a[i] / b[i] for each round i (a and b measured in the
 * same round); the point is the median of the per-round ratios and the
 * interval its confidence interval. Pairs with b[i] <= 0 are left out.
 * Returns the number of pairs used (0: no ratio). */
struct stats_ratio {
	double ratio, lo, hi;
	int pairs;
};
int stats_paired_ratio(const double *a, const double *b, int n, struct stats_ratio *r);

/* Same for paired differences a[i] - b[i]: median and its interval. */
struct stats_diff {
	double diff, lo, hi;
	int pairs;
};
int stats_paired_diff(const double *a, const double *b, int n, struct stats_diff *d);

/* The ratio of two quantiles, Q_q(a) / Q_q(b) (type 7, as above), with a
 * percentile bootstrap interval: `resamples` times, draw na values of a and
 * nb values of b with replacement and take the ratio of their q-quantiles;
 * the interval holds the middle STATS_CONFIDENCE of those ratios. The
 * generator (splitmix64) starts from `seed`, so the same data give the same
 * interval. q = 0 compares minimums. r->pairs gets na. Returns 0, or -1 when
 * a or b is empty or Q_q(b) <= 0. */
int stats_quantile_ratio(const double *a, int na, const double *b, int nb, double q,
			 int resamples, unsigned long long seed, struct stats_ratio *r);

/* Least squares of log y against log x: y ~ c * x^exponent, with the
 * coefficient of determination R^2 of the fit in log space. Points with
 * x <= 0 or y <= 0 must not be passed. Returns 0, or -1 when fewer than two
 * distinct x are given. */
struct stats_fit {
	double exponent;   /* slope in log-log */
	double coeff;      /* c */
	double r2;         /* 1 when every point is on the line; 1 by convention with 2 points */
	int points;
};
int stats_loglog_fit(const double *x, const double *y, int n, struct stats_fit *f);

#endif
