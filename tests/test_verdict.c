/* Tests of the verdict table: precedence and labels. */
#include <criterion/criterion.h>
#include <signal.h>
#include <string.h>

#include "verdict.h"
#include "testing.h"

#define MIB (1ull << 20)

Test(verdict, a_clean_run_goes_to_the_checker)
{
	struct run_record r = { .cpu_ms = 10, .peak_kib = 1024 };
	cr_assert_eq(verdict_of_run(&r, 1, 256 * MIB), VERDICT_AC);
}

Test(verdict, time_beats_memory_beats_output_beats_runtime_error)
{
	struct run_record r = { .cpu_ms = 1500, .peak_kib = 300 * 1024, .truncated = true,
				.signal = SIGKILL, .exit_code = -1 };
	cr_assert_eq(verdict_of_run(&r, 1, 256 * MIB), VERDICT_TLE);
	r.cpu_ms = 10;
	cr_assert_eq(verdict_of_run(&r, 1, 256 * MIB), VERDICT_MLE);
	r.peak_kib = 1024;
	cr_assert_eq(verdict_of_run(&r, 1, 256 * MIB), VERDICT_OLE);
	r.truncated = false;
	cr_assert_eq(verdict_of_run(&r, 1, 256 * MIB), VERDICT_RE);
}

Test(verdict, the_wall_clock_limit_is_a_time_limit)
{
	struct run_record r = { .cpu_ms = 1, .limit = RUN_LIMIT_WALL, .signal = SIGKILL, .exit_code = -1 };
	cr_assert_eq(verdict_of_run(&r, 1, 0), VERDICT_TLE);
}

Test(verdict, cpu_exactly_at_the_limit_is_accepted)
{
	struct run_record r = { .cpu_ms = 1000 };
	cr_assert_eq(verdict_of_run(&r, 1, 0), VERDICT_AC);
	r.cpu_ms = 1000.5;
	cr_assert_eq(verdict_of_run(&r, 1, 0), VERDICT_TLE);
}

Test(verdict, labels_name_the_signal_or_exit_code)
{
	char buf[64];
	struct run_record r = { .signal = SIGSEGV, .exit_code = -1 };
	verdict_label(VERDICT_RE, &r, buf, sizeof buf);
	cr_assert_str_eq(buf, "RE (SIGSEGV)");
	struct run_record e = { .exit_code = 3 };
	verdict_label(VERDICT_RE, &e, buf, sizeof buf);
	cr_assert_str_eq(buf, "RE (exit 3)");
	verdict_label(VERDICT_WA, &e, buf, sizeof buf);
	cr_assert_str_eq(buf, "WA");
}

Test(verdict, parses_codes_and_folder_names)
{
	cr_assert_eq(verdict_parse("TLE"), VERDICT_TLE);
	cr_assert_eq(verdict_parse("time_limit_exceeded"), VERDICT_TLE);
	cr_assert_eq(verdict_parse("run_time_error"), VERDICT_RE);
	cr_assert_eq(verdict_parse("accepted"), VERDICT_AC);
	cr_assert_eq(verdict_parse("slow"), -1);
	cr_assert_str_eq(verdict_info(VERDICT_MLE)->name, "memory limit exceeded");
}
