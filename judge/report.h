/* report: what submit and verify print for people (terminal lines,
 * colours when allowed) or for machines (JSON). Bench's tables and plots
 * are benchfmt.c's; main.c prints usage and errors. */
#ifndef JUDGE_REPORT_H
#define JUDGE_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "pkg.h"
#include "submit.h"

struct report {
	FILE *f;
	bool color;   /* a terminal, and NO_COLOR unset */
	bool json;
	bool header;  /* the test table's header is out */
};

void report_init(struct report *r, bool json);

/* submit */
void report_submit_start(struct report *r, const struct pkg *p, const char *source);
void report_compiled(struct report *r, const struct submit_result *s);
void report_test(struct report *r, const struct test_result *t);
void report_generating(struct report *r, int count);
void report_submit_end(struct report *r, const struct pkg *p, const char *source,
		       const struct submit_result *s);

/* verify and other checklists: one line per check, then "N passed, N failed" */
void report_check(struct report *r, bool ok, const char *what, const char *detail);
void report_note(struct report *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void report_totals(struct report *r, int passed, int failed);

/* A colour escape for a verdict ("" when colours are off). */
const char *report_color(const struct report *r, enum verdict v);
const char *report_reset(const struct report *r);

/* "12.3 ms", "450 ms", "1.23 s" */
void report_ms(char *buf, size_t n, double ms);

#endif
