/* The hostile-submission suite: every attack gets an honest verdict, leaves
 * no process behind, writes nothing outside its sandbox, and cannot hurt the
 * judge. Drives the real `bin/judge submit --json`; when the test runs as
 * root, the judge runs as nobody with a process limit, so that a sandbox bug
 * cannot hurt the machine (and every attack is bounded). */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "util.h"

#define NOBODY 65534
#define CACHE "/tmp/judge-hostile-cache"

static char work[64], pkg[128], tmp[128], marker[128];
static pid_t victim = -1;
static int listener = -1;
static int port;

struct outcome {
	int status;        /* the judge's exit status */
	char verdict[8];
	char *json;
	double seconds;
};

static void own(const char *path)
{
	if (geteuid() == 0)
		cr_assert_eq(chown(path, NOBODY, NOBODY), 0, "chown %s", path);
}

static void write_input(void)
{
	char path[256], text[1024];
	snprintf(path, sizeof path, "%s/data/sample/1.in", pkg);
	snprintf(text, sizeof text, "42 %d %d %s/data/sample/1.ans %s\n", (int)victim, port, pkg, marker);
	cr_assert_eq(file_write(path, text, strlen(text), NULL), 0);
}

static void setup(void)
{
	snprintf(work, sizeof work, "/tmp/judge-hostile-XXXXXX");
	cr_assert(mkdtemp(work));
	chmod(work, 0755);
	snprintf(pkg, sizeof pkg, "%s/pkg", work);
	snprintf(tmp, sizeof tmp, "%s/tmp", work);
	snprintf(marker, sizeof marker, "/tmp/judge-hostile-marker-%d", (int)getpid());
	char *cmd = xasprintf("cp -r tests/packages/hostile %s && chmod -R a+rX %s", pkg, work);
	cr_assert_eq(system(cmd), 0);
	free(cmd);
	cr_assert_eq(mkdir(tmp, 0755), 0);
	own(tmp);
	mkdir(CACHE, 0755);
	own(CACHE);
	unlink(marker);

	/* A victim outside the sandbox, of the judge's own user. */
	victim = fork();
	if (victim == 0) {
		if (geteuid() == 0 && setuid(NOBODY) < 0)
			_exit(1);
		prctl(PR_SET_NAME, "hostile-victim");
		sleep(60);
		_exit(0);
	}
	/* A port to connect to. */
	listener = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
	struct sockaddr_in a = { .sin_family = AF_INET };
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	socklen_t len = sizeof a;
	cr_assert_eq(bind(listener, (struct sockaddr *)&a, sizeof a), 0);
	cr_assert_eq(listen(listener, 8), 0);
	getsockname(listener, (struct sockaddr *)&a, &len);
	port = ntohs(a.sin_port);
	write_input();
}

static void teardown(void)
{
	if (victim > 0) {
		kill(victim, SIGKILL);
		waitpid(victim, NULL, 0);
	}
	if (listener >= 0)
		close(listener);
	unlink(marker);
	rm_tree(work);
}

TestSuite(hostile, .init = setup, .fini = teardown, .timeout = 60);

/* Run bin/judge as the unprivileged user; optionally interrupt it. */
static struct outcome judge_as_user(const char *source, int interrupt_after_ms, bool group)
{
	int pipefd[2];
	cr_assert_eq(pipe(pipefd), 0);
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	pid_t pid = fork();
	if (pid == 0) {
		setpgid(0, 0);
		dup2(pipefd[1], 1);
		close(pipefd[0]);
		if (geteuid() == 0) {
			/* ulimit -u: nobody may not have more processes than this */
			struct rlimit rl = { 64, 64 };
			if (setrlimit(RLIMIT_NPROC, &rl) < 0 || setgroups(0, NULL) < 0 ||
			    setgid(NOBODY) < 0 || setuid(NOBODY) < 0)
				_exit(99);
		}
		setenv("JUDGE_CACHE", CACHE, 1);
		setenv("TMPDIR", tmp, 1);
		setenv("NO_COLOR", "1", 1);
		execl("bin/judge", "judge", "submit", "--json", pkg, source, (char *)NULL);
		_exit(98);
	}
	close(pipefd[1]);
	if (interrupt_after_ms > 0) {
		usleep((useconds_t)interrupt_after_ms * 1000);
		kill(group ? -pid : pid, SIGINT);
	}
	size_t cap = 1 << 16, len = 0;
	char *out = xmalloc(cap);
	ssize_t n;
	while ((n = read(pipefd[0], out + len, cap - len - 1)) > 0) {
		len += (size_t)n;
		if (len + 1 == cap)
			out = xrealloc(out, cap *= 2);
	}
	out[len] = 0;
	close(pipefd[0]);
	int st;
	waitpid(pid, &st, 0);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	struct outcome o = { WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st), "", out,
			     (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9 };
	const char *v = strstr(out, "\"verdict\":\"");
	if (v)
		sscanf(v + 11, "%7[A-Z]", o.verdict);
	return o;
}

static struct outcome judge(const char *source)
{
	return judge_as_user(source, 0, false);
}

/* No process named like an attack's child survives, the session directory
 * is gone, and no file appeared outside the sandbox. */
static void assert_contained(void)
{
	DIR *d = opendir("/proc");
	struct dirent *e;
	while ((e = readdir(d))) {
		char path[300], comm[64] = "";
		snprintf(path, sizeof path, "/proc/%s/comm", e->d_name);
		FILE *f = fopen(path, "r");
		if (!f)
			continue;
		if (fgets(comm, sizeof comm, f))
			comm[strcspn(comm, "\n")] = 0;
		fclose(f);
		cr_assert_str_neq(comm, "hostile-child", "process %s survived", e->d_name);
	}
	closedir(d);
	char **names;
	int n = dir_list(tmp, &names, NULL);
	cr_assert_eq(n, 0, "left in TMPDIR: %s", n > 0 ? names[0] : "?");
	strv_free(names, n);
	cr_assert(!file_exists(marker), "a file appeared outside the sandbox: %s", marker);
	cr_assert_eq(waitpid(victim, NULL, WNOHANG), 0, "the victim was killed");
}

static void expect(const char *source, const char *verdict)
{
	struct outcome o = judge(source);
	cr_assert_eq(o.status, strcmp(verdict, "AC") ? 1 : 0, "%s: judge exited %d:\n%s", source, o.status, o.json);
	cr_assert_str_eq(o.verdict, verdict, "%s:\n%s", source, o.json);
	assert_contained();
	free(o.json);
}

Test(hostile, busy_loop_gets_tle)
{
	expect("tests/programs/busy.c", "TLE");
}

Test(hostile, sleeping_gets_tle_from_the_wall_clock)
{
	expect("tests/programs/sleeper.c", "TLE");
}

Test(hostile, two_spinning_threads_get_tle)
{
	expect("tests/programs/spin_threads.c", "TLE");
}

Test(hostile, memory_hog_gets_mle)
{
	expect("tests/programs/hog.c", "MLE");
}

Test(hostile, deep_recursion_passes)
{
	expect("tests/hostile/deep_recursion.c", "AC");
}

Test(hostile, crashes_get_named_runtime_errors)
{
	const char *programs[] = { "segv", "aborts", "divzero", "exit3" };
	const char *labels[] = { "\"signal\":\"SIGSEGV\"", "\"signal\":\"SIGABRT\"",
				 "\"signal\":\"SIGFPE\"", "\"exit_code\":3" };
	for (int i = 0; i < 4; i++) {
		char src[128];
		snprintf(src, sizeof src, "tests/programs/%s.c", programs[i]);
		struct outcome o = judge(src);
		cr_assert_str_eq(o.verdict, "RE", "%s:\n%s", src, o.json);
		cr_assert(strstr(o.json, labels[i]), "%s lacks %s:\n%s", src, labels[i], o.json);
		free(o.json);
	}
	assert_contained();
}

Test(hostile, stdout_flood_gets_ole)
{
	expect("tests/programs/flood_stdout.c", "OLE");
}

Test(hostile, stderr_flood_is_bounded)
{
	struct outcome o = judge("tests/programs/flood_stderr.c");
	cr_assert_str_eq(o.verdict, "OLE", "%s", o.json);
	cr_assert_lt(o.seconds, 10);
	assert_contained();
	free(o.json);
}

Test(hostile, fork_bomb_cannot_fork)
{
	expect("tests/hostile/fork_bomb.c", "AC");
}

Test(hostile, daemon_cannot_outlive_the_test)
{
	expect("tests/hostile/daemon.c", "AC");
}

Test(hostile, cannot_connect_to_a_local_port)
{
	expect("tests/hostile/connect.c", "AC");
	int c = accept(listener, NULL, NULL);
	cr_assert(c < 0 && errno == EAGAIN, "the listener got a connection");
}

Test(hostile, cannot_write_a_file_in_tmp)
{
	expect("tests/hostile/write_tmp.c", "AC");
}

Test(hostile, cannot_kill_its_parent)
{
	expect("tests/hostile/kill_parent.c", "AC");
}

Test(hostile, cannot_signal_a_process_outside)
{
	expect("tests/hostile/kill_other.c", "AC");
}

Test(hostile, cannot_read_the_answer_file)
{
	expect("tests/hostile/read_answer.c", "AC");
}

static struct outcome expect_ce_within(const char *source, double seconds)
{
	struct outcome o = judge(source);
	cr_assert_eq(o.status, 1, "judge exited %d:\n%s", o.status, o.json);
	cr_assert_str_eq(o.verdict, "CE", "%s", o.json);
	cr_assert_lt(o.seconds, seconds, "took %.1f s", o.seconds);
	assert_contained();
	return o;
}

Test(hostile, including_dev_zero_is_a_bounded_compile_error)
{
	free(expect_ce_within("tests/hostile/include_zero.c", 30).json);
}

Test(hostile, enormous_diagnostics_are_capped)
{
	struct outcome o = expect_ce_within("tests/hostile/diagnostics_flood.c", 30);
	cr_assert_lt(strlen(o.json), 200 * 1024, "%zu bytes of JSON", strlen(o.json));
	free(o.json);
}

Test(hostile, a_compiler_running_away_with_memory_is_stopped)
{
	free(expect_ce_within("tests/hostile/compiler_memory.c", 30).json);
}

Test(hostile, the_compiler_cannot_include_the_answer_file)
{
	char src[256], text[512];
	snprintf(src, sizeof src, "%s/include_answer.c", work);
	snprintf(text, sizeof text, "#include \"%s/data/sample/1.ans\"\nint main(void) { return 0; }\n", pkg);
	cr_assert_eq(file_write(src, text, strlen(text), NULL), 0);
	chmod(src, 0644);
	struct outcome o = expect_ce_within(src, 30);
	cr_assert(strstr(o.json, "Permission denied"), "%s", o.json);
	free(o.json);
}

Test(hostile, ctrl_c_kills_every_child_and_removes_every_directory)
{
	/* as a terminal does: SIGINT to the judge's whole process group */
	struct outcome o = judge_as_user("tests/hostile/stay_alive.c", 1500, true);
	cr_assert_eq(o.status, 130, "judge exited %d:\n%s", o.status, o.json);
	assert_contained();
	free(o.json);
}

Test(hostile, sigint_to_the_judge_alone_stops_the_run_too)
{
	struct outcome o = judge_as_user("tests/hostile/stay_alive.c", 1500, false);
	cr_assert_eq(o.status, 130, "judge exited %d:\n%s", o.status, o.json);
	assert_contained();
	free(o.json);
}
