/* Tests of the runner: limits, run records, memory accounting, binary
 * streams and the cleanup of everything a program starts. */
#include <criterion/criterion.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "run.h"
#include "util.h"
#include "verdict.h"
#include "testing.h"

#define PROGRAMS "build/tests/programs/"
#define MIB (1ull << 20)

static char out_path[256], err_path[256];

static void setup(void)
{
	char err[ERR_LEN];
	const char *s = run_session_dir(err);
	cr_assert(s, "%s", err);
	snprintf(out_path, sizeof out_path, "%s/test-out", s);
	snprintf(err_path, sizeof err_path, "%s/test-err", s);
}

static void teardown(void)
{
	run_shutdown();
}

TestSuite(run, .init = setup, .fini = teardown, .timeout = 30);

static struct run_record run_fixture(const char *name, double cpu, double wall, uint64_t mem,
				     uint64_t out, enum run_profile profile, const char *arg)
{
	char path[256], err[ERR_LEN];
	snprintf(path, sizeof path, PROGRAMS "%s", name);
	const char *argv[] = { name, arg, NULL };
	struct run_spec spec = RUN_SPEC_INIT;
	spec.path = path;
	spec.argv = argv;
	spec.stdout_path = out_path;
	spec.stderr_path = err_path;
	spec.cpu_limit = cpu;
	spec.wall_limit = wall;
	spec.memory_limit = mem;
	spec.output_limit = out;
	spec.profile = profile;
	struct run_record rec;
	cr_assert_eq(run_program(&spec, &rec, err), 0, "%s: %s", name, err);
	return rec;
}

static enum verdict verdict(const char *name, double cpu, uint64_t mem, struct run_record *rec)
{
	*rec = run_fixture(name, cpu, 2 * cpu + 1, mem, 8 * MIB, RUN_SUBMISSION, NULL);
	return verdict_of_run(rec, cpu, mem);
}

Test(run, trivial_program_exits_cleanly)
{
	struct run_record r;
	cr_assert_eq(verdict("trivial", 1, 256 * MIB, &r), VERDICT_AC);
	cr_assert_eq(r.exit_code, 0);
	cr_assert_eq(r.signal, 0);
	cr_assert_eq(r.limit, RUN_LIMIT_NONE);
}

Test(run, busy_loop_is_stopped_just_after_the_cpu_limit)
{
	struct run_record r;
	cr_assert_eq(verdict("busy", 0.3, 256 * MIB, &r), VERDICT_TLE);
	cr_assert_eq(r.limit, RUN_LIMIT_CPU);
	cr_assert_geq(r.cpu_ms, 300);
	cr_assert_lt(r.cpu_ms, 600, "stopped late: %.0f ms", r.cpu_ms);
}

Test(run, sleeping_program_hits_the_wall_clock_limit)
{
	struct run_record r = run_fixture("sleeper", 0.2, 0.5, 0, 0, RUN_SUBMISSION, NULL);
	cr_assert_eq(r.limit, RUN_LIMIT_WALL);
	cr_assert_eq(verdict_of_run(&r, 0.2, 0), VERDICT_TLE);
	cr_assert_geq(r.wall_ms, 500);
	cr_assert_lt(r.wall_ms, 900);
	cr_assert_lt(r.cpu_ms, 50);
}

Test(run, cpu_time_counts_every_thread)
{
	/* each of the two threads stops after 300 ms of its own CPU time */
	struct run_record r = run_fixture("spin_threads", 5, 20, 0, 0, RUN_SUBMISSION, "300");
	cr_assert_eq(r.exit_code, 0);
	cr_assert_geq(r.cpu_ms, 590, "cpu %.0f ms", r.cpu_ms);
	cr_assert_float_eq(r.cpu_ms, r.user_ms + r.sys_ms, 1e-6);
	cr_assert_gt(r.user_ms, r.sys_ms, "spinning is user time: user %.0f, sys %.0f", r.user_ms, r.sys_ms);
	cr_assert_lt(r.cpu_ms, 900, "cpu %.0f ms", r.cpu_ms);
}

Test(run, spinning_threads_get_tle_from_their_combined_cpu_time)
{
	struct run_record r;
	cr_assert_eq(verdict("spin_threads", 0.4, 256 * MIB, &r), VERDICT_TLE);
	cr_assert_eq(r.limit, RUN_LIMIT_CPU);
	cr_assert_geq(r.cpu_ms, 400);
}

Test(run, memory_hog_is_stopped_near_the_memory_limit)
{
	struct run_record r;
	cr_assert_eq(verdict("hog", 5, 64 * MIB, &r), VERDICT_MLE);
	cr_assert_gt(r.peak_kib, 64 * 1024);
	cr_assert_lt(r.peak_kib, 1024 * 1024, "stopped late: %llu KiB", (unsigned long long)r.peak_kib);
}

Test(run, deep_recursion_may_use_the_memory_limit_as_stack)
{
	struct run_record r;
	cr_assert_eq(verdict("recurse", 5, 256 * MIB, &r), VERDICT_AC);
	cr_assert_gt(r.peak_kib, 32 * 1024, "recursion did not use the stack? %llu KiB",
		     (unsigned long long)r.peak_kib);
}

Test(run, signals_and_exit_codes_are_named)
{
	struct { const char *name; int sig, code; const char *label; } cases[] = {
		{ "segv", SIGSEGV, -1, "RE (SIGSEGV)" },
		{ "aborts", SIGABRT, -1, "RE (SIGABRT)" },
		{ "divzero", SIGFPE, -1, "RE (SIGFPE)" },
		{ "exit3", 0, 3, "RE (exit 3)" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct run_record r;
		char label[64];
		enum verdict v = verdict(cases[i].name, 2, 256 * MIB, &r);
		cr_assert_eq(v, VERDICT_RE, "%s", cases[i].name);
		cr_assert_eq(r.signal, cases[i].sig, "%s", cases[i].name);
		cr_assert_eq(r.exit_code, cases[i].code, "%s", cases[i].name);
		verdict_label(v, &r, label, sizeof label);
		cr_assert_str_eq(label, cases[i].label);
	}
}

Test(run, stdout_flood_is_cut_at_the_output_limit)
{
	struct run_record r = run_fixture("flood_stdout", 5, 10, 0, 1 * MIB, RUN_SUBMISSION, NULL);
	cr_assert_eq(r.limit, RUN_LIMIT_OUTPUT);
	cr_assert(r.truncated);
	cr_assert_eq(r.stdout_bytes, 1 * MIB + 1);
	cr_assert_eq(verdict_of_run(&r, 5, 0), VERDICT_OLE);
}

Test(run, stderr_flood_is_bounded_too)
{
	struct run_record r = run_fixture("flood_stderr", 5, 10, 0, 1 * MIB, RUN_SUBMISSION, NULL);
	cr_assert_eq(r.limit, RUN_LIMIT_OUTPUT);
	cr_assert_eq(r.stderr_bytes, 1 * MIB + 1);
	cr_assert_lt(r.wall_ms, 5000);
}

Test(run, peak_memory_is_the_programs_own_even_when_the_judge_is_large)
{
	/* ru_maxrss is inherited across fork: a program forked from this
	 * 300 MiB process would report 300 MiB. The spawner must prevent it. */
	size_t big = 300 * MIB;
	char *ballast = malloc(big);
	cr_assert(ballast);
	memset(ballast, 1, big);
	struct run_record r = run_fixture("trivial", 1, 3, 0, 0, RUN_SUBMISSION, NULL);
	cr_assert_lt(r.peak_kib, 2 * 1024, "trivial program reported %llu KiB",
		     (unsigned long long)r.peak_kib);
	cr_assert_eq(ballast[big - 1], 1);
	free(ballast);
}

Test(run, binary_input_reaches_the_program_and_its_output_untouched)
{
	char in_path[300], err[ERR_LEN];
	snprintf(in_path, sizeof in_path, "%s/binary-in", run_session_dir(err));
	unsigned char data[4096];
	for (size_t i = 0; i < sizeof data; i++)
		data[i] = (unsigned char)(i * 7 + (i >> 8));
	data[10] = 0;
	data[11] = '\r';
	data[12] = 0x1a;
	cr_assert_eq(file_write(in_path, data, sizeof data, err), 0, "%s", err);
	const char *argv[] = { "echo", NULL };
	struct run_spec spec = RUN_SPEC_INIT;
	spec.path = PROGRAMS "echo";
	spec.argv = argv;
	spec.stdin_path = in_path;
	spec.stdout_path = out_path;
	spec.cpu_limit = 2;
	struct run_record r;
	cr_assert_eq(run_program(&spec, &r, err), 0, "%s", err);
	cr_assert_eq(r.stdout_bytes, sizeof data);
	struct filebuf fb;
	cr_assert_eq(file_load(out_path, &fb, err), 0, "%s", err);
	cr_assert_eq(fb.len, sizeof data);
	cr_assert_eq(memcmp(fb.data, data, sizeof data), 0);
	file_release(&fb);
}

static bool alive(pid_t pid)
{
	return kill(pid, 0) == 0 || errno != ESRCH;
}

Test(run, a_daemon_that_left_the_process_group_is_killed)
{
	char pid_path[300], err[ERR_LEN];
	snprintf(pid_path, sizeof pid_path, "%s/daemon-pid", run_session_dir(err));
	/* Trusted programs may fork: this tests the subreaper, not seccomp. */
	struct run_record r = run_fixture("daemon", 5, 10, 0, 0, RUN_TRUSTED, pid_path);
	cr_assert_eq(r.exit_code, 0);
	char *text = file_head(pid_path, 32, NULL);
	pid_t pid = (pid_t)atoi(text);
	free(text);
	cr_assert_gt(pid, 1, "the daemon did not start");
	cr_assert(!alive(pid), "the daemon %d outlived the run", (int)pid);
}

static void assert_box_empty(void)
{
	char err[ERR_LEN], **names;
	char *box = path_join(run_session_dir(err), "box");
	int n = dir_list(box, &names, err);
	cr_assert_eq(n, 0, "%s holds %s", box, n > 0 ? names[0] : err);
	strv_free(names, n);
	free(box);
}

Test(run, the_working_directory_is_fresh_and_removed)
{
	run_fixture("trivial", 1, 3, 0, 0, RUN_SUBMISSION, NULL);
	assert_box_empty();
}

Test(run, nothing_left_beside_the_working_directory_survives_the_test)
{
	struct run_record r = run_fixture("leave_file", 1, 3, 0, 0, RUN_TRUSTED, NULL);
	cr_assert_eq(r.exit_code, 0, "the fixture could not write beside its directory");
	assert_box_empty();
}

Test(run, a_missing_executable_is_an_error_not_a_verdict)
{
	char err[ERR_LEN];
	const char *argv[] = { "nothing", NULL };
	struct run_spec spec = RUN_SPEC_INIT;
	spec.path = "/nonexistent/program";
	spec.argv = argv;
	struct run_record r;
	cr_assert_eq(run_program(&spec, &r, err), -1);
	cr_assert(strstr(err, "cannot execute '/nonexistent/program'"), "%s", err);
}

Test(run, submissions_run_as_nobody_when_the_judge_is_root)
{
	if (geteuid() != 0)
		cr_skip_test("the judge is not root");
	struct run_record r = run_fixture("whoami", 1, 3, 0, 0, RUN_SUBMISSION, NULL);
	cr_assert_eq(r.exit_code, 0);
	char *text = file_head(out_path, 64, NULL);
	cr_assert_str_eq(text, "65534 65534 0\n", "uid gid groups: %s", text);
	free(text);
}

Test(run, a_binary_in_a_directory_closed_to_others_still_runs)
{
	/* regression: as root, submissions run as nobody, who cannot search a
	 * 0700 directory such as a cache under /root or made by mkdtemp */
	char dir[64] = "/tmp/judge-test-closed-XXXXXX", err[ERR_LEN];
	cr_assert(mkdtemp(dir));
	char *bin = path_join(dir, "trivial");
	char *cmd = xasprintf("cp " PROGRAMS "trivial %s", bin);
	cr_assert_eq(system(cmd), 0);
	const char *argv[] = { "trivial", NULL };
	struct run_spec spec = RUN_SPEC_INIT;
	spec.path = bin;
	spec.argv = argv;
	spec.cpu_limit = 1;
	struct run_record r;
	int rc = run_program(&spec, &r, err);
	rm_tree(dir);
	free(cmd);
	free(bin);
	cr_assert_eq(rc, 0, "%s", err);
	cr_assert_eq(r.exit_code, 0);
}

Test(run, shutdown_removes_the_session_directory)
{
	char err[ERR_LEN];
	char *session = xstrdup(run_session_dir(err));
	run_fixture("trivial", 1, 3, 0, 0, RUN_SUBMISSION, NULL);
	run_shutdown();
	cr_assert(!dir_exists(session), "'%s' is still there", session);
	free(session);
}
