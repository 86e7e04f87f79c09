/* check: decide whether a program's output answers a test: the Kattis
 * default output validator (driven by validator_flags), or the package's
 * own output validator, called as the Kattis format says. */
#ifndef JUDGE_CHECK_H
#define JUDGE_CHECK_H

#include <stdbool.h>
#include <stddef.h>

#include "verdict.h"

struct pkg;

struct check_flags {
	bool case_sensitive;
	bool space_change_sensitive;
	bool float_abs;      /* float_absolute_tolerance given */
	bool float_rel;      /* float_relative_tolerance given */
	double abs_tol;
	double rel_tol;
};

#define CHECK_MSG_LEN 512

struct check_result {
	bool accepted;
	char message[CHECK_MSG_LEN]; /* where and how they differ, when not accepted */
};

/* Parse a validator_flags string ("float_tolerance 1e-6 case_sensitive").
 * Returns 0, or -1 with a message naming the bad flag. */
int check_flags_parse(const char *text, struct check_flags *f, char *err);
/* The flags back as text, for reports ("tokens" when none). */
void check_flags_describe(const struct check_flags *f, char *buf, size_t n);

/* Compare `out` (the program's output) with `ans` (the judge's answer).
 * Both are byte buffers: NUL bytes and binary data are compared as is. */
void check_output(const struct check_flags *f, const char *ans, size_t ans_len,
		  const char *out, size_t out_len, struct check_result *r);

/* A test's verdict from its output, with the package's checker (its
 * validator_flags, or its output validator): VERDICT_AC, VERDICT_WA with the
 * first difference in message, or VERDICT_JE when the checker itself failed
 * (message says why). */
enum verdict check_answer(const struct pkg *p, const char *in_path, const char *ans_path,
			  const char *output, const char *cache_dir, char *message, size_t n);

#endif
