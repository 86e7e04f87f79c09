/* benchfmt: how `judge bench` shows its results: progress lines while it
 * runs, the table for people, JSON for machines, the SVG plot. Writes only to
 * the streams and files it is given. */
#ifndef JUDGE_BENCHFMT_H
#define JUDGE_BENCHFMT_H

#include <stdbool.h>
#include <stdio.h>

#include "bench.h"

/* Progress on a stream (stderr): one line per step, rewritten in place on a
 * terminal. Pass a struct benchfmt_progress as the bench_options ctx. */
struct benchfmt_progress {
	FILE *f;
	bool tty;
	bool open_line;   /* a line is being rewritten */
};
void benchfmt_progress_init(struct benchfmt_progress *pr, FILE *f);
void benchfmt_on_event(const struct bench_event *ev, void *ctx);
/* End the line being rewritten, if any. */
void benchfmt_progress_end(struct benchfmt_progress *pr);

/* The report for people: environment and warnings, one table per size,
 * the scaling fits. */
void benchfmt_table(FILE *f, const struct bench_result *r, bool color);

/* Every measurement and fit (the keys are listed in docs/bench.md). */
void benchfmt_json(FILE *f, const struct bench_result *r);

/* A log-log plot of time against n, one line per implementation with its
 * interquartile band, the read-only baseline dashed. */
int benchfmt_svg(const char *path, const struct bench_result *r, char *err);

/* Warnings about the measurement itself (other load during the run, steal
 * time, sizes that did not reach the precision); returns the count. */
int benchfmt_run_warnings(const struct bench_result *r, char (*msgs)[ENVINFO_MSG_LEN], int max);

#endif
