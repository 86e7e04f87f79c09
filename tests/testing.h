/* testing: what every test binary shares. It runs from the project root, so
 * paths such as tests/packages/sum work whatever directory it is started
 * from, and it makes its scratch directories under $TMPDIR (else /tmp). */
#ifndef JUDGE_TESTING_H
#define JUDGE_TESTING_H

#include <criterion/criterion.h>
#include <criterion/hooks.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "util.h"

/* Before any test: the runner moves to the root; each test inherits it. */
ReportHook(PRE_ALL)(struct criterion_test_set *set)
{
	(void)set;
	if (chdir(judge_root()) < 0) {
		perror(judge_root());
		exit(2);
	}
}

/* A fresh directory for one test (or one fixture); the caller removes it. */
static inline char *test_scratch(const char *what)
{
	const char *tmp = getenv("TMPDIR");
	char *dir = xasprintf("%s/judge-test-%s-XXXXXX", tmp && *tmp ? tmp : "/tmp", what);
	cr_assert(mkdtemp(dir), "cannot make a scratch directory %s", dir);
	return dir;
}

#endif
