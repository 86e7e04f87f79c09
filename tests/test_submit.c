/* End-to-end tests of judging: compile (with its cache), run every test in
 * order, check, verdicts, stop at the first failure or run them all. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pkg.h"
#include "submit.h"
#include "util.h"
#include "testing.h"

static char *cache, *scratch;

static void setup(void)
{
	cache = test_scratch("cache");
	scratch = test_scratch("src");
}

static void teardown(void)
{
	run_shutdown();
	rm_tree(cache);
	rm_tree(scratch);
	free(cache);
	free(scratch);
}

TestSuite(submit, .init = setup, .fini = teardown, .timeout = 60);

static struct pkg load(const char *dir)
{
	struct pkg p;
	char err[ERR_LEN];
	cr_assert_eq(pkg_load(dir, cache, &p, err), 0, "%s", err);
	return p;
}

static char *source(const char *name, const char *text)
{
	char *path = path_join(scratch, name);
	cr_assert_eq(file_write(path, text, strlen(text), NULL), 0);
	return path;
}

static struct submit_result judge(const struct pkg *p, const char *src, bool all)
{
	struct submit_options o = { .all = all, .cache_dir = cache };
	struct submit_result r;
	char err[ERR_LEN];
	cr_assert_eq(submit_run(p, src, &o, &r, err), 0, "%s", err);
	return r;
}

Test(submit, reference_is_accepted_on_every_test_including_generated)
{
	struct pkg p = load("tests/packages/sum");
	struct submit_result r = judge(&p, "tests/packages/sum/submissions/accepted/sum.c", false);
	cr_assert_eq(r.verdict, VERDICT_AC, "%s", r.message);
	cr_assert_eq(r.ntests, 4);
	cr_assert_eq(r.passed, 4);
	cr_assert_eq(r.first_failure, -1);
	cr_assert_str_eq(r.tests[3].test->name, "secret/03-generated");
	cr_assert(file_exists(p.tests[3].in_path) && file_exists(p.tests[3].ans_path));
	cr_assert_gt(r.max_cpu_ms, 0);
	cr_assert_gt(r.max_peak_kib, 0);
	submit_result_free(&r);
	pkg_free(&p);
}

Test(submit, wrong_answer_stops_at_the_first_failure_unless_all)
{
	struct pkg p = load("tests/packages/sum");
	const char *wa = "tests/packages/sum/submissions/wrong_answer/int32.c";
	struct submit_result r = judge(&p, wa, false);
	cr_assert_eq(r.verdict, VERDICT_WA);
	cr_assert_eq(r.ntests, 3, "ran %d tests", r.ntests);
	cr_assert_str_eq(r.tests[r.first_failure].test->name, "secret/02-big");
	cr_assert(strstr(r.tests[2].message, "expected \"4000000000\""), "%s", r.tests[2].message);
	submit_result_free(&r);
	r = judge(&p, wa, true);
	cr_assert_eq(r.verdict, VERDICT_WA);
	cr_assert_eq(r.ntests, 4);
	cr_assert_eq(r.passed, 3);
	submit_result_free(&r);
	pkg_free(&p);
}

Test(submit, compile_error_is_ce_with_the_compiler_log)
{
	struct pkg p = load("tests/packages/sum");
	char *src = source("broken.c", "int main(void) { return x; }\n");
	struct submit_result r = judge(&p, src, false);
	cr_assert_eq(r.verdict, VERDICT_CE);
	cr_assert(!r.compile.ok);
	cr_assert_eq(r.ntests, 0);
	cr_assert(strstr(r.compile.log, "broken.c:1"), "%s", r.compile.log);
	cr_assert(strstr(r.compile.log, "error"), "%s", r.compile.log);
	submit_result_free(&r);
	free(src);
	pkg_free(&p);
}

Test(submit, identical_sources_are_compiled_once)
{
	struct pkg p = load("tests/packages/sum");
	const char *text = "#include <stdio.h>\nint main(void){long a,b;scanf(\"%ld %ld\",&a,&b);printf(\"%ld\\n\",a+b);}\n";
	char *a = source("a.c", text);
	struct submit_result r = judge(&p, a, false);
	cr_assert(r.compile.ok && !r.compile.cached);
	submit_result_free(&r);
	r = judge(&p, a, false);
	cr_assert(r.compile.cached, "second compilation was not cached");
	cr_assert_eq(r.verdict, VERDICT_AC);
	submit_result_free(&r);
	/* a different source is compiled again */
	char *b = source("a2.c", "/* changed */\n");
	struct submit_result r2 = judge(&p, b, false);
	cr_assert(!r2.compile.cached);
	submit_result_free(&r2);
	free(a);
	free(b);
	pkg_free(&p);
}

Test(submit, runtime_error_shows_the_start_of_stderr)
{
	struct pkg p = load("tests/packages/sum");
	char *src = source("crash.c", "#include <stdio.h>\nint main(void){fprintf(stderr, \"index 7 out of range\\n\"); return 4;}\n");
	struct submit_result r = judge(&p, src, false);
	cr_assert_eq(r.verdict, VERDICT_RE);
	cr_assert_eq(r.tests[0].rec.exit_code, 4);
	cr_assert(strstr(r.tests[0].message, "index 7 out of range"), "%s", r.tests[0].message);
	submit_result_free(&r);
	free(src);
	pkg_free(&p);
}

Test(submit, custom_output_validator_accepts_and_rejects_with_its_message)
{
	struct pkg p = load("tests/packages/custom");
	struct submit_result r = judge(&p, "tests/packages/custom/submissions/accepted/three.c", false);
	cr_assert_eq(r.verdict, VERDICT_AC, "%s", r.tests[0].message);
	submit_result_free(&r);
	r = judge(&p, "tests/packages/custom/submissions/wrong_answer/five.c", false);
	cr_assert_eq(r.verdict, VERDICT_WA);
	cr_assert(strstr(r.tests[0].message, "'5' does not divide 12"), "%s", r.tests[0].message);
	submit_result_free(&r);
	pkg_free(&p);
}

Test(submit, a_failing_output_validator_is_a_judge_error)
{
	struct pkg p = load("tests/packages/custom");
	char *src = source("crash.c", "#include <stdio.h>\nint main(void){puts(\"crash\");return 0;}\n");
	struct submit_result r = judge(&p, src, true);
	cr_assert_eq(r.verdict, VERDICT_JE);
	cr_assert(strstr(r.tests[0].message, "expected exit 42 or 43"), "%s", r.tests[0].message);
	submit_result_free(&r);
	free(src);
	pkg_free(&p);
}

Test(submit, a_missing_answer_file_is_a_judge_error)
{
	/* The package changes under the judge: the answer vanishes after loading. */
	char dir[300];
	snprintf(dir, sizeof dir, "%s/pkg", scratch);
	char *cmd = xasprintf("cp -r tests/packages/sum %s", dir);
	cr_assert_eq(system(cmd), 0);
	free(cmd);
	struct pkg p = load(dir);
	unlink(p.tests[0].ans_path);
	struct submit_result r = judge(&p, "tests/packages/sum/submissions/accepted/sum.c", false);
	cr_assert_eq(r.verdict, VERDICT_JE);
	cr_assert(strstr(r.tests[0].message, "cannot open"), "%s", r.tests[0].message);
	submit_result_free(&r);
	pkg_free(&p);
}
