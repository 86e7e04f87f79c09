/* submit: judge one submission against a package: compile, then run and check
 * each test in order, stopping at the first failure unless asked not to. */
#ifndef JUDGE_SUBMIT_H
#define JUDGE_SUBMIT_H

#include <stdbool.h>

#include "compile.h"
#include "pkg.h"
#include "run.h"
#include "verdict.h"

#define SUBMIT_MSG_LEN 1100 /* room for an ERR_LEN message and a prefix */

struct test_result {
	const struct pkg_test *test;
	enum verdict verdict;
	struct run_record rec;
	char message[SUBMIT_MSG_LEN]; /* the checker's or the limit's message */
};

struct submit_result {
	enum verdict verdict;         /* the first failing test's, or AC */
	int first_failure;            /* index into tests, -1 when accepted */
	struct compile_result compile;
	struct test_result *tests;    /* the tests that ran, in order */
	int ntests;
	int passed;
	double max_cpu_ms, max_wall_ms;
	uint64_t max_peak_kib;
	char message[SUBMIT_MSG_LEN]; /* CE or JE detail */
};

struct submit_options {
	bool all;                     /* run every test even after a failure */
	const char *cache_dir;
	/* Called after each test, for live reports; may be NULL. */
	void (*on_test)(const struct test_result *t, void *ctx);
	void (*on_compiled)(const struct submit_result *r, void *ctx);
	/* Called once before generating tests that are not cached yet. */
	void (*on_generating)(int count, void *ctx);
	void *ctx;
};

/* Returns 0 with *r filled (any verdict, including CE and JE), or -1 with a
 * message when the submission cannot be judged at all (unreadable source,
 * broken generated tests, interrupted). */
int submit_run(const struct pkg *p, const char *source, const struct submit_options *o,
	       struct submit_result *r, char *err);
void submit_result_free(struct submit_result *r);

#endif
