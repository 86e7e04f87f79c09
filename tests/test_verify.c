/* Tests of verify: what makes a package's checks fail, and what makes the
 * package broken (exit status 2). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util.h"
#include "verify.h"
#include "testing.h"

static char *dir, *cache;

static void setup(void)
{
	dir = test_scratch("verify");
	cache = test_scratch("vcache");
	char *cmd = xasprintf("cp -r tests/packages/sum/. %s", dir);
	cr_assert_eq(system(cmd), 0);
	free(cmd);
}

static void teardown(void)
{
	run_shutdown();
	rm_tree(dir);
	rm_tree(cache);
	free(dir);
	free(cache);
}

TestSuite(verify, .init = setup, .fini = teardown, .timeout = 60);

static struct verify_counts verify(void)
{
	struct report r;
	char err[ERR_LEN];
	report_init(&r, false);
	r.f = fopen("/dev/null", "w");
	struct verify_counts c = { 0, 0, false };
	cr_assert_eq(verify_package(dir, cache, &r, &c, err), 0, "%s", err);
	fclose(r.f);
	return c;
}

static void put(const char *rel, const char *text)
{
	char *path = path_join(dir, rel);
	cr_assert_eq(file_write(path, text, strlen(text), NULL), 0);
	free(path);
}

Test(verify, a_sound_package_passes_every_check)
{
	struct verify_counts c = verify();
	cr_assert_eq(c.failed, 0);
	cr_assert_gt(c.passed, 3);
	cr_assert(!c.broken);
}

Test(verify, a_submission_in_the_wrong_folder_fails_a_check)
{
	char *from = path_join(dir, "submissions/wrong_answer/int32.c");
	char *to = path_join(dir, "submissions/accepted/int32.c");
	cr_assert_eq(rename(from, to), 0);
	struct verify_counts c = verify();
	cr_assert_eq(c.failed, 1);
	cr_assert(!c.broken);
	free(from);
	free(to);
}

Test(verify, an_input_the_validator_rejects_fails_a_check)
{
	put("data/secret/01-zero.in", "3000000000 5\n"); /* over the bound of 2*10^9 */
	struct verify_counts c = verify();
	cr_assert_geq(c.failed, 1);
	cr_assert(!c.broken);
}

Test(verify, a_validator_that_crashes_makes_the_package_broken)
{
	put("input_validator/validate.c", "int main(void) { volatile int *p = 0; return *p; }\n");
	struct verify_counts c = verify();
	cr_assert_geq(c.failed, 1);
	cr_assert(c.broken, "a crashing validator must make the package broken (exit 2)");
}

Test(verify, a_package_that_does_not_load_is_broken)
{
	put("problem.yaml", "limits:\n  time_limt: 1\n");
	struct verify_counts c = verify();
	cr_assert_eq(c.failed, 1);
	cr_assert(c.broken);
}
