/*
 * The engine of `judge bench` (judge/bench.c) driven by a fake runner: the
 * order of runs (checked warm-ups, then rounds interleaved A B C R A B C R),
 * what a timeout or a wrong answer does to later sizes, adaptive retirement
 * with the anchors staying, the statistics and the fit; plus naming
 * implementations and parsing the command line.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bench.h"
#include "util.h"
#include "testing.h"

/* ---- a result and a runner that need no processes ---------------------- */

enum { A, B, C, R }; /* A the baseline, R the read-only program */

struct call {
	int impl, size;
	bool check;
};

struct fake {
	struct call calls[4096];
	int ncalls;
	/* time of impl at size, in ms, for the k-th call of that pair */
	double (*time)(int impl, long long n, int k);
	enum bench_status fail_status[4][4]; /* at the warm-up of [impl][size] */
	int count[4][4];
};

static double linear_times(int impl, long long n, int k)
{
	(void)k;
	return 1 + (impl == R ? 0 : (impl + 1) * 1e-3 * (double)n);
}

static int fake_run(void *ctx, const struct bench_result *r, int impl, int size, bool check,
		    struct bench_sample *sample, enum bench_status *status, char *message, char *err)
{
	(void)err;
	struct fake *f = ctx;
	f->calls[f->ncalls++] = (struct call){ impl, size, check };
	double t = f->time(impl, r->sizes[size].n, f->count[impl][size]++);
	*sample = (struct bench_sample){ .cpu_ms = t, .wall_ms = t * 1.1, .peak_kib = 1000,
					 .out_bytes = 10 };
	*status = BENCH_OK;
	message[0] = 0;
	if (check && f->fail_status[impl][size] != BENCH_OK) {
		*status = f->fail_status[impl][size];
		snprintf(message, BENCH_MSG_LEN, "scripted");
	}
	return 0;
}

static struct bench_result *make_result(const long long *sizes, int nsizes)
{
	struct bench_result *r = xcalloc(1, sizeof *r);
	static const char *const names[] = { "a", "b", "c", BENCH_READ_ONLY };
	r->nimpls = 4;
	r->impls = xcalloc(4, sizeof *r->impls);
	for (int i = 0; i < 4; i++) {
		r->impls[i].name = xstrdup(names[i]);
		r->impls[i].source = xstrdup(names[i]);
		r->impls[i].read_only = i == R;
		r->impls[i].points = xcalloc((size_t)nsizes, sizeof *r->impls[i].points);
	}
	r->nsizes = nsizes;
	r->sizes = xcalloc((size_t)nsizes, sizeof *r->sizes);
	for (int s = 0; s < nsizes; s++) {
		r->sizes[s].n = sizes[s];
		r->sizes[s].input_bytes = (uint64_t)sizes[s] * 8;
	}
	r->baseline = A;
	r->read_only = R;
	r->metric = BENCH_CPU;
	r->timeout_s = 10;
	r->precision = 0.02;
	return r;
}

static void measure_all(struct bench_result *r, struct fake *f, const struct bench_options *o)
{
	struct bench_runner run = { fake_run, f };
	char err[ERR_LEN];
	for (int s = 0; s < r->nsizes; s++)
		cr_assert_eq(bench_measure_size(r, s, &run, o, err), 0, "%s", err);
	bench_analyze(r);
}

/* ---- the order of runs ------------------------------------------------------- */

Test(bench, warms_up_each_with_a_check_then_interleaves_rounds_in_fixed_order)
{
	long long sizes[] = { 100 };
	struct bench_result *r = make_result(sizes, 1);
	static struct fake f = { .time = linear_times };
	struct bench_options o = BENCH_OPTIONS_INIT;
	o.repeat = 3;
	measure_all(r, &f, &o);
	/* A B C R (checked), then A B C R three times (not checked) */
	cr_assert_eq(f.ncalls, 16);
	for (int k = 0; k < 16; k++) {
		cr_assert_eq(f.calls[k].impl, k % 4, "call %d ran %d", k, f.calls[k].impl);
		cr_assert_eq(f.calls[k].check, k < 4, "call %d", k);
	}
	for (int i = 0; i < 4; i++)
		cr_assert_eq(r->impls[i].points[0].nsamples, 3);
	cr_assert_eq(r->sizes[0].rounds, 3);
	bench_result_free(r);
	free(r);
}

Test(bench, round_order_leaves_out_stopped_and_retired_implementations)
{
	long long sizes[] = { 100 };
	struct bench_result *r = make_result(sizes, 1);
	r->impls[B].points[0].status = BENCH_WRONG;
	r->impls[C].points[0].done = true;
	int order[4];
	cr_assert_eq(bench_round_order(r, 0, order), 2);
	cr_assert(order[0] == A && order[1] == R);
	bench_result_free(r);
	free(r);
}

Test(bench, sizes_are_measured_in_increasing_order_one_after_another)
{
	long long sizes[] = { 10, 100 };
	struct bench_result *r = make_result(sizes, 2);
	static struct fake f = { .time = linear_times };
	struct bench_options o = BENCH_OPTIONS_INIT;
	o.repeat = 2;
	measure_all(r, &f, &o);
	cr_assert_eq(f.ncalls, 24);
	for (int k = 0; k < 24; k++)
		cr_assert_eq(f.calls[k].size, k < 12 ? 0 : 1, "call %d", k);
	bench_result_free(r);
	free(r);
}

/* ---- what stops an implementation ---------------------------------------------- */

Test(bench, timeout_is_reported_and_larger_sizes_are_skipped)
{
	long long sizes[] = { 10, 100, 1000 };
	struct bench_result *r = make_result(sizes, 3);
	static struct fake f = { .time = linear_times };
	f.fail_status[C][1] = BENCH_TIMEOUT;
	struct bench_options o = BENCH_OPTIONS_INIT;
	o.repeat = 2;
	measure_all(r, &f, &o);
	cr_assert_eq(r->impls[C].points[0].status, BENCH_OK);
	cr_assert_eq(r->impls[C].points[1].status, BENCH_TIMEOUT);
	cr_assert_eq(r->impls[C].points[1].nsamples, 0, "a timed-out implementation is not timed");
	cr_assert_eq(r->impls[C].points[2].status, BENCH_SKIPPED);
	cr_assert(strstr(r->impls[C].points[2].message, "timeout at n = 100"), "%s",
		  r->impls[C].points[2].message);
	for (int k = 0; k < f.ncalls; k++)
		cr_assert(!(f.calls[k].impl == C && f.calls[k].size == 2), "C ran at the largest size");
	bench_result_free(r);
	free(r);
}

Test(bench, wrong_answer_is_reported_and_not_timed)
{
	long long sizes[] = { 10, 100 };
	struct bench_result *r = make_result(sizes, 2);
	static struct fake f = { .time = linear_times };
	f.fail_status[B][0] = BENCH_WRONG;
	struct bench_options o = BENCH_OPTIONS_INIT;
	o.repeat = 3;
	measure_all(r, &f, &o);
	cr_assert_eq(r->impls[B].points[0].status, BENCH_WRONG);
	cr_assert_eq(r->impls[B].points[0].nsamples, 0);
	cr_assert_eq(r->impls[B].points[1].status, BENCH_SKIPPED);
	cr_assert_eq(f.count[B][0], 1, "only the checked warm-up ran");
	cr_assert(bench_any_failure(r));
	bench_result_free(r);
	free(r);
}

static double quadratic_times(int impl, long long n, int k)
{
	(void)k;
	return impl == C ? 1 + 1e-3 * (double)n * (double)n : 1 + 1e-3 * (double)n;
}

Test(bench, predicted_timeout_is_not_run)
{
	/* C takes 1 + n^2/1000 ms: 11 ms at 100, 1 s at 1000, so ~100 s at
	 * 10^4 by its slope, over three times the 10 s timeout. */
	long long sizes[] = { 100, 1000, 10000 };
	struct bench_result *r = make_result(sizes, 3);
	static struct fake f = { .time = quadratic_times };
	struct bench_options o = BENCH_OPTIONS_INIT;
	o.repeat = 2;
	measure_all(r, &f, &o);
	cr_assert_eq(r->impls[C].points[2].status, BENCH_TIMEOUT);
	cr_assert(strstr(r->impls[C].points[2].message, "not run"), "%s", r->impls[C].points[2].message);
	cr_assert_eq(f.count[C][2], 0);
	cr_assert_eq(r->impls[A].points[2].status, BENCH_OK);
	bench_result_free(r);
	free(r);
}

/* B is steady; C is noisy (every third run three times slower). */
static double steady_and_noisy(int impl, long long n, int k)
{
	(void)n;
	if (impl == C)
		return k % 3 == 0 ? 30 : 10 + 0.5 * (k % 5);
	return impl == R ? 1 : 5 + impl;
}

Test(bench, adaptive_rounds_retire_the_precise_and_keep_the_anchors)
{
	long long sizes[] = { 100 };
	struct bench_result *r = make_result(sizes, 1);
	static struct fake f = { .time = steady_and_noisy };
	struct bench_options o = BENCH_OPTIONS_INIT;
	o.min_rounds = 10;
	o.max_rounds = 40;
	o.budget_s = 1e9;
	measure_all(r, &f, &o);
	const struct bench_point *pb = &r->impls[B].points[0], *pc = &r->impls[C].points[0];
	cr_assert_eq(pb->nsamples, 10, "B is precise at once: %d runs", pb->nsamples);
	cr_assert(pb->precise);
	cr_assert_gt(pc->nsamples, pb->nsamples);
	/* The anchors ran at least as long as anyone else. */
	cr_assert_geq(r->impls[A].points[0].nsamples, pc->nsamples);
	cr_assert_geq(r->impls[R].points[0].nsamples, pc->nsamples);
	/* Once B retired, rounds were A C R: B ran its warm-up and 10 rounds. */
	cr_assert_eq(f.count[B][0], 11);
	bench_result_free(r);
	free(r);
}

Test(bench, budget_stops_an_implementation_after_min_rounds)
{
	long long sizes[] = { 100 };
	struct bench_result *r = make_result(sizes, 1);
	static struct fake f = { .time = steady_and_noisy };
	struct bench_options o = BENCH_OPTIONS_INIT;
	o.min_rounds = 10;
	o.max_rounds = 300;
	o.budget_s = 0.2; /* C's runs take ~15 ms of wall each */
	measure_all(r, &f, &o);
	int nc = r->impls[C].points[0].nsamples;
	cr_assert(nc >= 10 && nc <= 20, "C ran %d rounds", nc);
	bench_result_free(r);
	free(r);
}

/* ---- statistics of a result -------------------------------------------------------- */

static double scaled_noise(int impl, long long n, int k)
{
	/* impl i takes (i + 1) times A's time; every other run 40% slower */
	double base = impl == R ? 0.5 : (impl + 1) * 2.0;
	(void)n;
	return base * (k % 2 ? 1.4 : 1.0) * (1 + 0.001 * (k % 7));
}

Test(bench, ratio_is_p10_over_the_baselines_p10)
{
	long long sizes[] = { 1000 };
	struct bench_result *r = make_result(sizes, 1);
	static struct fake f = { .time = scaled_noise };
	struct bench_options o = BENCH_OPTIONS_INIT;
	o.repeat = 40;
	measure_all(r, &f, &o);
	const struct bench_point *pc = &r->impls[C].points[0];
	cr_assert_float_eq(pc->ratio.ratio, 3, 0.01, "ratio %g", pc->ratio.ratio);
	cr_assert(pc->ratio.lo <= pc->ratio.ratio && pc->ratio.ratio <= pc->ratio.hi);
	cr_assert_float_eq(r->impls[A].points[0].ratio.ratio, 1, 1e-12);
	cr_assert_eq(r->impls[R].points[0].ratio.pairs, 0, "read-only has no ratio");
	/* the slow half of the runs shows in the median, not in p10 */
	cr_assert_gt(pc->time.median, 1.1 * pc->p10);
	bench_result_free(r);
	free(r);
}

static double power_times(int impl, long long n, int k)
{
	(void)k;
	double start = 1.0; /* ms of starting a process: common to all */
	if (impl == R)
		return start;
	return start + (impl == A ? 2e-5 * (double)n : 2e-8 * (double)n * (double)n);
}

Test(bench, fit_subtracts_read_only_and_recovers_exponents)
{
	long long sizes[] = { 1000, 10000, 100000, 1000000 };
	struct bench_result *r = make_result(sizes, 4);
	r->timeout_s = 1000; /* B's 20 s at 10^6 must not be predicted away */
	static struct fake f = { .time = power_times };
	struct bench_options o = BENCH_OPTIONS_INIT;
	o.repeat = 3;
	measure_all(r, &f, &o);
	/* A: work 0.02, 0.2, 2, 20 ms; only sizes whose work reaches read-only's
	 * 1 ms are fitted: 10^5 and 10^6. */
	cr_assert(r->impls[A].has_fit);
	cr_assert_float_eq(r->impls[A].fit.exponent, 1, 1e-9);
	cr_assert_eq(r->impls[A].fit.points, 2);
	cr_assert(!r->impls[A].points[0].in_fit && !r->impls[A].points[1].in_fit);
	/* B: work 0.02, 2, 200, 2 * 10^4 ms */
	cr_assert(r->impls[B].has_fit);
	cr_assert_float_eq(r->impls[B].fit.exponent, 2, 1e-9);
	cr_assert_eq(r->impls[B].fit.points, 3);
	cr_assert(!r->impls[R].has_fit);
	bench_result_free(r);
	free(r);
}

/* ---- names, options, numbers --------------------------------------------------------- */

static struct pkg sum_pkg;

static void load_sum(void)
{
	char err[ERR_LEN];
	char *cache = xasprintf("%s/test-bench-cache-%d", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp",
				(int)getpid());
	cr_assert_eq(pkg_load("tests/packages/sum", cache, &sum_pkg, err), 0, "%s", err);
	free(cache);
}

static void free_impls(struct bench_impl *im, int n)
{
	for (int i = 0; i < n; i++) {
		free(im[i].name);
		free(im[i].source);
	}
	free(im);
}

Test(bench_resolve, default_set_is_accepted_and_tle_with_the_reference_first, .init = load_sum)
{
	struct bench_impl *im;
	int n, base;
	char err[ERR_LEN];
	cr_assert_eq(bench_resolve(&sum_pkg, NULL, 0, &im, &n, &base, err), 0, "%s", err);
	cr_assert_eq(n, 1, "the sum package has one accepted submission and no TLE");
	cr_assert_str_eq(im[0].name, "sum");
	cr_assert_eq(base, 0);
	free_impls(im, n);
	pkg_free(&sum_pkg);
}

Test(bench_resolve, names_folders_and_files, .init = load_sum)
{
	char *names[] = { "int32", "accepted/sum", "tests/packages/sum/submissions/accepted/sum.c",
			  "read-only" };
	struct bench_impl *im;
	int n, base;
	char err[ERR_LEN];
	cr_assert_eq(bench_resolve(&sum_pkg, names, 4, &im, &n, &base, err), 0, "%s", err);
	cr_assert_eq(n, 2, "the same file named twice runs once; read-only is implicit");
	cr_assert_str_eq(im[0].name, "int32");
	cr_assert(strstr(im[0].source, "wrong_answer/int32.c"));
	cr_assert_str_eq(im[1].name, "sum");
	cr_assert_eq(base, 0, "ratios are to the first named");
	free_impls(im, n);
	pkg_free(&sum_pkg);
}

Test(bench_resolve, unknown_name_lists_the_submissions, .init = load_sum)
{
	char *names[] = { "nope" };
	struct bench_impl *im;
	int n, base;
	char err[ERR_LEN];
	cr_assert_eq(bench_resolve(&sum_pkg, names, 1, &im, &n, &base, err), -1);
	cr_assert(strstr(err, "no implementation 'nope'") && strstr(err, "accepted/sum"), "%s", err);
	pkg_free(&sum_pkg);
}

Test(bench_resolve, missing_file_is_an_error, .init = load_sum)
{
	char *names[] = { "./no-such-file.c" };
	struct bench_impl *im;
	int n, base;
	char err[ERR_LEN];
	cr_assert_eq(bench_resolve(&sum_pkg, names, 1, &im, &n, &base, err), -1);
	cr_assert(strstr(err, "no-such-file.c"), "%s", err);
	pkg_free(&sum_pkg);
}

Test(bench_args, sizes_are_parsed_sorted_and_deduplicated)
{
	struct bench_options o = BENCH_OPTIONS_INIT;
	const char *problem;
	char err[ERR_LEN];
	char *argv[] = { "bench", "--sizes", "1e4,1000,1e3,100000", "swm", "--impl", "deque,heap",
			 "--impl", "./mine.c", "--precision", "5", "--json", NULL };
	cr_assert_eq(bench_parse_args(11, argv, &o, &problem, err), 0, "%s", err);
	cr_assert_str_eq(problem, "swm");
	cr_assert_eq(o.nsizes, 3);
	cr_assert(o.sizes[0] == 1000 && o.sizes[1] == 10000 && o.sizes[2] == 100000);
	cr_assert_eq(o.nimpls, 3);
	cr_assert_str_eq(o.impls[2], "./mine.c");
	cr_assert_float_eq(o.precision, 0.05, 1e-12);
	cr_assert(o.json);
	bench_options_free(&o);
}

Test(bench_args, metric_names_the_time_compared)
{
	struct bench_sample s = { .cpu_ms = 10, .wall_ms = 12 };
	cr_assert_float_eq(bench_sample_time(BENCH_CPU, &s), 10, 1e-12);
	cr_assert_float_eq(bench_sample_time(BENCH_WALL, &s), 12, 1e-12);
	cr_assert_str_eq(bench_metric_info(BENCH_WALL)->key, "wall");
	cr_assert_str_eq(bench_metric_info(BENCH_CPU)->detail, "user + sys");
}

Test(bench_args, bad_values_are_usage_errors)
{
	const char *problem;
	char err[ERR_LEN];
	char *bad[][5] = {
		{ "bench", "p", "--repeat", "0", NULL },
		{ "bench", "p", "--sizes", "1e3,abc", NULL },
		{ "bench", "p", "--sizes", "2.5", NULL },
		{ "bench", "p", "--metric", "user", NULL },
		{ "bench", "p", "--timeout", "-1", NULL },
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		struct bench_options o = BENCH_OPTIONS_INIT;
		cr_assert_eq(bench_parse_args(4, bad[i], &o, &problem, err), -1, "case %zu", i);
		cr_assert(strstr(err, bad[i][2]), "case %zu: %s", i, err);
		bench_options_free(&o);
	}
	struct bench_options o = BENCH_OPTIONS_INIT;
	char *none[] = { "bench", "--json", NULL };
	cr_assert_eq(bench_parse_args(2, none, &o, &problem, err), -1);
	cr_assert(strstr(err, "PROBLEM"), "%s", err);
}

Test(bench, sizes_print_in_scientific_notation_when_round)
{
	char buf[32];
	long long n[] = { 1000, 1000000, 200000, 1500, 999, 12 };
	const char *want[] = { "1e3", "1e6", "2e5", "1500", "999", "12" };
	for (int i = 0; i < 6; i++) {
		bench_format_n(n[i], buf, sizeof buf);
		cr_assert_str_eq(buf, want[i]);
	}
}
