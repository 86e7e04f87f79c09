/* bench: compare the running time of several implementations of one
 * problem. Inputs come from the package's bench recipe (one per size,
 * cached), every output is checked once, then runs are repeated in rounds
 * interleaved across implementations until the medians are stable or the
 * budget is spent; the statistics are paired ratios to a baseline and a
 * log-log fit of time against n per implementation.
 *
 * Theory of operation. For each size, in increasing order:
 *   1. warm-up: each live implementation runs once and its output is
 *      checked (a wrong, crashing or timed-out one is reported at this size
 *      and not run at larger sizes; so is one whose time, extrapolated from
 *      the two sizes before, would pass three times the timeout);
 *   2. rounds: every active implementation runs once per round, always in
 *      the same order (A B C R A B C R ..., R the read-only baseline), so
 *      that drift (another program starting, the clock changing) hits all
 *      alike and the runs of one round can be paired;
 *   3. with --repeat N everyone runs N rounds. Otherwise an implementation
 *      leaves after at least min_rounds once its median and its ratio to the
 *      baseline are known within +-precision (95% intervals), or once its own
 *      runs at this size took the budget, or after max_rounds. The baseline
 *      and the read-only program stay while anyone else runs, so that their
 *      runs span every other implementation's.
 * Every run is one run_program() record (run.h), as in judging. */
#ifndef JUDGE_BENCH_H
#define JUDGE_BENCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "envinfo.h"
#include "pkg.h"
#include "stats.h"

#define BENCH_MSG_LEN 300
/* Comparisons use this quantile of each implementation's runs (the 10th
 * percentile, "p10"); see bench_analyze_size. */
#define BENCH_QUANTILE 0.10
#define BENCH_RESAMPLES 1000          /* bootstrap resamples of a ratio's interval */
#define BENCH_BOOTSTRAP_SEED 20240611ULL
#define BENCH_READ_ONLY "read-only"   /* the baseline program, bench/read-only.c */

enum bench_metric { BENCH_CPU, BENCH_WALL };

struct bench_metric_info {
	const char *key;     /* "cpu", as in --metric and JSON */
	const char *name;    /* "CPU time" */
	const char *detail;  /* "user + sys" */
};
const struct bench_metric_info *bench_metric_info(enum bench_metric m);

/* What happened to one implementation at one size. */
enum bench_status {
	BENCH_OK,            /* measured */
	BENCH_TIMEOUT,       /* passed the per-run timeout here: not timed */
	BENCH_WRONG,         /* wrong output here: not timed */
	BENCH_FAILED,        /* crashed, or hit the memory or output limit: not timed */
	BENCH_SKIPPED,       /* not run: stopped at a smaller size */
	BENCH_NOT_COMPILED,  /* compile error */
	BENCH_STATUS_COUNT,
};
const char *bench_status_name(enum bench_status s);   /* "ok", "timeout", ... */

struct bench_sample {
	double cpu_ms, wall_ms;
	uint64_t peak_kib;
	uint64_t out_bytes;
};

struct bench_point {
	enum bench_status status;
	char message[BENCH_MSG_LEN];   /* why it was not measured */
	struct bench_sample warmup;
	struct bench_sample *samples;  /* one per round it took part in, from round 1 */
	int nsamples;
	double spent_s;                /* wall time of its timed runs */
	bool done;                     /* left the rounds */
	bool precise;                  /* left because the precision was reached */
	/* Filled by bench_analyze_size(), in milliseconds of the chosen metric. */
	struct stats_summary time;     /* of every timed run: median, quartiles, min */
	double p10;                    /* its BENCH_QUANTILE */
	struct stats_summary wall;
	double peak_kib;               /* median */
	struct stats_ratio ratio;      /* p10 over the baseline's p10, bootstrap interval */
	struct stats_ratio paired;     /* median of per-round ratios (shown in JSON only) */
	double excess_ms;              /* p10 minus the read-only baseline's p10 */
	bool in_fit;                   /* excess_ms >= read-only's p10: fitted */
	double bytes_per_s;            /* input bytes over the p10 time */
	double fault_ms;               /* estimated page-fault time: its peak memory beyond
					* read-only's, in 4 KiB pages, at the probed cost
					* per fault (envinfo.h) */
};

struct bench_impl {
	char *name;                    /* "deque", "accepted/x", "mine" */
	char *source;
	char *binary;                  /* NULL when it did not compile */
	bool read_only;                /* the read-only baseline */
	struct bench_point *points;    /* one per size */
	bool has_fit;
	struct stats_fit fit;          /* of excess against n */
	int fit_from, fit_to;          /* size indexes of the first and last fitted point */
};

struct bench_size {
	long long n;
	char *in_path, *ans_path;
	uint64_t input_bytes;
	int rounds;
	double seconds;                /* wall time of the timed runs */
	bool stable;                   /* every implementation reached the precision */
	char note[BENCH_MSG_LEN];      /* e.g. the input validator's complaint */
};

struct bench_result {
	char *problem;                 /* slug */
	char *problem_name;
	char *recipe;                  /* "gen {seed} {n} {n/2}" */
	struct bench_impl *impls;      /* in run order; the read-only baseline last */
	int nimpls;
	struct bench_size *sizes;
	int nsizes;
	int baseline;                  /* index of the implementation ratios are to */
	int read_only;                 /* index of the read-only baseline, -1 when absent */
	enum bench_metric metric;
	long long seed;
	int repeat, min_rounds, max_rounds;
	double budget_s, precision, timeout_s;
	struct envinfo env_before, env_after;
	struct envinfo_usage usage;    /* the whole machine during the measurement */
	double own_cpus;               /* the measured runs' share of it, in CPUs */
	double fault_us;               /* mean of the page-fault probes before and after */
};

struct bench_event;
struct bench_options {
	char **impls;                  /* names or paths as given; none: the default set */
	int nimpls;
	long long *sizes;              /* none: the package's bench sizes */
	int nsizes;
	long long seed;
	int repeat;                    /* exact rounds per size; 0: adaptive */
	int min_rounds, max_rounds;
	double budget_s;               /* per implementation and size, of run wall time */
	double precision;              /* relative half-width of the 95% intervals */
	double timeout_s;              /* CPU seconds per run */
	enum bench_metric metric;
	const char *cache_dir;
	/* Front-end choices, parsed here but used by the caller. */
	const char *svg_path;
	bool json;
	/* Progress; may be NULL. */
	void (*on_event)(const struct bench_event *ev, void *ctx);
	void *ctx;
};

#define BENCH_OPTIONS_INIT { .seed = 1, .min_rounds = 10, .max_rounds = 300, .budget_s = 5, \
			     .precision = 0.02, .timeout_s = 10, .metric = BENCH_CPU }

enum bench_event_kind {
	BENCH_EV_COMPILE,     /* impl compiled (or not) */
	BENCH_EV_INPUT,       /* size's input ready (cached or made) */
	BENCH_EV_WARMUP,      /* impl's warm-up at size done */
	BENCH_EV_ROUND,       /* round finished at size */
	BENCH_EV_SIZE_DONE,
};

struct bench_event {
	enum bench_event_kind kind;
	const struct bench_result *r;
	int impl, size, round;
	bool cached;
};

/* Parse the command line of `judge bench` (argv[0] is "bench"). Returns 0
 * with *problem set, 1 when --help was asked, or -1 with a usage message. */
int bench_parse_args(int argc, char **argv, struct bench_options *o, const char **problem,
		     char *err);
void bench_options_free(struct bench_options *o);
extern const char bench_usage[];

/* Benchmark: returns 0 with *r filled (whatever the implementations did), or
 * -1 with a message when the judge or the package failed (no bench recipe,
 * an unknown implementation, a generator or reference that fails). */
int bench_run(const struct pkg *p, const struct bench_options *o, struct bench_result *r,
	      char *err);
void bench_result_free(struct bench_result *r);

/* Whether some implementation gave a wrong answer, crashed or did not
 * compile (a timeout is not a failure: slow implementations are expected). */
bool bench_any_failure(const struct bench_result *r);

/* ---- the parts, exposed for tests ---------------------------------------- */

/* Turn names into implementations (no read-only baseline yet): a name of a
 * submission (without folder when unique), folder/name, or a path to a .c
 * file; none: every accepted and time_limit_exceeded submission, the
 * reference first. Sets *baseline to the index ratios are to. */
int bench_resolve(const struct pkg *p, char *const *names, int nnames, struct bench_impl **impls,
		  int *nimpls, int *baseline, char *err);

/* How to run implementation i at size s once (check: compare its output
 * with the answer). Sets *status to BENCH_OK, or to why the run does not
 * count with a message. Returns -1 only on a judge error. */
struct bench_runner {
	int (*run)(void *ctx, const struct bench_result *r, int impl, int size, bool check,
		   struct bench_sample *sample, enum bench_status *status, char *message, char *err);
	void *ctx;
};

/* The implementations of the next round at size s, in run order; returns
 * their count. Only active ones (status BENCH_OK, not done) take part, in
 * the same order in every round. */
int bench_round_order(const struct bench_result *r, int s, int *order);

/* One run's time in the chosen metric, in milliseconds. */
double bench_sample_time(enum bench_metric m, const struct bench_sample *s);

/* Warm-up and rounds at size s (its input ready). */
int bench_measure_size(struct bench_result *r, int s, const struct bench_runner *run,
		       const struct bench_options *o, char *err);

/* Everything at size s from the samples alone. Other programs only ever
 * slow a run down, and on a shared machine they come and go in spells that
 * hit implementations unequally (memory-bound ones more, so that even paired
 * per-round ratios move with them); comparisons therefore use the low end of
 * each implementation's runs, its 10th percentile (p10): like the minimum
 * that Julia's BenchmarkTools and Python's timeit recommend, but a proper
 * statistic that does not keep falling as runs are added. The ratio is
 * p10 / baseline's p10 with a bootstrap interval; the excess over the
 * read-only baseline (what the fit uses) is p10 - p10. Median and quartiles
 * describe all runs. */
void bench_analyze_size(struct bench_result *r, int s);
/* bench_analyze_size for every size, then the log-log fits. */
void bench_analyze(struct bench_result *r);

/* "1e6", "2e5" for round sizes, else the digits. */
void bench_format_n(long long n, char *buf, size_t len);

/* Whether implementation i's median at size s, and its ratio to the
 * baseline, are known within +-precision (95% intervals). Reads what
 * bench_analyze_size() computed. */
bool bench_point_precise(const struct bench_result *r, int impl, int s, double precision);

#endif
