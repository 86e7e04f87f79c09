/* Tests of package loading: problem.yaml keys and errors with file:line,
 * tests in order, generated tests, submissions by verdict folder. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pkg.h"
#include "util.h"
#include "testing.h"

static char *root, *cache;

/* The cache directory is only named, never written: loading a package
 * computes where its generated tests live but makes nothing. */
static void setup(void)
{
	root = test_scratch("pkg");
	cache = path_join(root, "cache");
}

static void teardown(void)
{
	rm_tree(root);
	free(root);
	free(cache);
}

TestSuite(pkg, .init = setup, .fini = teardown);

static void put(const char *rel, const char *text)
{
	char *path = path_join(root, rel);
	char *dir = xstrdup(path);
	*strrchr(dir, '/') = 0;
	cr_assert_eq(mkdir_p(dir, NULL), 0);
	cr_assert_eq(file_write(path, text, strlen(text), NULL), 0);
	free(dir);
	free(path);
}

/* A minimal valid package, then whatever the test changes. */
static void minimal(void)
{
	put("problem.yaml", "name: Echo\n");
	put("data/sample/1.in", "1\n");
	put("data/sample/1.ans", "1\n");
	put("data/secret/b.in", "2\n");
	put("data/secret/b.ans", "2\n");
	put("data/secret/a.in", "3\n");
	put("data/secret/a.ans", "3\n");
	put("data/secret/a.desc", "the first secret test\nignored second line\n");
	put("submissions/accepted/ok.c", "int main(void){return 0;}\n");
}

static int load(struct pkg *p, char *err)
{
	return pkg_load(root, cache, p, err);
}

static void fails_with(const char *needle)
{
	struct pkg p;
	char err[ERR_LEN];
	cr_assert_eq(load(&p, err), -1, "loaded although it should fail with '%s'", needle);
	cr_assert(strstr(err, needle), "error '%s' lacks '%s'", err, needle);
}

Test(pkg, loads_defaults_tests_in_order_and_descriptions)
{
	minimal();
	struct pkg p;
	char err[ERR_LEN];
	cr_assert_eq(load(&p, err), 0, "%s", err);
	cr_assert_str_eq(p.name, "Echo");
	cr_assert_float_eq(p.limits.time_limit, PKG_DEFAULT_TIME_LIMIT, 1e-9);
	cr_assert_eq(p.limits.memory_mib, PKG_DEFAULT_MEMORY_MIB);
	cr_assert_eq(p.limits.output_mib, PKG_DEFAULT_OUTPUT_MIB);
	cr_assert_eq(p.ntests, 3);
	cr_assert_str_eq(p.tests[0].name, "sample/1");
	cr_assert(p.tests[0].sample);
	cr_assert_str_eq(p.tests[1].name, "secret/a");
	cr_assert_str_eq(p.tests[1].desc, "the first secret test");
	cr_assert_str_eq(p.tests[2].name, "secret/b");
	cr_assert_eq(p.nsubs, 1);
	cr_assert_str_eq(p.subs[0].name, "accepted/ok");
	cr_assert_eq(p.subs[0].expected, VERDICT_AC);
	pkg_free(&p);
}

Test(pkg, reads_limits_flags_reference_and_bench)
{
	minimal();
	put("problem.yaml",
	    "name: Echo\n"
	    "limits:\n  time_limit: 2.5\n  memory: 512\n  output: 16\n"
	    "validator_flags: float_tolerance 1e-6\n"
	    "reference: ok\n"
	    "bench:\n  args: \"{seed} {n} {n/2}\"\n  sizes: [1000, 1e4]\n");
	put("generator/gen.c", "int main(void){return 0;}\n");
	struct pkg p;
	char err[ERR_LEN];
	cr_assert_eq(load(&p, err), 0, "%s", err);
	cr_assert_float_eq(p.limits.time_limit, 2.5, 1e-9);
	cr_assert_eq(p.limits.memory_mib, 512);
	cr_assert_eq(p.limits.output_mib, 16);
	cr_assert(p.flags.float_abs && p.flags.float_rel);
	cr_assert(strstr(p.reference, "submissions/accepted/ok.c"));
	cr_assert_eq(p.bench.nsizes, 2);
	cr_assert_eq(p.bench.sizes[1], 10000);
	cr_assert(strstr(p.bench.generator, "generator/gen.c"));
	pkg_free(&p);
}

Test(pkg, bench_sizes_may_exceed_a_million)
{
	/* regression: bench sizes shared the 10^6 cap of limits */
	minimal();
	put("problem.yaml", "bench:\n  args: \"{seed} {n}\"\n  sizes: [1000, 4000000, 67108864, 1e10]\n");
	put("generator/gen.c", "int main(void){return 0;}\n");
	struct pkg p;
	char err[ERR_LEN];
	cr_assert_eq(load(&p, err), 0, "%s", err);
	cr_assert_eq(p.bench.nsizes, 4);
	cr_assert_eq(p.bench.sizes[2], 67108864);
	cr_assert_eq(p.bench.sizes[3], 10000000000ll);
	pkg_free(&p);
	put("problem.yaml", "bench:\n  args: \"{n}\"\n  sizes: [1.5]\n");
	fails_with("problem.yaml:3: a bench size must be a whole number from 1 to 10^12, not '1.5'");
}

Test(pkg, unknown_key_is_reported_with_its_line)
{
	minimal();
	put("problem.yaml", "name: Echo\nlimits:\n  time_limt: 2\n");
	fails_with("problem.yaml:3: unknown key 'time_limt'");
}

Test(pkg, malformed_yaml_is_reported_with_its_line)
{
	minimal();
	put("problem.yaml", "name: Echo\nlimits: [1, 2\n");
	fails_with("problem.yaml:3:");
}

Test(pkg, bad_values_are_reported_with_their_line)
{
	minimal();
	put("problem.yaml", "name: Echo\nlimits:\n  memory: lots\n");
	fails_with("problem.yaml:3: 'memory' must be a positive");
	put("problem.yaml", "limits:\n  time_limit: -1\n");
	fails_with("problem.yaml:2: 'time_limit' must be a positive number");
	put("problem.yaml", "validator_flags: float_tolerance\n");
	fails_with("problem.yaml:1: 'float_tolerance' needs a non-negative number");
	put("problem.yaml", "name: [a, b]\n");
	fails_with("problem.yaml:1: 'name' must be a string");
	put("problem.yaml", "name: A\nname: B\n");
	fails_with("problem.yaml:2: duplicate key 'name'");
	put("problem.yaml", "reference: missing\n");
	fails_with("problem.yaml:1: the reference");
	put("problem.yaml", "bench:\n  args: \"{n/}\"\n");
	fails_with("problem.yaml:2: bad bench recipe");
}

Test(pkg, an_empty_problem_yaml_means_all_defaults)
{
	minimal();
	put("problem.yaml", "");
	struct pkg p;
	char err[ERR_LEN];
	cr_assert_eq(load(&p, err), 0, "%s", err);
	cr_assert_str_eq(p.name, p.slug);
	pkg_free(&p);
}

Test(pkg, input_without_answer_is_an_error)
{
	minimal();
	put("data/secret/c.in", "4\n");
	fails_with("data/secret/c.in' has no answer file");
}

Test(pkg, answer_without_input_is_an_error)
{
	minimal();
	put("data/secret/d.ans", "4\n");
	fails_with("data/secret/d.ans' has no input file");
}

Test(pkg, a_package_without_tests_is_an_error)
{
	put("problem.yaml", "name: Empty\n");
	put("data/secret/README", "nothing here\n");
	fails_with("has no tests");
}

Test(pkg, a_directory_without_problem_yaml_is_not_a_package)
{
	put("data/sample/1.in", "1\n");
	fails_with("no problem.yaml");
}

Test(pkg, an_unknown_problem_slug_says_where_it_looked)
{
	struct pkg p;
	char err[ERR_LEN];
	cr_assert_eq(pkg_load("no-such-problem-slug", cache, &p, err), -1);
	cr_assert(strstr(err, "no problem 'no-such-problem-slug'"), "%s", err);
}

Test(pkg, unknown_submission_folder_is_an_error)
{
	minimal();
	put("submissions/slow/x.c", "int main(void){return 0;}\n");
	fails_with("unknown verdict folder");
}

Test(pkg, generated_tests_merge_in_name_order_with_cache_paths)
{
	minimal();
	put("problem.yaml", "reference: ok\n");
	put("generator/gen.c", "int main(void){return 0;}\n");
	put("data/secret/gen.txt", "# name program args\n\naa-big gen 1 100   # trailing comment\nc gen 2 5\n");
	struct pkg p;
	char err[ERR_LEN];
	cr_assert_eq(load(&p, err), 0, "%s", err);
	cr_assert_eq(p.ntests, 5);
	cr_assert_str_eq(p.tests[1].name, "secret/a");
	cr_assert_str_eq(p.tests[2].name, "secret/aa-big");
	cr_assert(p.tests[2].generated);
	cr_assert_str_eq(p.tests[2].args[0], "1");
	cr_assert_str_eq(p.tests[2].args[1], "100");
	cr_assert_null(p.tests[2].args[2]);
	cr_assert_eq(p.tests[2].gen_line, 3);
	char *tests_dir = path_join(cache, "tests/");
	cr_assert(!strncmp(p.tests[2].in_path, tests_dir, strlen(tests_dir)), "%s", p.tests[2].in_path);
	free(tests_dir);
	cr_assert_str_neq(p.tests[2].in_path, p.tests[4].in_path);
	pkg_free(&p);
}

Test(pkg, gen_txt_errors_name_their_line)
{
	minimal();
	put("problem.yaml", "reference: ok\n");
	put("generator/gen.c", "int main(void){return 0;}\n");
	put("data/secret/gen.txt", "x gen 1\na gen 2\n");
	fails_with("gen.txt:2: test 'a' is also a hand-made file");
	put("data/secret/gen.txt", "x gen 1\nx gen 2\n");
	fails_with("gen.txt:2: test 'x' is listed twice");
	put("data/secret/gen.txt", "x nogen 1\n");
	fails_with("gen.txt:1: no generator");
	put("data/secret/gen.txt", "bad/name gen 1\n");
	fails_with("gen.txt:1: bad test name");
	put("problem.yaml", "name: no reference\n");
	put("data/secret/gen.txt", "x gen 1\n");
	fails_with("gen.txt:1: generated tests need 'reference'");
}

Test(pkg, custom_validation_needs_an_output_validator)
{
	minimal();
	put("problem.yaml", "validation: custom\n");
	fails_with("'validation: custom' needs an output_validator/ folder");
	put("output_validator/check.c", "int main(void){return 42;}\n");
	struct pkg p;
	char err[ERR_LEN];
	cr_assert_eq(load(&p, err), 0, "%s", err);
	cr_assert(strstr(p.output_validator, "output_validator/check.c"));
	pkg_free(&p);
}

Test(pkg, a_stress_recipe_is_read_like_the_bench_recipe)
{
	minimal();
	put("problem.yaml", "name: Echo\nstress:\n  args: \"{seed} {n}\"\n  sizes: [1, 10, 100]\n");
	put("generator/gen.c", "int main(void){return 0;}\n");
	struct pkg p;
	char err[ERR_LEN];
	cr_assert_eq(load(&p, err), 0, "%s", err);
	cr_assert_str_eq(p.stress.args, "{seed} {n}");
	cr_assert_eq(p.stress.nsizes, 3);
	cr_assert(str_ends_with(p.stress.generator, "generator/gen.c"), "%s", p.stress.generator);
	cr_assert_null(p.bench.args);
	pkg_free(&p);
	put("problem.yaml", "name: Echo\nstress:\n  sizes: [1]\n");
	fails_with("problem.yaml:3: 'stress' needs 'args'");
}
