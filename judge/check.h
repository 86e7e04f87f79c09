/* check: compare a program's output with the expected answer, the way the
 * Kattis default output validator does, driven by its validator_flags. */
#ifndef JUDGE_CHECK_H
#define JUDGE_CHECK_H

#include <stdbool.h>
#include <stddef.h>

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

#endif
