/* benchfmt: how `judge bench` shows its results: progress lines while it
 * runs, the table for people, JSON for machines, the SVG plot. */
#define _GNU_SOURCE
#include "benchfmt.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "json.h"
#include "svg.h"
#include "util.h"

/* Input of at least this many bytes gets a throughput column. */
#define LARGE_INPUT 1000000

/* ---- numbers for people ------------------------------------------------------ */

/* Three significant digits: "0.412 ms", "41.2 ms", "412 ms", "4.12 s". */
static char *fmt_ms(char *buf, size_t n, double ms)
{
	if (!isfinite(ms))
		snprintf(buf, n, "-");
	else if (ms >= 1e3)
		snprintf(buf, n, ms >= 1e4 ? "%.1f s" : "%.2f s", ms / 1e3);
	else if (ms >= 100)
		snprintf(buf, n, "%.0f ms", ms);
	else if (ms >= 10)
		snprintf(buf, n, "%.1f ms", ms);
	else if (ms >= 1)
		snprintf(buf, n, "%.2f ms", ms);
	else
		snprintf(buf, n, "%.3f ms", ms);
	return buf;
}

/* Three significant digits, no unit. */
static char *fmt_3(char *buf, size_t n, double v)
{
	if (!isfinite(v))
		snprintf(buf, n, "-");
	else if (fabs(v) >= 100)
		snprintf(buf, n, "%.0f", v);
	else if (fabs(v) >= 10)
		snprintf(buf, n, "%.1f", v);
	else
		snprintf(buf, n, "%.2f", v);
	return buf;
}

/* SI bytes: "7.0 kB", "6.9 MB". */
static char *fmt_bytes(char *buf, size_t n, double b, const char *suffix)
{
	static const char *const units[] = { "B", "kB", "MB", "GB", "TB" };
	int u = 0;
	while (b >= 1000 && u < 4) {
		b /= 1000;
		u++;
	}
	snprintf(buf, n, u == 0 ? "%.0f %s%s" : "%.1f %s%s", b, units[u], suffix);
	return buf;
}

static const char *metric_name(const struct bench_result *r)
{
	return bench_metric_info(r->metric)->name;
}

/* ---- progress ------------------------------------------------------------------ */

void benchfmt_progress_init(struct benchfmt_progress *pr, FILE *f)
{
	pr->f = f;
	pr->tty = isatty(fileno(f));
	pr->open_line = false;
}

void benchfmt_progress_end(struct benchfmt_progress *pr)
{
	if (pr->open_line)
		fprintf(pr->f, "\r\033[K");
	pr->open_line = false;
	fflush(pr->f);
}

/* A line that a later one may overwrite (only on a terminal). */
static void transient(struct benchfmt_progress *pr, const char *line)
{
	if (!pr->tty)
		return;
	fprintf(pr->f, "\r\033[K%s", line);
	pr->open_line = true;
	fflush(pr->f);
}

static void permanent(struct benchfmt_progress *pr, const char *line)
{
	if (pr->open_line)
		fprintf(pr->f, "\r\033[K");
	pr->open_line = false;
	fprintf(pr->f, "%s\n", line);
	fflush(pr->f);
}

void benchfmt_on_event(const struct bench_event *ev, void *ctx)
{
	struct benchfmt_progress *pr = ctx;
	const struct bench_result *r = ev->r;
	char line[600], n[32], a[32];
	if (ev->size >= 0)
		bench_format_n(r->sizes[ev->size].n, n, sizeof n);
	switch (ev->kind) {
	case BENCH_EV_COMPILE: {
		const struct bench_impl *im = &r->impls[ev->impl];
		snprintf(line, sizeof line, "compile   %s: %s", im->name,
			 im->binary ? (ev->cached ? "cached" : "compiled") : "compile error");
		if (im->binary)
			transient(pr, line);
		else
			permanent(pr, line);
		break;
	}
	case BENCH_EV_INPUT:
		snprintf(line, sizeof line, "input     n = %s: %s (%s)", n,
			 fmt_bytes(a, sizeof a, (double)r->sizes[ev->size].input_bytes, ""),
			 ev->cached ? "cached" : "generated, answer from the reference");
		if (r->sizes[ev->size].note[0])
			permanent(pr, line);
		else
			transient(pr, line);
		break;
	case BENCH_EV_WARMUP: {
		const struct bench_point *pt = &r->impls[ev->impl].points[ev->size];
		snprintf(line, sizeof line, "warm-up   n = %s: %s %s%s%s", n, r->impls[ev->impl].name,
			 fmt_ms(a, sizeof a, bench_sample_time(r->metric, &pt->warmup)),
			 pt->status == BENCH_OK ? "" : ", ", pt->message);
		if (pt->status == BENCH_OK)
			transient(pr, line);
		else
			permanent(pr, line);
		break;
	}
	case BENCH_EV_ROUND: {
		const struct bench_size *sz = &r->sizes[ev->size];
		int active = 0, live = 0;
		for (int i = 0; i < r->nimpls; i++) {
			const struct bench_point *pt = &r->impls[i].points[ev->size];
			live += pt->status == BENCH_OK;
			active += pt->status == BENCH_OK && !pt->done;
		}
		if (r->repeat > 0)
			snprintf(line, sizeof line, "measure   n = %s: round %d of %d, %s of runs", n,
				 ev->round, r->repeat, fmt_ms(a, sizeof a, sz->seconds * 1e3));
		else
			snprintf(line, sizeof line, "measure   n = %s: round %d, %d of %d implementations "
				 "still running, %s of runs", n, ev->round, active, live,
				 fmt_ms(a, sizeof a, sz->seconds * 1e3));
		transient(pr, line);
		break;
	}
	case BENCH_EV_SIZE_DONE: {
		const struct bench_size *sz = &r->sizes[ev->size];
		snprintf(line, sizeof line, "measured  n = %s: %d rounds in %s%s", n, sz->rounds,
			 fmt_ms(a, sizeof a, sz->seconds * 1e3),
			 r->repeat > 0 ? "" : sz->stable ? ", precision reached" : ", precision not reached");
		permanent(pr, line);
		break;
	}
	}
}

/* ---- warnings about the run itself --------------------------------------------- */

int benchfmt_run_warnings(const struct bench_result *r, char (*msgs)[ENVINFO_MSG_LEN], int max)
{
	int k = 0;
	double other = r->usage.busy_cpus - r->own_cpus;
	if (k < max && other >= 0.25)
		snprintf(msgs[k++], ENVINFO_MSG_LEN,
			 "other programs kept %.2f of %d CPUs busy during the measurement", other,
			 r->env_after.logical_cpus);
	if (k < max && r->usage.steal_cpus >= 0.02)
		snprintf(msgs[k++], ENVINFO_MSG_LEN,
			 "the hypervisor stole %.2f CPUs on average during the measurement",
			 r->usage.steal_cpus);
	int unstable = 0;
	for (int i = 0; i < r->nimpls; i++)
		for (int s = 0; s < r->nsizes; s++) {
			const struct bench_point *pt = &r->impls[i].points[s];
			unstable += pt->status == BENCH_OK && pt->nsamples > 0 && !pt->precise;
		}
	if (k < max && unstable)
		snprintf(msgs[k++], ENVINFO_MSG_LEN,
			 "%d measurement%s (marked ~) did not reach +-%.3g%% on median and ratio "
			 "before the budget or the round limit: read the intervals", unstable,
			 unstable == 1 ? "" : "s", r->precision * 100);
	return k;
}

/* ---- the table ------------------------------------------------------------------- */

static const char *status_color(bool color, enum bench_status s)
{
	if (!color || s == BENCH_OK)
		return "";
	return s == BENCH_SKIPPED ? "\033[2m" : s == BENCH_TIMEOUT ? "\033[33m" : "\033[31m";
}

static void header(FILE *f, const struct bench_result *r, bool color)
{
	char line[400], msgs[ENVINFO_MAX_WARNINGS][ENVINFO_MSG_LEN];
	const char *warn = color ? "\033[33mwarning\033[0m" : "warning";
	fprintf(f, "bench     %s (%s), inputs: %s, seed %lld\n", r->problem, r->problem_name, r->recipe,
		r->seed);
	envinfo_describe(&r->env_before, line, sizeof line);
	fprintf(f, "machine   %s; %s\n", line, r->env_before.kernel);
	int nw = envinfo_warnings(&r->env_before, msgs, ENVINFO_MAX_WARNINGS);
	for (int i = 0; i < nw; i++)
		fprintf(f, "%-9s %s\n", warn, msgs[i]);
	fprintf(f, "method    %s (%s) per run; a checked warm-up, then rounds interleaved across\n",
		metric_name(r), bench_metric_info(r->metric)->detail);
	if (r->repeat > 0)
		fprintf(f, "          the implementations, %d rounds per size", r->repeat);
	else
		fprintf(f, "          the implementations; each runs until its median and ratio are "
			   "known within\n          +-%.3g%% (95%%): %d to %d rounds, at most %g s of its "
			   "runs per size", r->precision * 100, r->min_rounds, r->max_rounds, r->budget_s);
	fprintf(f, "; timeout %g s\n", r->timeout_s);
	fprintf(f, "          p10: the 10th percentile of the runs (other programs only ever slow a run\n"
		   "          down); ratio: p10 over %s's p10 at that size [95%% bootstrap interval]\n",
		r->impls[r->baseline].name);
}

/* Page faults are a quarter or more of its time: its ratio reflects the
 * machine's memory (slow, varying faults under a hypervisor) as much as the
 * code. */
static bool faults_dominate(const struct bench_result *r, const struct bench_point *pt)
{
	/* The estimate is rough (the probe's cost per fault is not the
	 * program's), so only clear cases: at least 1 MiB more than read-only. */
	double pages = r->fault_us > 0 ? pt->fault_ms * 1e3 / r->fault_us : 0;
	return pt->fault_ms > 0 && pt->p10 > 0 && pages >= 256 && pt->fault_ms >= 0.25 * pt->p10;
}

static void size_table(FILE *f, const struct bench_result *r, int s, bool color)
{
	const struct bench_size *sz = &r->sizes[s];
	char n[32], a[32], b[32], c[32], d[32], e[32];
	bool large = sz->input_bytes >= LARGE_INPUT;
	bench_format_n(sz->n, n, sizeof n);
	fprintf(f, "\nn = %s    input %s, %d round%s, %s of runs\n", n,
		fmt_bytes(a, sizeof a, (double)sz->input_bytes, ""), sz->rounds, sz->rounds == 1 ? "" : "s",
		fmt_ms(b, sizeof b, sz->seconds * 1e3));
	if (sz->note[0])
		fprintf(f, "  note: %s\n", sz->note);
	int w = 14;
	for (int i = 0; i < r->nimpls; i++)
		if ((int)strlen(r->impls[i].name) > w)
			w = (int)strlen(r->impls[i].name);
	fprintf(f, "  %-*s %4s %10s %11s  %-21s  %-20s %9s %9s%s\n", w, "implementation", "runs",
		"p10", "median", "q1 .. q3", "ratio [95% interval]", "wall", "peak",
		large ? "  input rate" : "");
	for (int i = 0; i < r->nimpls; i++) {
		const struct bench_impl *im = &r->impls[i];
		const struct bench_point *pt = &im->points[s];
		if (pt->status != BENCH_OK || pt->nsamples == 0) {
			fprintf(f, "  %-*s %s%s%s%s%s\n", w, im->name, status_color(color, pt->status),
				pt->status == BENCH_OK ? "not measured" : bench_status_name(pt->status),
				pt->message[0] ? ": " : "", pt->message, color && pt->status != BENCH_OK ? "\033[0m" : "");
			continue;
		}
		char iqr[64], ratio[64], fast[32];
		snprintf(iqr, sizeof iqr, "%s .. %s", fmt_ms(a, sizeof a, pt->time.q1),
			 fmt_ms(b, sizeof b, pt->time.q3));
		if (im->read_only)
			snprintf(ratio, sizeof ratio, "(baseline: reading)");
		else if (i == r->baseline)
			snprintf(ratio, sizeof ratio, "1");
		else if (pt->ratio.pairs > 0)
			snprintf(ratio, sizeof ratio, "%s [%s, %s]", fmt_3(a, sizeof a, pt->ratio.ratio),
				 fmt_3(b, sizeof b, pt->ratio.lo), fmt_3(c, sizeof c, pt->ratio.hi));
		else
			snprintf(ratio, sizeof ratio, "-");
		char rate[32] = "";
		if (large)
			fmt_bytes(rate, sizeof rate, pt->bytes_per_s, "/s");
		fmt_ms(fast, sizeof fast, pt->p10);
		fprintf(f, "  %-*s %4d %10s %10s%s  %-21s  %-20s %9s %5.1f MiB%s%s\n", w, im->name,
			pt->nsamples, fast, fmt_ms(d, sizeof d, pt->time.median), pt->precise ? " " : "~",
			iqr, ratio, fmt_ms(e, sizeof e, pt->wall.median), pt->peak_kib / 1024,
			large ? "  " : "", rate);
	}
	for (int i = 0; i < r->nimpls; i++) {
		const struct bench_point *pt = &r->impls[i].points[s];
		if (pt->status != BENCH_OK || !faults_dominate(r, pt))
			continue;
		double pages = pt->fault_ms * 1e3 / r->fault_us;
		fprintf(f, "  note: %s touches %.1f MiB more than read-only (~%.0f page faults, ~%s at the "
			   "probed %.1f us each):\n        its ratio measures this machine's memory as much "
			   "as its code\n", r->impls[i].name, pages * 4 / 1024, pages,
			fmt_ms(a, sizeof a, pt->fault_ms), r->fault_us);
	}
}

static void scaling(FILE *f, const struct bench_result *r)
{
	char a[32], b[32];
	int w = 14;
	for (int i = 0; i < r->nimpls; i++)
		if ((int)strlen(r->impls[i].name) > w)
			w = (int)strlen(r->impls[i].name);
	fprintf(f, "\nscaling   p10 - read-only's p10 = c * n^b: least squares in log-log over the\n"
		   "          sizes where that work is at least read-only's own p10\n");
	for (int i = 0; i < r->nimpls; i++) {
		const struct bench_impl *im = &r->impls[i];
		if (im->read_only)
			continue;
		char stop[160] = "";
		for (int s = 0; s < r->nsizes; s++) {
			const struct bench_point *pt = &im->points[s];
			if (pt->status != BENCH_OK && pt->status != BENCH_SKIPPED) {
				bench_format_n(r->sizes[s].n, a, sizeof a);
				snprintf(stop, sizeof stop, "; %s at n = %s", bench_status_name(pt->status), a);
				break;
			}
		}
		if (im->points[0].status == BENCH_NOT_COMPILED) {
			fprintf(f, "  %-*s not compiled\n", w, im->name);
			continue;
		}
		if (!im->has_fit) {
			fprintf(f, "  %-*s no fit: fewer than two sizes where its work outweighs read-only%s\n",
				w, im->name, stop);
			continue;
		}
		bench_format_n(r->sizes[im->fit_from].n, a, sizeof a);
		bench_format_n(r->sizes[im->fit_to].n, b, sizeof b);
		int skipped = 0;
		for (int s = im->fit_from; s <= im->fit_to; s++)
			skipped += !im->points[s].in_fit;
		char r2[32];
		if (im->fit.points >= 3)
			snprintf(r2, sizeof r2, "R^2 %.4f", im->fit.r2);
		else
			snprintf(r2, sizeof r2, "R^2 -     ");
		fprintf(f, "  %-*s n^%.2f   %s   n = %s .. %s (%d size%s%s)%s\n", w, im->name,
			im->fit.exponent, r2, a, b, im->fit.points, im->fit.points == 1 ? "" : "s",
			skipped ? ", some left out" : "", stop);
	}
}

void benchfmt_table(FILE *f, const struct bench_result *r, bool color)
{
	header(f, r, color);
	for (int s = 0; s < r->nsizes; s++)
		size_table(f, r, s, color);
	scaling(f, r);
	char msgs[4][ENVINFO_MSG_LEN];
	fprintf(f, "\nduring    %.2f of %d CPUs busy on average over %.1f s, %.2f of them the measured runs\n",
		r->usage.busy_cpus, r->env_after.logical_cpus, r->usage.seconds, r->own_cpus);
	int nw = benchfmt_run_warnings(r, msgs, 4);
	for (int i = 0; i < nw; i++)
		fprintf(f, "%-9s %s\n", color ? "\033[33mwarning\033[0m" : "warning", msgs[i]);
	fflush(f);
}

/* ---- JSON ------------------------------------------------------------------------ */

static void json_kd(struct json *j, const char *key, double v)
{
	json_key(j, key);
	json_double(j, v);
}

static void json_point(struct json *j, const struct bench_result *r, int i, int s)
{
	const struct bench_point *pt = &r->impls[i].points[s];
	bool ok = pt->status == BENCH_OK && pt->nsamples > 0;
	json_begin_object(j);
	json_key(j, "n");
	json_int(j, r->sizes[s].n);
	json_key(j, "status");
	json_string(j, bench_status_name(pt->status));
	json_key(j, "message");
	json_string(j, pt->message[0] ? pt->message : NULL);
	json_key(j, "rounds");
	json_int(j, pt->nsamples);
	json_kd(j, "p10_ms", ok ? pt->p10 : NAN);
	json_kd(j, "median_ms", ok ? pt->time.median : NAN);
	json_kd(j, "q1_ms", ok ? pt->time.q1 : NAN);
	json_kd(j, "q3_ms", ok ? pt->time.q3 : NAN);
	json_kd(j, "median_lo_ms", ok ? pt->time.median_lo : NAN);
	json_kd(j, "median_hi_ms", ok ? pt->time.median_hi : NAN);
	json_kd(j, "min_ms", ok ? pt->time.min : NAN);
	json_kd(j, "max_ms", ok ? pt->time.max : NAN);
	json_kd(j, "mean_ms", ok ? pt->time.mean : NAN);
	json_kd(j, "stddev_ms", ok ? pt->time.stddev : NAN);
	json_kd(j, "wall_median_ms", ok ? pt->wall.median : NAN);
	json_kd(j, "peak_kib", ok ? pt->peak_kib : NAN);
	bool has_ratio = ok && pt->ratio.pairs > 0;
	json_kd(j, "ratio", has_ratio ? pt->ratio.ratio : NAN);
	json_kd(j, "ratio_lo", has_ratio ? pt->ratio.lo : NAN);
	json_kd(j, "ratio_hi", has_ratio ? pt->ratio.hi : NAN);
	bool has_paired = ok && pt->paired.pairs > 0;
	json_kd(j, "paired_ratio", has_paired ? pt->paired.ratio : NAN);
	json_kd(j, "paired_ratio_lo", has_paired ? pt->paired.lo : NAN);
	json_kd(j, "paired_ratio_hi", has_paired ? pt->paired.hi : NAN);
	json_kd(j, "excess_ms", ok ? pt->excess_ms : NAN);
	json_key(j, "in_fit");
	json_bool(j, pt->in_fit);
	json_key(j, "precise");
	json_bool(j, pt->precise);
	json_kd(j, "input_bytes_per_s", ok ? pt->bytes_per_s : NAN);   /* at p10 */
	json_kd(j, "page_fault_ms_estimate", ok ? pt->fault_ms : NAN);
	json_key(j, "warmup");
	json_begin_object(j);
	json_kd(j, "cpu_ms", pt->status == BENCH_SKIPPED || pt->status == BENCH_NOT_COMPILED ? NAN : pt->warmup.cpu_ms);
	json_kd(j, "wall_ms", pt->status == BENCH_SKIPPED || pt->status == BENCH_NOT_COMPILED ? NAN : pt->warmup.wall_ms);
	json_end_object(j);
	/* Every timed run, in round order. */
	json_key(j, "cpu_ms");
	json_begin_array(j);
	for (int k = 0; k < pt->nsamples; k++)
		json_double(j, pt->samples[k].cpu_ms);
	json_end_array(j);
	json_key(j, "wall_ms");
	json_begin_array(j);
	for (int k = 0; k < pt->nsamples; k++)
		json_double(j, pt->samples[k].wall_ms);
	json_end_array(j);
	json_key(j, "peak_kib_runs");
	json_begin_array(j);
	for (int k = 0; k < pt->nsamples; k++)
		json_int(j, (long long)pt->samples[k].peak_kib);
	json_end_array(j);
	json_end_object(j);
}

static void json_env(struct json *j, const struct bench_result *r)
{
	const struct envinfo *e = &r->env_before;
	char msgs[ENVINFO_MAX_WARNINGS + 4][ENVINFO_MSG_LEN];
	json_key(j, "environment");
	json_begin_object(j);
	json_key(j, "cpu");
	json_string(j, e->cpu_model);
	json_key(j, "cpus");
	json_int(j, e->logical_cpus);
	json_key(j, "cores");
	json_int(j, e->physical_cores);
	json_key(j, "load");
	json_begin_array(j);
	for (int i = 0; i < 3; i++)
		json_double(j, e->load[i]);
	json_end_array(j);
	json_key(j, "governor");
	json_string(j, e->governor[0] ? e->governor : NULL);
	json_key(j, "boost");
	if (e->boost < 0)
		json_null(j);
	else
		json_bool(j, e->boost == 1);
	json_key(j, "virtual_machine");
	json_bool(j, e->hypervisor);
	json_key(j, "kernel");
	json_string(j, e->kernel);
	json_kd(j, "busy_cpus", r->usage.busy_cpus);
	json_kd(j, "own_cpus", r->own_cpus);
	json_kd(j, "steal_cpus", r->usage.steal_cpus);
	json_kd(j, "page_fault_us_before", r->env_before.fault_us >= 0 ? r->env_before.fault_us : NAN);
	json_kd(j, "page_fault_us_after", r->env_after.fault_us >= 0 ? r->env_after.fault_us : NAN);
	json_kd(j, "seconds", r->usage.seconds);
	json_key(j, "warnings");
	json_begin_array(j);
	int nw = envinfo_warnings(e, msgs, ENVINFO_MAX_WARNINGS);
	nw += benchfmt_run_warnings(r, msgs + nw, 4);
	for (int i = 0; i < nw; i++)
		json_string(j, msgs[i]);
	json_end_array(j);
	json_end_object(j);
}

void benchfmt_json(FILE *f, const struct bench_result *r)
{
	struct json j;
	json_init(&j, f);
	json_begin_object(&j);
	json_key(&j, "problem");
	json_string(&j, r->problem);
	json_key(&j, "name");
	json_string(&j, r->problem_name);
	json_key(&j, "recipe");
	json_string(&j, r->recipe);
	json_key(&j, "seed");
	json_int(&j, r->seed);
	json_key(&j, "metric");
	json_string(&j, bench_metric_info(r->metric)->key);
	json_key(&j, "baseline");
	json_string(&j, r->impls[r->baseline].name);
	json_key(&j, "method");
	json_begin_object(&j);
	json_key(&j, "repeat");
	json_int(&j, r->repeat);
	json_key(&j, "min_rounds");
	json_int(&j, r->min_rounds);
	json_key(&j, "max_rounds");
	json_int(&j, r->max_rounds);
	json_kd(&j, "budget_s", r->budget_s);
	json_kd(&j, "precision", r->precision);
	json_kd(&j, "timeout_s", r->timeout_s);
	json_kd(&j, "confidence", STATS_CONFIDENCE);
	json_key(&j, "ratio");
	json_string(&j, "p10 (10th percentile of the runs) over the baseline's p10 at that size; "
			"interval: percentile bootstrap of the runs, fixed seed");
	json_key(&j, "fit");
	json_string(&j, "least squares of log(p10 - read-only's p10) on log n, over the sizes "
			"where that difference is at least read-only's p10");
	json_end_object(&j);
	json_env(&j, r);
	json_key(&j, "sizes");
	json_begin_array(&j);
	for (int s = 0; s < r->nsizes; s++) {
		const struct bench_size *sz = &r->sizes[s];
		json_begin_object(&j);
		json_key(&j, "n");
		json_int(&j, sz->n);
		json_key(&j, "input_bytes");
		json_int(&j, (long long)sz->input_bytes);
		json_key(&j, "rounds");
		json_int(&j, sz->rounds);
		json_kd(&j, "seconds", sz->seconds);
		json_key(&j, "stable");
		json_bool(&j, sz->stable);
		json_key(&j, "note");
		json_string(&j, sz->note[0] ? sz->note : NULL);
		json_end_object(&j);
	}
	json_end_array(&j);
	json_key(&j, "implementations");
	json_begin_array(&j);
	for (int i = 0; i < r->nimpls; i++) {
		const struct bench_impl *im = &r->impls[i];
		json_begin_object(&j);
		json_key(&j, "name");
		json_string(&j, im->name);
		json_key(&j, "source");
		json_string(&j, im->source);
		json_key(&j, "read_only");
		json_bool(&j, im->read_only);
		json_kd(&j, "exponent", im->has_fit ? im->fit.exponent : NAN);
		json_kd(&j, "r2", im->has_fit && im->fit.points >= 3 ? im->fit.r2 : NAN);
		json_kd(&j, "coeff_ms", im->has_fit ? im->fit.coeff : NAN);
		json_key(&j, "fit_points");
		json_int(&j, im->has_fit ? im->fit.points : 0);
		json_key(&j, "points");
		json_begin_array(&j);
		for (int s = 0; s < r->nsizes; s++)
			json_point(&j, r, i, s);
		json_end_array(&j);
		json_end_object(&j);
	}
	json_end_array(&j);
	json_end_object(&j);
	json_end(&j);
	fflush(f);
}

/* ---- SVG ------------------------------------------------------------------------- */

int benchfmt_svg(const char *path, const struct bench_result *r, char *err)
{
	struct svg_series *series = xcalloc((size_t)r->nimpls, sizeof *series);
	double *buf = xcalloc((size_t)(r->nimpls * r->nsizes * 4 + 1), sizeof *buf);
	char **notes = xcalloc((size_t)r->nimpls, sizeof *notes);
	int ns = 0;
	/* Implementations first (they take the palette's colours in order),
	 * the read-only baseline last. */
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < r->nimpls; i++) {
			const struct bench_impl *im = &r->impls[i];
			if (im->read_only != (pass == 1))
				continue;
			struct svg_series *sr = &series[ns];
			double *x = buf + (size_t)ns * r->nsizes * 4, *y = x + r->nsizes,
			       *lo = y + r->nsizes, *hi = lo + r->nsizes;
			int k = 0;
			char stop[64] = "";
			for (int s = 0; s < r->nsizes; s++) {
				const struct bench_point *pt = &im->points[s];
				if (pt->status == BENCH_OK && pt->nsamples > 0) {
					x[k] = (double)r->sizes[s].n;
					y[k] = pt->time.median;
					lo[k] = pt->time.q1;
					hi[k++] = pt->time.q3;
				} else if (!stop[0] && pt->status != BENCH_SKIPPED) {
					char n[32];
					bench_format_n(r->sizes[s].n, n, sizeof n);
					snprintf(stop, sizeof stop, "\n%s at n = %s", bench_status_name(pt->status), n);
				}
			}
			if (im->read_only)
				notes[ns] = xasprintf("reads the input, nothing else");
			else if (im->has_fit && im->fit.points >= 3)
				notes[ns] = xasprintf("n^%.2f (R\u00b2 %.3f)%s", im->fit.exponent, im->fit.r2, stop);
			else if (im->has_fit)
				notes[ns] = xasprintf("n^%.2f (2 sizes)%s", im->fit.exponent, stop);
			else
				notes[ns] = xasprintf("no fit (too few sizes)%s", stop);
			*sr = (struct svg_series){ im->name, notes[ns], k, x, y, lo, hi, im->read_only };
			ns++;
		}
	char *title = xasprintf("%s: %s per run against input size", r->problem, metric_name(r));
	char *subtitle = xasprintf("line: median of the runs, band: q1 to q3; exponent: fit of p10 minus "
				   "read-only's p10\ninputs: %s, seed %lld; %s, %d CPUs",
				   r->recipe, r->seed, r->env_before.cpu_model, r->env_before.logical_cpus);
	char *ylabel = xasprintf("%s per run (log scale)", metric_name(r));
	struct svg_plot plot = { title, subtitle, "input size n (log scale)", ylabel, series, ns, true };
	int rc = svg_write_file(path, &plot, err);
	for (int i = 0; i < ns; i++)
		free(notes[i]);
	free(notes);
	free(series);
	free(buf);
	free(title);
	free(subtitle);
	free(ylabel);
	return rc;
}
