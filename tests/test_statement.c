/* Tests of statements' limits block: made from problem.yaml, checked by
 * verify, rewritten in place, and no other line may state a limit. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "pkg.h"
#include "statement.h"
#include "testing.h"
#include "util.h"

static char *dir;

static void setup(void)
{
	dir = test_scratch("statement");
	char *cmd = xasprintf("cp -r tests/packages/sum/. '%s'", dir);
	cr_assert_eq(system(cmd), 0);
	free(cmd);
}

static void teardown(void)
{
	rm_tree(dir);
	free(dir);
}

TestSuite(statement, .init = setup, .fini = teardown);

static void put(const char *name, const char *text)
{
	char *path = path_join(dir, name);
	cr_assert_eq(file_write(path, text, strlen(text), NULL), 0);
	free(path);
}

static int check(char *msg)
{
	struct pkg p;
	char err[ERR_LEN];
	cr_assert_eq(pkg_load(dir, dir, &p, err), 0, "%s", err);
	int rc = statement_check(&p, msg, ERR_LEN, err);
	cr_assert_geq(rc, 0, "%s", err);
	pkg_free(&p);
	return rc;
}

static void update(void)
{
	struct pkg p;
	char err[ERR_LEN];
	int changed;
	cr_assert_eq(pkg_load(dir, dir, &p, err), 0, "%s", err);
	cr_assert_eq(statement_update(&p, &changed, err), 0, "%s", err);
	pkg_free(&p);
}

Test(statement, the_placeholder_becomes_the_limits_of_problem_yaml)
{
	char msg[ERR_LEN];
	put("statement.md", "# Sum\n\n## Limits\n\n<!-- limits -->\n\n## Sample\n");
	cr_assert_eq(check(msg), 1);
	cr_assert(strstr(msg, "no limits block"), "%s", msg);
	update();
	cr_assert_eq(check(msg), 0, "%s", msg);
	char *path = path_join(dir, "statement.md"), *text = file_head(path, 4096, NULL);
	cr_assert(strstr(text, "- Time: 1 s of CPU time per test"), "%s", text);
	cr_assert(strstr(text, "## Sample\n"), "the rest of the statement is kept: %s", text);
	free(text);
	free(path);
}

Test(statement, a_changed_limit_in_problem_yaml_makes_the_block_stale)
{
	char msg[ERR_LEN];
	put("statement.md", "# Sum\n\n<!-- limits -->\n");
	update();
	cr_assert_eq(check(msg), 0, "%s", msg);
	char *yaml = path_join(dir, "problem.yaml");
	char *text = file_head(yaml, 4096, NULL);
	char *at = strstr(text, "time_limit: 1");
	cr_assert(at, "%s", text);
	memcpy(at, "time_limit: 2", 13);
	put("problem.yaml", text);
	cr_assert_eq(check(msg), 1);
	cr_assert(strstr(msg, "differs from problem.yaml"), "%s", msg);
	update();
	cr_assert_eq(check(msg), 0, "%s", msg);
	free(text);
	free(yaml);
}

Test(statement, prose_that_states_a_limit_is_named_by_line)
{
	char msg[ERR_LEN];
	put("statement.md", "# Sum\n\n<!-- limits -->\n\nYou have 2 seconds of CPU time.\n");
	update();
	cr_assert_eq(check(msg), 1);
	cr_assert(strstr(msg, "statement.md:9: states a limit"), "%s", msg);
}

Test(statement, a_package_without_a_statement_fails_the_check)
{
	char msg[ERR_LEN], *path = path_join(dir, "statement.md");
	cr_assert_eq(unlink(path), 0);
	free(path);
	cr_assert_eq(check(msg), 1);
	cr_assert(strstr(msg, "no statement"), "%s", msg);
}
