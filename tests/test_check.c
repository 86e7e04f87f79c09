/* Tests of the output checker: the Kattis default validator and its flags. */
#include <criterion/criterion.h>
#include <string.h>

#include "check.h"
#include "util.h"
#include "testing.h"

static struct check_result run(const char *flags, const char *ans, const char *out)
{
	struct check_flags f;
	char err[ERR_LEN];
	cr_assert_eq(check_flags_parse(flags, &f, err), 0, "%s", err);
	struct check_result r;
	check_output(&f, ans, strlen(ans), out, strlen(out), &r);
	return r;
}

static void accepts(const char *flags, const char *ans, const char *out)
{
	struct check_result r = run(flags, ans, out);
	cr_assert(r.accepted, "flags '%s': '%s' vs '%s' rejected: %s", flags, ans, out, r.message);
}

static void rejects(const char *flags, const char *ans, const char *out, const char *needle)
{
	struct check_result r = run(flags, ans, out);
	cr_assert(!r.accepted, "flags '%s': '%s' vs '%s' accepted", flags, ans, out);
	if (needle)
		cr_assert(strstr(r.message, needle), "message '%s' lacks '%s'", r.message, needle);
}

Test(check_tokens, ignores_amount_and_kind_of_whitespace)
{
	accepts("", "1 2 3\n", "1\n2\t3");
	accepts("", "1 2 3\n", "  1   2 3  \n\n\n");
	accepts("", "", "\n \n");
}

Test(check_tokens, rejects_a_different_token_with_positions_in_both_files)
{
	rejects("", "1 2\n3 4\n", "1 2 3 5\n", "expected \"4\" (answer line 2 col 3), got \"5\" (output line 1 col 7)");
}

Test(check_tokens, reports_missing_and_extra_output)
{
	rejects("", "1 2 3\n", "1 2\n", "output ended after 2 tokens: expected \"3\"");
	rejects("", "1 2\n", "1 2 3\n", "extra output after the answer's 2 tokens: \"3\"");
	rejects("", "1\n", "", "output ended after 0 tokens");
}

Test(check_tokens, compares_case_insensitively_by_default)
{
	accepts("", "Yes\n", "YES\n");
	rejects("case_sensitive", "Yes\n", "YES\n", "wrong token");
}

Test(check_tokens, integers_compare_as_strings_without_tolerance)
{
	rejects("", "10\n", "10.0\n", NULL);
	rejects("", "7\n", "07\n", NULL);
}

Test(check_space, space_change_sensitive_requires_identical_whitespace)
{
	accepts("space_change_sensitive", "1 2\n", "1 2\n");
	rejects("space_change_sensitive", "1 2\n", "1  2\n", "whitespace differs");
	rejects("space_change_sensitive", "1 2\n", "1 2", "whitespace differs");
	rejects("space_change_sensitive", "1 2\n", "1 2\n\n", "whitespace differs");
	rejects("space_change_sensitive", "1 2\n", " 1 2\n", "whitespace differs");
}

Test(check_space, exact_bytes_compares_binary_data_with_nul_bytes)
{
	struct check_flags f;
	cr_assert_eq(check_flags_parse("case_sensitive space_change_sensitive", &f, NULL), 0);
	const char ans[] = { 'a', 0, 'b', '\n', (char)0xff };
	const char same[] = { 'a', 0, 'b', '\n', (char)0xff };
	const char other[] = { 'a', 0, 'c', '\n', (char)0xff };
	struct check_result r;
	check_output(&f, ans, sizeof ans, same, sizeof same, &r);
	cr_assert(r.accepted, "%s", r.message);
	check_output(&f, ans, sizeof ans, other, sizeof other, &r);
	cr_assert(!r.accepted);
	cr_assert(strstr(r.message, "\\x00"), "%s", r.message);
}

Test(check_float, accepts_within_absolute_or_relative_tolerance)
{
	accepts("float_tolerance 1e-6", "1.0\n", "1.0000009\n");
	accepts("float_tolerance 1e-6", "1000000\n", "1000000.9\n"); /* relative */
	rejects("float_tolerance 1e-6", "1.0\n", "1.000002\n", "difference");
}

Test(check_float, absolute_and_relative_tolerances_apply_separately)
{
	accepts("float_absolute_tolerance 1e-3", "1000\n", "1000.0009\n");
	rejects("float_absolute_tolerance 1e-3", "1000\n", "1000.01\n", NULL);
	accepts("float_relative_tolerance 1e-5", "1000\n", "1000.009\n");
	rejects("float_relative_tolerance 1e-5", "0\n", "1e-9\n", NULL);
	accepts("float_absolute_tolerance 1e-3 float_relative_tolerance 1e-5", "0\n", "0.0009\n");
}

Test(check_float, relative_tolerance_is_relative_to_the_judge_value)
{
	/* |j - t| <= rel * |j|: 100 vs 110 is 10% of the judge's 100 ... */
	accepts("float_relative_tolerance 0.1", "100\n", "110\n");
	/* ... but not of a judge value of 90 (11.1%), though it is 10% of 100 */
	rejects("float_relative_tolerance 0.1", "90\n", "100\n", NULL);
}

Test(check_float, accepts_any_real_syntax_strtod_reads)
{
	accepts("float_tolerance 1e-9", "0.5\n", "5e-1\n");
	accepts("float_tolerance 1e-9", "0.5\n", "+.5\n");
	accepts("float_tolerance 1e-9", "-0\n", "0.0\n");
}

Test(check_float, non_numbers_where_a_number_is_expected_are_wrong)
{
	rejects("float_tolerance 1e-6", "1.5\n", "abc\n", "not a number");
	rejects("float_tolerance 1e-6", "1.5\n", "1.5x\n", "not a number");
	rejects("float_tolerance 1e-6", "1.5\n", "nan\n", "not a number");
}

Test(check_float, judge_tokens_that_are_not_finite_reals_compare_as_strings)
{
	accepts("float_tolerance 1e-6", "inf\n", "INF\n");
	rejects("float_tolerance 1e-6", "inf\n", "1e308\n", "wrong token");
	accepts("float_tolerance 1e-6", "converged 3\n", "converged 3.0000001\n");
	rejects("float_tolerance 1e-6", "converged\n", "Converged_\n", NULL);
}

Test(check_flags, parses_every_flag_and_rejects_unknown_ones)
{
	struct check_flags f;
	char err[ERR_LEN];
	cr_assert_eq(check_flags_parse("case_sensitive space_change_sensitive float_absolute_tolerance 0.5 float_relative_tolerance 0.25", &f, err), 0);
	cr_assert(f.case_sensitive && f.space_change_sensitive && f.float_abs && f.float_rel);
	cr_assert_float_eq(f.abs_tol, 0.5, 1e-12);
	cr_assert_float_eq(f.rel_tol, 0.25, 1e-12);
	cr_assert_eq(check_flags_parse("float_tolerance", &f, err), -1);
	cr_assert(strstr(err, "needs a non-negative number"), "%s", err);
	cr_assert_eq(check_flags_parse("case_insensitive", &f, err), -1);
	cr_assert(strstr(err, "unknown validator flag 'case_insensitive'"), "%s", err);
}

Test(check_flags, describes_exact_bytes_and_tolerances)
{
	struct check_flags f;
	char buf[160];
	check_flags_parse("case_sensitive space_change_sensitive", &f, NULL);
	check_flags_describe(&f, buf, sizeof buf);
	cr_assert_str_eq(buf, "exact bytes");
	check_flags_parse("float_tolerance 1e-6", &f, NULL);
	check_flags_describe(&f, buf, sizeof buf);
	cr_assert_str_eq(buf, "tokens, float tolerance 1e-06");
}

Test(check_messages, long_tokens_are_truncated)
{
	char ans[200], out[200];
	memset(ans, 'a', 100);
	ans[100] = 0;
	memset(out, 'a', 100);
	out[99] = 'b';
	out[100] = 0;
	struct check_result r = run("", ans, out);
	cr_assert(!r.accepted);
	cr_assert(strstr(r.message, "...\""), "%s", r.message);
	cr_assert_lt(strlen(r.message), 300);
}
