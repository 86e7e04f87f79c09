/* bench: compare the running time of several implementations of one
 * problem: inputs from the bench recipe, checked warm-ups, interleaved
 * rounds, paired ratios and log-log fits (see bench.h). */
#define _GNU_SOURCE
#include "bench.h"

#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "compile.h"
#include "gen.h"
#include "recipe.h"
#include "prog.h"
#include "run.h"
#include "util.h"
#include "verdict.h"

#define BENCH_SIZE_MAX 1000000000000LL

/* ---- statuses ------------------------------------------------------------ */

static const char *const status_names[BENCH_STATUS_COUNT] = {
	[BENCH_OK] = "ok",
	[BENCH_TIMEOUT] = "timeout",
	[BENCH_WRONG] = "wrong",
	[BENCH_FAILED] = "failed",
	[BENCH_SKIPPED] = "skipped",
	[BENCH_NOT_COMPILED] = "not compiled",
};

const char *bench_status_name(enum bench_status s)
{
	return s < BENCH_STATUS_COUNT ? status_names[s] : "?";
}

/* ---- the command line ----------------------------------------------------- */

const char bench_usage[] =
	"usage: judge bench PROBLEM [OPTIONS]\n"
	"\n"
	"Compare the running time of implementations of PROBLEM on inputs made by its\n"
	"bench recipe (problem.yaml: bench), one per size: each output is checked once,\n"
	"then runs are timed in rounds interleaved across the implementations and the\n"
	"read-only baseline (bench/read-only.c). Method and output: docs/bench.md.\n"
	"\n"
	"  --impl LIST       implementations, comma-separated, repeatable: a submission's\n"
	"                    name (deque), folder/name (accepted/deque) or a FILE.c;\n"
	"                    default: every accepted and time_limit_exceeded submission.\n"
	"                    Ratios are to the first named (default: the reference).\n"
	"  --sizes LIST      input sizes n, e.g. 1e3,1e4,1e5 (default: bench: sizes)\n"
	"  --repeat N        exactly N timed rounds per size (default: adaptive, 10 to 300)\n"
	"  --budget SECONDS  adaptive: an implementation stops at a size once its runs there\n"
	"                    took this long (default 5)\n"
	"  --precision PCT   adaptive: ... or once its median and its ratio are known within\n"
	"                    +-PCT percent at 95% confidence (default 2)\n"
	"  --timeout SECONDS CPU time per run; an implementation over it is not run at\n"
	"                    larger sizes (default 10)\n"
	"  --metric cpu|wall the time compared (default cpu: user + sys)\n"
	"  --seed N          the recipe's {seed} (default 1)\n"
	"  --svg FILE        write a log-log plot of time against n\n"
	"  --json            print every measurement and fit as JSON\n"
	"\n"
	"Exit status: 0 measured, 1 an implementation was wrong, crashed or did not compile,\n"
	"2 usage error, broken package or judge error, 130 interrupted.\n";

static int parse_double(const char *what, const char *s, double min, double max, double *out,
			char *err)
{
	char *end;
	double v = strtod(s, &end);
	if (end == s || *end || !isfinite(v) || v < min || v > max)
		return err_set(err, "bench: %s wants a number from %g to %g, not '%s'", what, min, max, s);
	*out = v;
	return 0;
}

static int parse_int(const char *what, const char *s, long long min, long long max, long long *out,
		     char *err)
{
	double v;
	if (parse_double(what, s, (double)min, (double)max, &v, err) < 0)
		return -1;
	if (v != floor(v))
		return err_set(err, "bench: %s wants a whole number, not '%s'", what, s);
	*out = (long long)v;
	return 0;
}

static int cmp_ll(const void *a, const void *b)
{
	long long x = *(const long long *)a, y = *(const long long *)b;
	return x < y ? -1 : x > y;
}

static int opt_impl(struct bench_options *o, const char *arg, char *err)
{
	char *copy = xstrdup(arg), *save = NULL;
	for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
		o->impls = xrealloc(o->impls, (size_t)(o->nimpls + 1) * sizeof *o->impls);
		o->impls[o->nimpls++] = xstrdup(t);
	}
	free(copy);
	(void)err;
	return 0;
}

static int opt_sizes(struct bench_options *o, const char *arg, char *err)
{
	char *copy = xstrdup(arg), *save = NULL;
	int rc = 0;
	free(o->sizes);
	o->sizes = NULL;
	o->nsizes = 0;
	for (char *t = strtok_r(copy, ",", &save); t && rc == 0; t = strtok_r(NULL, ",", &save)) {
		long long n = 0;
		if ((rc = parse_int("--sizes", t, 1, BENCH_SIZE_MAX, &n, err)) < 0)
			break;
		o->sizes = xrealloc(o->sizes, (size_t)(o->nsizes + 1) * sizeof *o->sizes);
		o->sizes[o->nsizes++] = n;
	}
	free(copy);
	if (rc == 0 && o->nsizes == 0)
		rc = err_set(err, "bench: --sizes wants a list such as 1e3,1e4,1e5");
	return rc;
}

static int opt_repeat(struct bench_options *o, const char *arg, char *err)
{
	long long v = 0;
	if (parse_int("--repeat", arg, 1, 100000, &v, err) < 0)
		return -1;
	o->repeat = (int)v;
	return 0;
}

static int opt_budget(struct bench_options *o, const char *arg, char *err)
{
	return parse_double("--budget", arg, 0, 1e6, &o->budget_s, err);
}

static int opt_precision(struct bench_options *o, const char *arg, char *err)
{
	double pct;
	if (parse_double("--precision", arg, 0.01, 100, &pct, err) < 0)
		return -1;
	o->precision = pct / 100;
	return 0;
}

static int opt_timeout(struct bench_options *o, const char *arg, char *err)
{
	return parse_double("--timeout", arg, 0.01, 86400, &o->timeout_s, err);
}

static int opt_seed(struct bench_options *o, const char *arg, char *err)
{
	return parse_int("--seed", arg, 0, 1LL << 53, &o->seed, err);
}

static const struct bench_metric_info metrics[] = {
	[BENCH_CPU] = { "cpu", "CPU time", "user + sys" },
	[BENCH_WALL] = { "wall", "wall time", "fork to exit" },
};

const struct bench_metric_info *bench_metric_info(enum bench_metric m)
{
	return &metrics[m];
}

double bench_sample_time(enum bench_metric m, const struct bench_sample *s)
{
	return m == BENCH_WALL ? s->wall_ms : s->cpu_ms;
}

static int opt_metric(struct bench_options *o, const char *arg, char *err)
{
	for (size_t m = 0; m < sizeof metrics / sizeof *metrics; m++)
		if (!strcmp(arg, metrics[m].key)) {
			o->metric = (enum bench_metric)m;
			return 0;
		}
	return err_set(err, "bench: --metric is 'cpu' or 'wall', not '%s'", arg);
}

static int opt_svg(struct bench_options *o, const char *arg, char *err)
{
	(void)err;
	o->svg_path = arg;
	return 0;
}

static int opt_json(struct bench_options *o, const char *arg, char *err)
{
	(void)arg;
	(void)err;
	o->json = true;
	return 0;
}

static const struct {
	const char *name;
	int has_arg;
	int (*set)(struct bench_options *o, const char *arg, char *err);
} option_table[] = {
	{ "impl", required_argument, opt_impl },
	{ "sizes", required_argument, opt_sizes },
	{ "repeat", required_argument, opt_repeat },
	{ "budget", required_argument, opt_budget },
	{ "precision", required_argument, opt_precision },
	{ "timeout", required_argument, opt_timeout },
	{ "seed", required_argument, opt_seed },
	{ "metric", required_argument, opt_metric },
	{ "svg", required_argument, opt_svg },
	{ "json", no_argument, opt_json },
};
#define NOPTIONS (int)(sizeof option_table / sizeof *option_table)

int bench_parse_args(int argc, char **argv, struct bench_options *o, const char **problem,
		     char *err)
{
	struct option longs[NOPTIONS + 2];
	for (int i = 0; i < NOPTIONS; i++)
		longs[i] = (struct option){ option_table[i].name, option_table[i].has_arg, NULL, i };
	longs[NOPTIONS] = (struct option){ "help", no_argument, NULL, 'h' };
	longs[NOPTIONS + 1] = (struct option){ NULL, 0, NULL, 0 };
	*problem = NULL;
	optind = 0; /* glibc: start afresh, whatever was parsed before */
	opterr = 0;
	int c;
	/* glibc permutes argv: options may come before or after PROBLEM. */
	while ((c = getopt_long(argc, argv, "h", longs, NULL)) != -1) {
		if (c == 'h')
			return 1;
		if (c < 0 || c >= NOPTIONS)
			return err_set(err, "bench: unknown option or missing value: '%s'",
				       argv[optind - 1] ? argv[optind - 1] : "");
		if (option_table[c].set(o, optarg, err) < 0)
			return -1;
	}
	if (argc - optind != 1)
		return err_set(err, argc - optind ? "bench: one PROBLEM only" : "bench needs PROBLEM");
	*problem = argv[optind];
	if (o->nsizes > 1) {
		qsort(o->sizes, (size_t)o->nsizes, sizeof *o->sizes, cmp_ll);
		int k = 1;
		for (int i = 1; i < o->nsizes; i++)
			if (o->sizes[i] != o->sizes[k - 1])
				o->sizes[k++] = o->sizes[i];
		o->nsizes = k;
	}
	return 0;
}

void bench_options_free(struct bench_options *o)
{
	strv_free(o->impls, o->nimpls);
	free(o->sizes);
	o->impls = NULL;
	o->sizes = NULL;
	o->nimpls = o->nsizes = 0;
}

/* ---- implementations -------------------------------------------------------- */

static bool ends_with(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);
	return a >= b && !strcmp(s + a - b, suffix);
}

/* The part of "folder/name" after the folder. */
static const char *short_name(const struct pkg_submission *s)
{
	const char *slash = strrchr(s->name, '/');
	return slash ? slash + 1 : s->name;
}

/* A submission's display name: without its folder unless another folder
 * holds the same name. */
static char *sub_display_name(const struct pkg *p, const struct pkg_submission *s)
{
	for (int i = 0; i < p->nsubs; i++)
		if (&p->subs[i] != s && !strcmp(short_name(&p->subs[i]), short_name(s)))
			return xstrdup(s->name);
	return xstrdup(short_name(s));
}

static void list_names(const struct pkg *p, char *buf, size_t n)
{
	size_t len = 0;
	buf[0] = 0;
	for (int i = 0; i < p->nsubs && len + 1 < n; i++)
		len += (size_t)snprintf(buf + len, n - len, "%s%s", i ? ", " : "", p->subs[i].name);
	if (!p->nsubs)
		snprintf(buf, n, "none");
}

/* Find one name; returns the submission index, -2 for a file, -1 on error. */
static int find_impl(const struct pkg *p, const char *name, char *err)
{
	char names[600];
	bool looks_like_file = ends_with(name, ".c");
	if (!looks_like_file && strchr(name, '/')) {
		for (int i = 0; i < p->nsubs; i++)
			if (!strcmp(p->subs[i].name, name))
				return i;
		if (!file_exists(name)) {
			list_names(p, names, sizeof names);
			return err_set(err, "bench: no implementation '%s' in %s (submissions: %s)", name,
				       p->slug, names);
		}
		looks_like_file = true;
	}
	if (looks_like_file) {
		if (!file_exists(name))
			return err_set(err, "bench: cannot read '%s': no such file", name);
		return -2;
	}
	int found = -1, count = 0;
	for (int i = 0; i < p->nsubs; i++)
		if (!strcmp(short_name(&p->subs[i]), name)) {
			if (found < 0)
				found = i;
			count++;
		}
	if (count == 1)
		return found;
	if (count > 1) {
		size_t len = 0;
		names[0] = 0;
		for (int i = 0; i < p->nsubs && len + 1 < sizeof names; i++)
			if (!strcmp(short_name(&p->subs[i]), name))
				len += (size_t)snprintf(names + len, sizeof names - len, "%s%s",
							len ? ", " : "", p->subs[i].name);
		return err_set(err, "bench: '%s' is ambiguous in %s: %s", name, p->slug, names);
	}
	list_names(p, names, sizeof names);
	return err_set(err, "bench: no implementation '%s' in %s (submissions: %s)", name, p->slug,
		       names);
}

static void add_impl(struct bench_impl **impls, int *n, char *name, const char *source)
{
	char *real = realpath(source, NULL);
	for (int i = 0; i < *n; i++) {
		char *other = realpath((*impls)[i].source, NULL);
		bool same = real && other && !strcmp(real, other);
		free(other);
		if (same) {
			free(real);
			free(name);
			return;
		}
	}
	free(real);
	*impls = xrealloc(*impls, (size_t)(*n + 1) * sizeof **impls);
	struct bench_impl *im = &(*impls)[(*n)++];
	memset(im, 0, sizeof *im);
	im->name = name;
	im->source = xstrdup(source);
}

static char *file_display_name(const char *path)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	size_t len = strlen(base);
	if (len > 2 && ends_with(base, ".c"))
		len -= 2;
	return xasprintf("%.*s", (int)len, base);
}

int bench_resolve(const struct pkg *p, char *const *names, int nnames, struct bench_impl **impls,
		  int *nimpls, int *baseline, char *err)
{
	*impls = NULL;
	*nimpls = 0;
	*baseline = 0;
	if (nnames == 0) {
		/* The reference first: it is the baseline of the ratios. */
		for (int pass = 0; pass < 2; pass++)
			for (int i = 0; i < p->nsubs; i++) {
				const struct pkg_submission *s = &p->subs[i];
				bool ref = p->reference && !strcmp(s->path, p->reference);
				if ((pass == 0) != ref)
					continue;
				if (s->expected != VERDICT_AC && s->expected != VERDICT_TLE && !ref)
					continue;
				add_impl(impls, nimpls, sub_display_name(p, s), s->path);
			}
		if (*nimpls == 0)
			return err_set(err, "bench: %s has no accepted or time_limit_exceeded submission; "
				       "name implementations with --impl", p->slug);
		return 0;
	}
	for (int k = 0; k < nnames; k++) {
		if (!strcmp(names[k], BENCH_READ_ONLY))
			continue; /* always there */
		int i = find_impl(p, names[k], err);
		if (i == -1) {
			for (int j = 0; j < *nimpls; j++) {
				free((*impls)[j].name);
				free((*impls)[j].source);
			}
			free(*impls);
			*impls = NULL;
			*nimpls = 0;
			return -1;
		}
		if (i >= 0) {
			add_impl(impls, nimpls, sub_display_name(p, &p->subs[i]), p->subs[i].path);
			continue;
		}
		/* A file: its base name, or the path as given when that clashes. */
		char *name = file_display_name(names[k]);
		for (int j = 0; j < *nimpls; j++)
			if (!strcmp((*impls)[j].name, name)) {
				free(name);
				name = xstrdup(names[k]);
				break;
			}
		for (int j = 0; j < p->nsubs; j++)
			if (!strcmp(short_name(&p->subs[j]), name) && strcmp(p->subs[j].path, names[k])) {
				free(name);
				name = xstrdup(names[k]);
				break;
			}
		add_impl(impls, nimpls, name, names[k]);
	}
	if (*nimpls == 0)
		return err_set(err, "bench: no implementation to run");
	return 0;
}

/* ---- measuring ------------------------------------------------------------ */

static double metric_of(const struct bench_result *r, const struct bench_sample *s)
{
	return bench_sample_time(r->metric, s);
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static double *metric_values(const struct bench_result *r, const struct bench_point *pt)
{
	double *v = xmalloc((size_t)(pt->nsamples > 0 ? pt->nsamples : 1) * sizeof *v);
	for (int i = 0; i < pt->nsamples; i++)
		v[i] = metric_of(r, &pt->samples[i]);
	return v;
}

void bench_format_n(long long n, char *buf, size_t len)
{
	/* 1e6, 2e5 for round numbers from 1000 up, else the digits. */
	int zeros = 0;
	long long m = n;
	while (m >= 10 && m % 10 == 0) {
		m /= 10;
		zeros++;
	}
	if (zeros >= 3 && m < 10)
		snprintf(buf, len, "%llde%d", m, zeros);
	else
		snprintf(buf, len, "%lld", n);
}

int bench_round_order(const struct bench_result *r, int s, int *order)
{
	int k = 0;
	for (int i = 0; i < r->nimpls; i++)
		if (r->impls[i].points[s].status == BENCH_OK && !r->impls[i].points[s].done)
			order[k++] = i;
	return k;
}

/* An implementation stopped at size s is not run at larger sizes. */
static void stop_larger(struct bench_result *r, int impl, int s)
{
	char n[32];
	bench_format_n(r->sizes[s].n, n, sizeof n);
	for (int t = s + 1; t < r->nsizes; t++) {
		struct bench_point *pt = &r->impls[impl].points[t];
		if (pt->status != BENCH_OK)
			continue;
		pt->status = BENCH_SKIPPED;
		snprintf(pt->message, sizeof pt->message, "not run: %s at n = %s",
			 bench_status_name(r->impls[impl].points[s].status), n);
	}
}

/* The baseline and the read-only program: every other implementation is
 * paired with their runs. */
static bool is_anchor(const struct bench_result *r, int impl)
{
	return impl == r->baseline || impl == r->read_only;
}

static double rel_half_width(double mid, double lo, double hi)
{
	if (!(mid > 0))
		return INFINITY;
	return fmax(mid - lo, hi - mid) / mid;
}

/* Reads what bench_analyze_size() computed. */
bool bench_point_precise(const struct bench_result *r, int impl, int s, double precision)
{
	const struct bench_point *pt = &r->impls[impl].points[s];
	if (pt->status != BENCH_OK || pt->nsamples == 0)
		return false;
	if (rel_half_width(pt->time.median, pt->time.median_lo, pt->time.median_hi) > precision)
		return false;
	if (impl != r->baseline && pt->ratio.pairs > 0 &&
	    rel_half_width(pt->ratio.ratio, pt->ratio.lo, pt->ratio.hi) > precision)
		return false;
	return true;
}

static void emit(const struct bench_options *o, enum bench_event_kind kind,
		 const struct bench_result *r, int impl, int size, int round, bool cached)
{
	if (!o->on_event)
		return;
	struct bench_event ev = { kind, r, impl, size, round, cached };
	o->on_event(&ev, o->ctx);
}

/* Skip a size the implementation surely cannot finish in time: its time
 * extrapolated along the slope of its last two measured sizes passes three
 * times the timeout. (Start-up cost flattens that slope at small sizes, so
 * the guess errs low, towards running.) */
static bool predict_timeout(struct bench_result *r, int impl, int s)
{
	const struct bench_impl *im = &r->impls[impl];
	int b = -1, a = -1;
	for (int t = s - 1; t >= 0 && a < 0; t--)
		if (im->points[t].status == BENCH_OK && im->points[t].nsamples > 0) {
			if (b < 0)
				b = t;
			else
				a = t;
		}
	if (a < 0)
		return false;
	double *va = metric_values(r, &im->points[a]), *vb = metric_values(r, &im->points[b]);
	double ta = stats_median(va, im->points[a].nsamples);
	double tb = stats_median(vb, im->points[b].nsamples);
	free(va);
	free(vb);
	if (!(ta > 0 && tb > ta))
		return false;
	double slope = log(tb / ta) / log((double)r->sizes[b].n / (double)r->sizes[a].n);
	double guess = tb * pow((double)r->sizes[s].n / (double)r->sizes[b].n, slope);
	if (r->metric == BENCH_WALL || guess <= 3e3 * r->timeout_s)
		return false;
	struct bench_point *pt = &r->impls[impl].points[s];
	char n[32], m[32];
	bench_format_n(r->sizes[b].n, n, sizeof n);
	bench_format_n(r->sizes[a].n, m, sizeof m);
	pt->status = BENCH_TIMEOUT;
	snprintf(pt->message, sizeof pt->message,
		 "not run: about %.0f s by the slope %.2f from n = %s to %s, over the timeout of %g s",
		 guess / 1e3, slope, m, n, r->timeout_s);
	return true;
}

/* After a round: who leaves (see bench.h). */
static void retire(struct bench_result *r, int s, const struct bench_options *o)
{
	bool others = false;
	/* The intervals are bootstrapped: look every 5 rounds, not every round. */
	int rounds = r->sizes[s].rounds;
	bool look = rounds >= o->min_rounds && (rounds - o->min_rounds) % 5 == 0;
	if (look)
		bench_analyze_size(r, s);
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < r->nimpls; i++) {
			struct bench_point *pt = &r->impls[i].points[s];
			if (pt->status != BENCH_OK || pt->done || is_anchor(r, i) != (pass == 1))
				continue;
			if (pass == 1 && others)
				continue;
			if (pt->nsamples >= o->max_rounds)
				pt->done = true;
			else if (pt->nsamples >= o->min_rounds) {
				if (look)
					pt->precise = bench_point_precise(r, i, s, o->precision);
				pt->done = pt->precise || pt->spent_s >= o->budget_s;
			}
			others |= pass == 0 && !pt->done;
		}
}

int bench_measure_size(struct bench_result *r, int s, const struct bench_runner *run,
		       const struct bench_options *o, char *err)
{
	struct bench_size *sz = &r->sizes[s];
	enum bench_status st;
	for (int i = 0; i < r->nimpls; i++) {
		struct bench_point *pt = &r->impls[i].points[s];
		if (pt->status != BENCH_OK)
			continue;
		if (!is_anchor(r, i) && predict_timeout(r, i, s)) {
			stop_larger(r, i, s);
			emit(o, BENCH_EV_WARMUP, r, i, s, 0, false);
			continue;
		}
		if (run->run(run->ctx, r, i, s, true, &pt->warmup, &st, pt->message, err) < 0)
			return -1;
		pt->status = st;
		if (st != BENCH_OK)
			stop_larger(r, i, s);
		emit(o, BENCH_EV_WARMUP, r, i, s, 0, false);
	}
	int *order = xmalloc((size_t)r->nimpls * sizeof *order);
	int target = o->repeat > 0 ? o->repeat : o->max_rounds, rc = 0;
	char msg[BENCH_MSG_LEN];
	for (int round = 0; round < target; round++) {
		int k = bench_round_order(r, s, order);
		if (k == 0)
			break;
		for (int j = 0; j < k; j++) {
			struct bench_point *pt = &r->impls[order[j]].points[s];
			struct bench_sample smp;
			msg[0] = 0;
			if (run->run(run->ctx, r, order[j], s, false, &smp, &st, msg, err) < 0) {
				rc = -1;
				goto out;
			}
			sz->seconds += smp.wall_ms / 1e3;
			pt->spent_s += smp.wall_ms / 1e3;
			if (st != BENCH_OK) {
				/* Passed the warm-up, failed now: flaky or close to the timeout. */
				pt->status = st;
				snprintf(pt->message, sizeof pt->message, "round %d: %.250s", round + 1, msg);
				stop_larger(r, order[j], s);
				continue;
			}
			pt->samples = xrealloc(pt->samples, (size_t)(pt->nsamples + 1) * sizeof *pt->samples);
			pt->samples[pt->nsamples++] = smp;
		}
		sz->rounds = round + 1;
		if (o->repeat == 0)
			retire(r, s, o);
		emit(o, BENCH_EV_ROUND, r, -1, s, round + 1, false);
	}
	sz->stable = true;
	bench_analyze_size(r, s);
	for (int i = 0; i < r->nimpls; i++) {
		struct bench_point *pt = &r->impls[i].points[s];
		if (pt->status == BENCH_OK)
			pt->precise = bench_point_precise(r, i, s, o->precision);
		if (pt->status == BENCH_OK && !pt->precise)
			sz->stable = false;
	}
out:
	free(order);
	if (rc == 0)
		emit(o, BENCH_EV_SIZE_DONE, r, -1, s, sz->rounds, false);
	return rc;
}

/* ---- analysis ----------------------------------------------------------- */

static double quantile_of(const double *v, int n, double q)
{
	double *c = xmalloc((size_t)n * sizeof *c);
	memcpy(c, v, (size_t)n * sizeof *c);
	qsort(c, (size_t)n, sizeof *c, cmp_double);
	double x = stats_quantile_sorted(c, n, q);
	free(c);
	return x;
}

static void analyze_point(struct bench_result *r, int impl, int s)
{
	struct bench_point *pt = &r->impls[impl].points[s];
	memset(&pt->ratio, 0, sizeof pt->ratio);
	memset(&pt->paired, 0, sizeof pt->paired);
	memset(&pt->time, 0, sizeof pt->time);
	memset(&pt->wall, 0, sizeof pt->wall);
	pt->in_fit = false;
	pt->excess_ms = NAN;
	pt->fault_ms = NAN;
	pt->bytes_per_s = 0;
	if (pt->status != BENCH_OK || pt->nsamples == 0)
		return;
	int n = pt->nsamples;
	double *v = metric_values(r, pt), *w = xmalloc((size_t)n * sizeof *w);
	stats_summarize(v, n, &pt->time);
	pt->p10 = quantile_of(v, n, BENCH_QUANTILE);
	for (int i = 0; i < n; i++)
		w[i] = pt->samples[i].wall_ms;
	stats_summarize(w, n, &pt->wall);
	for (int i = 0; i < n; i++)
		w[i] = (double)pt->samples[i].peak_kib;
	pt->peak_kib = stats_median(w, n);
	free(w);
	const struct bench_point *b = &r->impls[r->baseline].points[s];
	if (!r->impls[impl].read_only && b->status == BENCH_OK && b->nsamples > 0) {
		double *bv = metric_values(r, b);
		stats_quantile_ratio(v, n, bv, b->nsamples, BENCH_QUANTILE, BENCH_RESAMPLES,
				     BENCH_BOOTSTRAP_SEED + (unsigned long long)(impl * 1000 + s), &pt->ratio);
		/* The anchors stay while this one runs: its rounds are theirs too. */
		if (b->nsamples >= n)
			stats_paired_ratio(v, bv, n, &pt->paired);
		free(bv);
	}
	if (r->read_only >= 0 && !r->impls[impl].read_only) {
		const struct bench_point *ro = &r->impls[r->read_only].points[s];
		if (ro->status == BENCH_OK && ro->nsamples > 0) {
			double *rv = metric_values(r, ro);
			double floor_ms = quantile_of(rv, ro->nsamples, BENCH_QUANTILE);
			free(rv);
			pt->excess_ms = pt->p10 - floor_ms;
			/* Fitted when the work outweighs starting a process and
			 * reading the input: below that, start-up costs that differ
			 * between binaries (up to 6% of it, measured) bend the line. */
			pt->in_fit = pt->excess_ms > 0 && pt->excess_ms >= floor_ms;
		}
	}
	if (pt->p10 > 0)
		pt->bytes_per_s = (double)r->sizes[s].input_bytes / (pt->p10 / 1e3);
	/* Page faults beyond those of any process (the read-only program's). */
	double extra_kib = pt->peak_kib;
	if (r->read_only >= 0 && !r->impls[impl].read_only) {
		const struct bench_point *ro = &r->impls[r->read_only].points[s];
		if (ro->status == BENCH_OK && ro->nsamples > 0) {
			double *pk = xmalloc((size_t)ro->nsamples * sizeof *pk);
			for (int i = 0; i < ro->nsamples; i++)
				pk[i] = (double)ro->samples[i].peak_kib;
			extra_kib -= stats_median(pk, ro->nsamples);
			free(pk);
		}
	}
	pt->fault_ms = r->fault_us > 0 && extra_kib > 0 && !r->impls[impl].read_only
			       ? extra_kib / 4 * r->fault_us / 1e3 : 0;
	free(v);
}

void bench_analyze_size(struct bench_result *r, int s)
{
	for (int i = 0; i < r->nimpls; i++)
		analyze_point(r, i, s);
}

void bench_analyze(struct bench_result *r)
{
	for (int s = 0; s < r->nsizes; s++)
		bench_analyze_size(r, s);
	double *x = xmalloc((size_t)(r->nsizes + 1) * sizeof *x), *y = xmalloc((size_t)(r->nsizes + 1) * sizeof *y);
	for (int i = 0; i < r->nimpls; i++) {
		struct bench_impl *im = &r->impls[i];
		im->has_fit = false;
		im->fit_from = im->fit_to = -1;
		if (im->read_only)
			continue;
		int k = 0;
		for (int s = 0; s < r->nsizes; s++) {
			if (!im->points[s].in_fit)
				continue;
			if (im->fit_from < 0)
				im->fit_from = s;
			im->fit_to = s;
			x[k] = (double)r->sizes[s].n;
			y[k++] = im->points[s].excess_ms;
		}
		im->has_fit = stats_loglog_fit(x, y, k, &im->fit) == 0;
	}
	free(x);
	free(y);
}

/* ---- compiling ------------------------------------------------------------ */

static int compile_impl(const struct pkg *p, struct bench_impl *im, int nsizes,
			const char *cache_dir, bool *cached, char *err)
{
	struct compile_result cr;
	if (prog_compile(p, im->source, cache_dir, &cr, err) < 0)
		return -1;
	*cached = cr.cached;
	if (cr.ok) {
		im->binary = cr.binary;
		cr.binary = NULL;
	} else {
		char first[BENCH_MSG_LEN];
		compile_first_error(&cr, first, sizeof first);
		for (int s = 0; s < nsizes; s++) {
			im->points[s].status = BENCH_NOT_COMPILED;
			snprintf(im->points[s].message, sizeof im->points[s].message,
				 "compile error: %.280s", first);
		}
	}
	compile_result_free(&cr);
	return 0;
}

/* ---- inputs ------------------------------------------------------------- */

/* The input of size s from the recipe, and its answer from the reference;
 * cached under a key of what they are made from, like gen.c's tests. */
static int ensure_input(const struct pkg *p, struct bench_result *r, int s, const char *cache_dir,
			bool *cached, char *err)
{
	struct bench_size *sz = &r->sizes[s];
	char **args, msg[ERR_LEN], nbuf[32];
	bench_format_n(sz->n, nbuf, sizeof nbuf);
	int argc = recipe_expand(p->bench.args, sz->n, r->seed, &args, msg);
	if (argc < 0)
		return err_set(err, "%s:%d: bench recipe at n = %s: %s", p->yaml_path, p->bench.line,
			       nbuf, msg);
	char hex[33];
	pkg_input_key(p, p->bench.generator, (const char *const *)args, "bench", hex);
	char *dir = path_join(cache_dir, "bench");
	sz->in_path = xasprintf("%s/%s.in", dir, hex);
	sz->ans_path = xasprintf("%s/%s.ans", dir, hex);
	int rc = -1;
	*cached = file_exists(sz->in_path) && file_exists(sz->ans_path);
	if (!*cached && gen_make(p, p->bench.generator, (const char *const *)args, sz->in_path,
				 sz->ans_path, cache_dir, msg) < 0) {
		err_set(err, "bench input at n = %s: %.900s", nbuf, msg);
		goto out;
	}
	struct stat st;
	if (stat(sz->in_path, &st) < 0) {
		err_sys(err, "cannot read '%s'", sz->in_path);
		goto out;
	}
	sz->input_bytes = (uint64_t)st.st_size;
	/* Sizes beyond the problem's constraints are allowed (that is what
	 * scaling is about): the validator's complaint is a note, not an error. */
	char why[ERR_LEN];
	int valid = prog_validate_input(p, sz->in_path, cache_dir, why, sizeof why, msg);
	if (valid < 0) {
		err_set(err, "bench input at n = %s: %.900s", nbuf, msg);
		goto out;
	}
	if (valid == 0)
		snprintf(sz->note, sizeof sz->note, "the input validator rejects this input: %.200s", why);
	rc = 0;
out:
	free(dir);
	recipe_free(args);
	return rc;
}

/* ---- running and checking --------------------------------------------------- */

struct real_runner {
	const struct pkg *p;
	const char *cache_dir;
	char *out_path, *err_path;
	double timeout_s;
};

static int real_run(void *ctx, const struct bench_result *r, int impl, int s, bool check,
		    struct bench_sample *sample, enum bench_status *status, char *message, char *err)
{
	struct real_runner *rr = ctx;
	const struct bench_impl *im = &r->impls[impl];
	const struct bench_size *sz = &r->sizes[s];
	const char *argv[] = { "solution", NULL };
	struct run_spec spec = RUN_SPEC_INIT;
	spec.path = im->binary;
	spec.argv = argv;
	spec.stdin_path = sz->in_path;
	spec.stdout_path = rr->out_path;
	spec.stderr_path = rr->err_path;
	prog_submission_spec(rr->p, rr->timeout_s, &spec);
	struct run_record rec;
	if (run_program(&spec, &rec, err) < 0)
		return -1;
	sample->cpu_ms = rec.cpu_ms;
	sample->wall_ms = rec.wall_ms;
	sample->peak_kib = rec.peak_kib;
	sample->out_bytes = rec.stdout_bytes;
	*status = BENCH_OK;
	message[0] = 0;
	enum verdict v = verdict_of_run(&rec, rr->timeout_s, spec.memory_limit);
	if (v == VERDICT_TLE) {
		*status = BENCH_TIMEOUT;
		snprintf(message, BENCH_MSG_LEN, rec.limit == RUN_LIMIT_WALL
			 ? "over the wall-clock limit of %g s" : "over the timeout of %g s CPU",
			 rec.limit == RUN_LIMIT_WALL ? spec.wall_limit : rr->timeout_s);
		return 0;
	}
	if (v != VERDICT_AC) {
		char label[64];
		char *line = file_first_line(rr->err_path);
		verdict_label(v, &rec, label, sizeof label);
		*status = BENCH_FAILED;
		snprintf(message, BENCH_MSG_LEN, "%s%s%s", label, *line ? ": " : "", line);
		free(line);
		return 0;
	}
	if (im->read_only)
		return 0;
	/* Every output is checked at the warm-up; a timed run whose output
	 * differs in length from the warm-up's is checked again. */
	if (!check && rec.stdout_bytes == im->points[s].warmup.out_bytes)
		return 0;
	char why[ERR_LEN];
	switch (check_answer(rr->p, sz->in_path, sz->ans_path, rr->out_path, rr->cache_dir, why, sizeof why)) {
	case VERDICT_AC:
		return 0;
	case VERDICT_WA:
		*status = BENCH_WRONG;
		snprintf(message, BENCH_MSG_LEN, "wrong answer: %.280s", why);
		return 0;
	default:
		return err_set(err, "%.900s", why);
	}
}

/* ---- the whole benchmark ---------------------------------------------------- */

static double self_cpu_s(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
	       (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
}

int bench_run(const struct pkg *p, const struct bench_options *o, struct bench_result *r,
	      char *err)
{
	memset(r, 0, sizeof *r);
	r->read_only = -1;
	if (!p->bench.args)
		return err_set(err, "bench: %s has no bench recipe ('bench: args' in '%s')", p->slug,
			       p->yaml_path);
	if (!p->reference)
		return err_set(err, "bench: %s names no reference in '%s'; it makes the answers the "
			       "outputs are checked against", p->slug, p->yaml_path);
	const long long *sizes = o->nsizes ? o->sizes : p->bench.sizes;
	int nsizes = o->nsizes ? o->nsizes : p->bench.nsizes;
	if (nsizes == 0)
		return err_set(err, "bench: no sizes: give --sizes or 'bench: sizes' in '%s'", p->yaml_path);
	if (envinfo_collect(&r->env_before, err) < 0)
		return -1;
	envinfo_probe_memory(&r->env_before);
	r->fault_us = r->env_before.fault_us;
	r->problem = xstrdup(p->slug);
	r->problem_name = xstrdup(p->name);
	const char *gen = strrchr(p->bench.generator, '/');
	r->recipe = xasprintf("%.*s %s", (int)strcspn(gen ? gen + 1 : p->bench.generator, "."),
			      gen ? gen + 1 : p->bench.generator, p->bench.args);
	r->metric = o->metric;
	r->seed = o->seed;
	r->repeat = o->repeat;
	r->min_rounds = o->min_rounds;
	r->max_rounds = o->max_rounds;
	r->budget_s = o->budget_s;
	r->precision = o->precision;
	r->timeout_s = o->timeout_s;
	r->nsizes = nsizes;
	r->sizes = xcalloc((size_t)nsizes, sizeof *r->sizes);
	for (int s = 0; s < nsizes; s++)
		r->sizes[s].n = sizes[s];
	if (bench_resolve(p, o->impls, o->nimpls, &r->impls, &r->nimpls, &r->baseline, err) < 0)
		return -1;
	char *ro = path_join(judge_root(), "bench/read-only.c");
	if (!file_exists(ro)) {
		err_set(err, "bench: the read-only baseline '%s' is missing", ro);
		free(ro);
		return -1;
	}
	r->impls = xrealloc(r->impls, (size_t)(r->nimpls + 1) * sizeof *r->impls);
	struct bench_impl *base = &r->impls[r->nimpls];
	memset(base, 0, sizeof *base);
	base->name = xstrdup(BENCH_READ_ONLY);
	base->source = ro;
	base->read_only = true;
	r->read_only = r->nimpls++;
	for (int i = 0; i < r->nimpls; i++)
		r->impls[i].points = xcalloc((size_t)nsizes, sizeof *r->impls[i].points);

	for (int i = 0; i < r->nimpls; i++) {
		bool cached = false;
		if (compile_impl(p, &r->impls[i], nsizes, o->cache_dir, &cached, err) < 0)
			return -1;
		if (!r->impls[i].binary && r->impls[i].read_only)
			return err_set(err, "bench: the read-only baseline '%s' does not compile", ro);
		emit(o, BENCH_EV_COMPILE, r, i, -1, 0, cached);
	}
	for (int s = 0; s < nsizes; s++) {
		bool cached = false;
		if (ensure_input(p, r, s, o->cache_dir, &cached, err) < 0)
			return -1;
		emit(o, BENCH_EV_INPUT, r, -1, s, 0, cached);
	}

	struct real_runner rr = { p, o->cache_dir, run_session_path("bench-stdout"),
				  run_session_path("bench-stderr"), o->timeout_s };
	struct bench_runner runner = { real_run, &rr };
	struct envinfo mark;
	int rc = envinfo_collect(&mark, err);
	double self0 = self_cpu_s();
	for (int s = 0; s < nsizes && rc == 0; s++)
		rc = bench_measure_size(r, s, &runner, o, err);
	unlink(rr.out_path);
	unlink(rr.err_path);
	free(rr.out_path);
	free(rr.err_path);
	if (rc < 0)
		return -1;
	if (envinfo_collect(&r->env_after, err) < 0)
		return -1;
	envinfo_usage(&mark, &r->env_after, &r->usage);
	envinfo_probe_memory(&r->env_after);
	if (r->env_before.fault_us >= 0 && r->env_after.fault_us >= 0)
		r->fault_us = (r->env_before.fault_us + r->env_after.fault_us) / 2;
	double own = self_cpu_s() - self0;
	for (int i = 0; i < r->nimpls; i++)
		for (int s = 0; s < nsizes; s++) {
			const struct bench_point *pt = &r->impls[i].points[s];
			if (pt->status != BENCH_NOT_COMPILED && pt->status != BENCH_SKIPPED)
				own += pt->warmup.cpu_ms / 1e3;
			for (int k = 0; k < pt->nsamples; k++)
				own += pt->samples[k].cpu_ms / 1e3;
		}
	r->own_cpus = r->usage.seconds > 0 ? own / r->usage.seconds : 0;
	bench_analyze(r);
	return 0;
}

void bench_result_free(struct bench_result *r)
{
	for (int i = 0; i < r->nimpls; i++) {
		struct bench_impl *im = &r->impls[i];
		for (int s = 0; s < r->nsizes && im->points; s++)
			free(im->points[s].samples);
		free(im->points);
		free(im->name);
		free(im->source);
		free(im->binary);
	}
	free(r->impls);
	for (int s = 0; s < r->nsizes; s++) {
		free(r->sizes[s].in_path);
		free(r->sizes[s].ans_path);
	}
	free(r->sizes);
	free(r->problem);
	free(r->problem_name);
	free(r->recipe);
	memset(r, 0, sizeof *r);
}

bool bench_any_failure(const struct bench_result *r)
{
	for (int i = 0; i < r->nimpls; i++)
		for (int s = 0; s < r->nsizes; s++) {
			enum bench_status st = r->impls[i].points[s].status;
			if (st == BENCH_WRONG || st == BENCH_FAILED || st == BENCH_NOT_COMPILED)
				return true;
		}
	return false;
}
