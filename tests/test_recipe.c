/* Tests of the bench recipe language: generator arguments from n and seed. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "recipe.h"
#include "util.h"
#include "testing.h"

static void expands(const char *tmpl, long long n, long long seed, const char *want)
{
	char **argv, err[ERR_LEN], got[512] = "";
	int argc = recipe_expand(tmpl, n, seed, &argv, err);
	cr_assert_geq(argc, 0, "%s: %s", tmpl, err);
	for (int i = 0; i < argc; i++) {
		strcat(got, i ? " " : "");
		strcat(got, argv[i]);
	}
	cr_assert_null(argv[argc]);
	cr_assert_str_eq(got, want, "'%s' with n=%lld", tmpl, n);
	recipe_free(argv);
}

Test(recipe, substitutes_n_and_seed_with_integer_arithmetic)
{
	expands("{seed} {n} {n/2}", 1001, 7, "7 1001 500");
	expands("{n*3+1} {(n+1)*2} {n%7} {-n}", 10, 1, "31 22 3 -10");
	expands("half {n/64} 64 10000", 4096, 1, "half 64 64 10000");
}

Test(recipe, has_integer_square_root_min_and_max)
{
	expands("{sqrt(n)} {2*sqrt(n)}", 1000000, 1, "1000 2000");
	expands("{sqrt(n)}", 999999, 1, "999");
	expands("{min(n, 100)} {max(n/2, 3)}", 1000, 1, "100 500");
	expands("{1e6/n}", 1000, 1, "1000");
}

Test(recipe, rejects_malformed_expressions)
{
	const char *bad[] = { "{n/}", "{n/0}", "{k}", "{n", "n}", "{sqrt n}", "{1.5}" };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		char **argv, err[ERR_LEN] = "";
		cr_assert_eq(recipe_expand(bad[i], 100, 1, &argv, err), -1, "'%s' accepted", bad[i]);
		cr_assert_neq(err[0], 0);
	}
}

Test(recipe, truncated_function_calls_stop_at_the_end_of_the_text)
{
	/* regression (found by fuzzing): the parser stepped past the final NUL
	 * when a call ended early; run under `make asan` to see the overflow */
	const char *bad[] = { "{min(", "{min(1", "{max(2,", "{max(2,n", "{sqrt(", "{sqrt(n",
			      "{min(/(%max(2,n/3))" };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		char *copy = strdup(bad[i]); /* exactly sized, so ASan sees a step past it */
		char **argv, err[ERR_LEN] = "";
		cr_assert_eq(recipe_expand(copy, 100, 1, &argv, err), -1, "'%s' accepted", bad[i]);
		free(copy);
	}
}

Test(recipe, arithmetic_overflow_is_an_error)
{
	/* regression (found by fuzzing with UBSan): signed overflow */
	const char *bad[] = { "{2*5000000000000000000}", "{9000000000000000000+9000000000000000000}",
			      "{0-9000000000000000000-9000000000000000000}", "{n*n*n*n*n*n*n*n}" };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		char **argv, err[ERR_LEN] = "";
		cr_assert_eq(recipe_expand(bad[i], 1000000, 1, &argv, err), -1, "'%s' accepted", bad[i]);
		cr_assert(strstr(err, "too large"), "%s: %s", bad[i], err);
	}
}
