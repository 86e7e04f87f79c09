/* stats: the statistics of benchmarking: medians and quartiles, a
 * distribution-free confidence interval for a median, paired ratios, and the
 * log-log least-squares fit of time against input size. */
#include "stats.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static double *sorted_copy(const double *x, int n)
{
	double *s = xmalloc((size_t)(n > 0 ? n : 1) * sizeof *s);
	if (n > 0)
		memcpy(s, x, (size_t)n * sizeof *s);
	qsort(s, (size_t)n, sizeof *s, cmp_double);
	return s;
}

double stats_quantile_sorted(const double *sorted, int n, double q)
{
	if (n <= 0)
		return NAN;
	if (q <= 0)
		return sorted[0];
	if (q >= 1)
		return sorted[n - 1];
	double h = (n - 1) * q;
	int i = (int)floor(h);
	if (i + 1 >= n)
		return sorted[n - 1];
	return sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]);
}

double stats_median(const double *x, int n)
{
	if (n <= 0)
		return NAN;
	double *s = sorted_copy(x, n);
	double m = stats_quantile_sorted(s, n, 0.5);
	free(s);
	return m;
}

/* P(X <= k) for X ~ Binomial(n, 1/2), summed in log space so that large n
 * neither underflows nor overflows. */
static double binom_half_cdf(int n, int k)
{
	double sum = 0, ln2n = n * log(2.0);
	for (int i = 0; i <= k; i++)
		sum += exp(lgamma(n + 1.0) - lgamma(i + 1.0) - lgamma(n - i + 1.0) - ln2n);
	return sum;
}

int stats_median_ci_rank(int n, double *coverage)
{
	/* [x(l), x(n+1-l)] misses the median when at most l-1 values fall
	 * below it, or at most l-1 above: probability 2 P(X <= l-1). */
	int best = 1;
	for (int l = 1; 2 * l <= n; l++) {
		if (1 - 2 * binom_half_cdf(n, l - 1) >= STATS_CONFIDENCE)
			best = l;
		else
			break;
	}
	if (coverage)
		*coverage = n > 0 ? 1 - 2 * binom_half_cdf(n, best - 1) : 0;
	return best;
}

void stats_median_ci_sorted(const double *sorted, int n, double *lo, double *hi)
{
	if (n <= 0) {
		*lo = *hi = NAN;
		return;
	}
	int l = stats_median_ci_rank(n, NULL);
	*lo = sorted[l - 1];
	*hi = sorted[n - l];
}

int stats_summarize(const double *x, int n, struct stats_summary *s)
{
	memset(s, 0, sizeof *s);
	if (n <= 0)
		return -1;
	double *v = sorted_copy(x, n);
	s->n = n;
	s->min = v[0];
	s->max = v[n - 1];
	s->q1 = stats_quantile_sorted(v, n, 0.25);
	s->median = stats_quantile_sorted(v, n, 0.5);
	s->q3 = stats_quantile_sorted(v, n, 0.75);
	double sum = 0;
	for (int i = 0; i < n; i++)
		sum += v[i];
	s->mean = sum / n;
	double ss = 0;
	for (int i = 0; i < n; i++)
		ss += (v[i] - s->mean) * (v[i] - s->mean);
	s->stddev = n > 1 ? sqrt(ss / (n - 1)) : 0;
	stats_median_ci_sorted(v, n, &s->median_lo, &s->median_hi);
	free(v);
	return 0;
}

/* The median and interval of per-pair values; shared by ratio and diff. */
static int paired(const double *a, const double *b, int n, bool ratio, double *mid, double *lo,
		  double *hi)
{
	double *v = xmalloc((size_t)(n > 0 ? n : 1) * sizeof *v);
	int k = 0;
	for (int i = 0; i < n; i++) {
		if (ratio && !(b[i] > 0))
			continue;
		v[k++] = ratio ? a[i] / b[i] : a[i] - b[i];
	}
	if (k == 0) {
		*mid = *lo = *hi = NAN;
		free(v);
		return 0;
	}
	qsort(v, (size_t)k, sizeof *v, cmp_double);
	*mid = stats_quantile_sorted(v, k, 0.5);
	stats_median_ci_sorted(v, k, lo, hi);
	free(v);
	return k;
}

int stats_paired_ratio(const double *a, const double *b, int n, struct stats_ratio *r)
{
	r->pairs = paired(a, b, n, true, &r->ratio, &r->lo, &r->hi);
	return r->pairs;
}

int stats_paired_diff(const double *a, const double *b, int n, struct stats_diff *d)
{
	d->pairs = paired(a, b, n, false, &d->diff, &d->lo, &d->hi);
	return d->pairs;
}

static unsigned long long splitmix64(unsigned long long *state)
{
	unsigned long long z = (*state += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* The q-quantile of a resample of the sorted values x: n indexes drawn with
 * replacement are counted rather than sorted, so one resample costs O(n). */
static double resampled_quantile(const double *sorted, int n, double q, int *count,
				 unsigned long long *state)
{
	memset(count, 0, (size_t)n * sizeof *count);
	for (int i = 0; i < n; i++)
		count[splitmix64(state) % (unsigned long long)n]++;
	double h = (n - 1) * q;
	int k = (int)floor(h); /* want order statistics k and k + 1 (0-based) */
	double lo = NAN, hi = NAN;
	int seen = 0;
	for (int i = 0; i < n && isnan(hi); i++) {
		if (!count[i])
			continue;
		seen += count[i];
		if (isnan(lo) && seen > k)
			lo = sorted[i];
		if (seen > k + 1 || (k + 1 >= n && !isnan(lo)))
			hi = sorted[i];
	}
	if (isnan(hi))
		hi = lo;
	return lo + (h - k) * (hi - lo);
}

int stats_quantile_ratio(const double *a, int na, const double *b, int nb, double q,
			 int resamples, unsigned long long seed, struct stats_ratio *r)
{
	memset(r, 0, sizeof *r);
	r->ratio = r->lo = r->hi = NAN;
	if (na <= 0 || nb <= 0)
		return -1;
	double *sa = sorted_copy(a, na), *sb = sorted_copy(b, nb);
	double qb = stats_quantile_sorted(sb, nb, q);
	if (!(qb > 0)) {
		free(sa);
		free(sb);
		return -1;
	}
	r->ratio = stats_quantile_sorted(sa, na, q) / qb;
	r->pairs = na;
	if (resamples < 1)
		resamples = 1;
	double *boot = xmalloc((size_t)resamples * sizeof *boot);
	int *count = xmalloc((size_t)(na > nb ? na : nb) * sizeof *count);
	unsigned long long state = seed;
	for (int k = 0; k < resamples; k++) {
		double vb = resampled_quantile(sb, nb, q, count, &state);
		double va = resampled_quantile(sa, na, q, count, &state);
		boot[k] = va / vb;
	}
	qsort(boot, (size_t)resamples, sizeof *boot, cmp_double);
	r->lo = stats_quantile_sorted(boot, resamples, (1 - STATS_CONFIDENCE) / 2);
	r->hi = stats_quantile_sorted(boot, resamples, (1 + STATS_CONFIDENCE) / 2);
	free(count);
	free(boot);
	free(sa);
	free(sb);
	return 0;
}

int stats_loglog_fit(const double *x, const double *y, int n, struct stats_fit *f)
{
	memset(f, 0, sizeof *f);
	f->r2 = NAN;
	f->exponent = NAN;
	if (n < 2)
		return -1;
	double sx = 0, sy = 0;
	for (int i = 0; i < n; i++) {
		sx += log(x[i]);
		sy += log(y[i]);
	}
	double mx = sx / n, my = sy / n, sxx = 0, sxy = 0, syy = 0;
	for (int i = 0; i < n; i++) {
		double dx = log(x[i]) - mx, dy = log(y[i]) - my;
		sxx += dx * dx;
		sxy += dx * dy;
		syy += dy * dy;
	}
	if (sxx <= 0)
		return -1;
	f->exponent = sxy / sxx;
	f->coeff = exp(my - f->exponent * mx);
	double ssres = syy - f->exponent * sxy;
	if (ssres < 0)
		ssres = 0;
	f->r2 = syy > 0 ? 1 - ssres / syy : 1;
	f->points = n;
	return 0;
}
