/* spawner: the helper process that starts, watches and reaps every program
 * the judge runs (see run.h for the theory of operation).
 *
 * Usage (by run.c only): judge-spawner SESSION_DIR PARENT_PID, with the
 * request socket on fd 3. Exits when the socket closes, when its parent dies
 * (PR_SET_PDEATHSIG) or on SIGINT/SIGTERM/SIGHUP, always killing what runs
 * and removing SESSION_DIR first. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "sandbox.h"
#include "spawn_proto.h"
#include "util.h"

/* getdents64's record (not in glibc's headers) */
struct linux_dirent64 {
	uint64_t d_ino;
	int64_t d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[];
};

/* How often a running program's CPU time and resident memory are sampled.
 * A program that ends sooner is never sampled: short tests cost nothing. */
#define SAMPLE_MS 10

static volatile sig_atomic_t stop;
static const char *session;
static char box[PATH_MAX - 64]; /* holds the run directories of submissions */
static long page_size;

static void on_signal(int sig)
{
	(void)sig;
	stop = 1;
}

/* What the child reports over the close-on-exec pipe when it cannot exec. */
struct child_failure {
	int stage;
	int err;
};

enum { STAGE_REDIRECT, STAGE_CHDIR, STAGE_SANDBOX, STAGE_EXEC };
static const char *const stage_names[] = {
	"redirect standard streams", "enter its directory", "confine", "execute",
};

static char *child_env[5];

static void prepare_env(const char *workdir)
{
	static char tmp[PATH_MAX + 16], home[PATH_MAX + 16];
	snprintf(tmp, sizeof tmp, "TMPDIR=%s", workdir);
	snprintf(home, sizeof home, "HOME=%s", workdir);
	child_env[0] = "PATH=/usr/local/bin:/usr/bin:/bin";
	child_env[1] = "LC_ALL=C";
	child_env[2] = tmp;
	child_env[3] = home;
	child_env[4] = NULL;
}

static void __attribute__((noreturn))
child_fail(int pipe_fd, int stage)
{
	struct child_failure f = { stage, errno };
	if (write(pipe_fd, &f, sizeof f) < 0) {
		/* the parent sees exit status 127 instead */
	}
	_exit(127);
}

/* Between fork and exec: no allocation, no stdio. The program is executed
 * through exe_fd, opened by the spawner: a submission running as nobody
 * needs no search permission on the directories above its binary. */
static void __attribute__((noreturn))
child_exec(const struct run_spec *spec, const char *workdir, int fds[3], int exe_fd, int pipe_fd)
{
	sigset_t none;
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	signal(SIGPIPE, SIG_DFL);
	setpgid(0, 0);
	/* If the spawner dies, so does the program (and, through the group
	 * kill and confinement, everything it could have started). */
	prctl(PR_SET_PDEATHSIG, SIGKILL);
	for (int i = 0; i < 3; i++)
		if (dup2(fds[i], i) < 0)
			child_fail(pipe_fd, STAGE_REDIRECT);
	if (chdir(workdir) < 0)
		child_fail(pipe_fd, STAGE_CHDIR);
	if (sandbox_enter(spec) < 0)
		child_fail(pipe_fd, STAGE_SANDBOX);
	/* Changing credentials clears the parent-death signal: set it again. */
	prctl(PR_SET_PDEATHSIG, SIGKILL);
	if (getppid() == 1)
		_exit(127);
	syscall(SYS_execveat, exe_fd, "", (char *const *)spec->argv, child_env, AT_EMPTY_PATH);
	child_fail(pipe_fd, STAGE_EXEC);
}

static uint64_t resident_bytes(pid_t pid)
{
	char path[64], buf[128];
	snprintf(path, sizeof path, "/proc/%d/statm", (int)pid);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	ssize_t n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n <= 0)
		return 0;
	buf[n] = 0;
	unsigned long size, resident;
	if (sscanf(buf, "%lu %lu", &size, &resident) != 2)
		return 0;
	return (uint64_t)resident * (uint64_t)page_size;
}

static double cpu_seconds(clockid_t clock)
{
	struct timespec t;
	if (clock_gettime(clock, &t) < 0)
		return 0;
	return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* Kill and reap every remaining descendant: first the program's process
 * group (none when pgid is 0), then whatever was reparented to us (we are a
 * subreaper), until waitpid says there are no children left. */
static void kill_descendants(pid_t pgid)
{
	char path[64];
	snprintf(path, sizeof path, "/proc/self/task/%d/children", (int)getpid());
	if (pgid > 0)
		kill(-pgid, SIGKILL);
	for (;;) {
		int st;
		pid_t r = waitpid(-1, &st, WNOHANG);
		if (r > 0)
			continue;
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return; /* ECHILD: nothing is left */
		char buf[4096];
		int fd = open(path, O_RDONLY | O_CLOEXEC);
		ssize_t n = fd >= 0 ? read(fd, buf, sizeof buf - 1) : -1;
		if (fd >= 0)
			close(fd);
		if (n > 0) {
			buf[n] = 0;
			for (char *s = buf, *end; *s; s = end) {
				long child = strtol(s, &end, 10);
				if (end == s)
					break;
				if (child > 0) {
					kill(-(pid_t)child, SIGKILL);
					kill((pid_t)child, SIGKILL);
				}
			}
		}
		while (waitpid(-1, &st, 0) < 0 && errno == EINTR)
			;
	}
}

/* Empty the box: the run's directory, and anything a program managed to
 * leave beside it, so that no test sees what an earlier one wrote. */
static void clear_box(const char *workdir)
{
	static int box_fd = -1;
	rm_tree(workdir);
	if (box_fd < 0)
		box_fd = open(box, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	/* Usually nothing else is there: one read of the directory says so. */
	char buf[256];
	if (box_fd >= 0 && lseek(box_fd, 0, SEEK_SET) == 0) {
		long n = syscall(SYS_getdents64, box_fd, buf, sizeof buf);
		long entries = 0;
		for (long at = 0; at < n; at += ((struct linux_dirent64 *)(buf + at))->d_reclen)
			entries++;
		if (n >= 0 && entries <= 2)
			return; /* . and .. */
	}
	char **names;
	int n = dir_list(box, &names, NULL);
	for (int i = 0; i < n; i++) {
		char *path = path_join(box, names[i]);
		rm_tree(path);
		free(path);
	}
	strv_free(names, n);
}

static int open_stream(const char *path, int flags, int *fd, char *err)
{
	*fd = open(path ? path : "/dev/null", flags | O_CLOEXEC, 0600);
	if (*fd < 0)
		return err_sys(err, "cannot open '%s'", path ? path : "/dev/null");
	return 0;
}

static int run_one(const struct run_spec *spec, struct run_record *rec, char *err)
{
	static unsigned long counter;
	char workdir[PATH_MAX];
	int fds[3] = { -1, -1, -1 }, pipefd[2] = { -1, -1 }, exe_fd = -1;
	int rc = -1;
	bool fresh = spec->workdir == NULL;

	memset(rec, 0, sizeof *rec);
	if (fresh) {
		uid_t uid;
		gid_t gid;
		snprintf(workdir, sizeof workdir, "%s/run-%lu", box, ++counter);
		if (mkdir(workdir, 0700) < 0)
			return err_sys(err, "cannot create '%s'", workdir);
		sandbox_owner(&uid, &gid);
		if (uid != getuid() && chown(workdir, uid, gid) < 0) {
			err_sys(err, "cannot hand '%s' to the sandbox user", workdir);
			goto out;
		}
	} else {
		snprintf(workdir, sizeof workdir, "%s", spec->workdir);
	}
	if (open_stream(spec->stdin_path, O_RDONLY, &fds[0], err) < 0 ||
	    open_stream(spec->stdout_path, O_WRONLY | O_CREAT | O_TRUNC, &fds[1], err) < 0)
		goto out;
	if (spec->stderr_path && spec->stdout_path &&
	    !strcmp(spec->stderr_path, spec->stdout_path)) {
		fds[2] = dup(fds[1]);
		if (fds[2] < 0) {
			err_sys(err, "dup");
			goto out;
		}
	} else if (open_stream(spec->stderr_path, O_WRONLY | O_CREAT | O_TRUNC, &fds[2], err) < 0) {
		goto out;
	}
	exe_fd = open(spec->path, O_PATH | O_CLOEXEC);
	if (exe_fd < 0) {
		err_sys(err, "cannot execute '%s'", spec->path);
		goto out;
	}
	if (pipe2(pipefd, O_CLOEXEC) < 0) {
		err_sys(err, "pipe");
		goto out;
	}
	prepare_env(workdir);
	if (sandbox_prepare(spec, workdir, exe_fd) < 0) {
		err_sys(err, "cannot prepare the sandbox of '%s'", spec->path);
		goto out;
	}

	double t0 = now_seconds();
	pid_t pid = fork();
	if (pid < 0) {
		err_sys(err, "fork");
		sandbox_release();
		goto out;
	}
	if (pid == 0)
		child_exec(spec, workdir, fds, exe_fd, pipefd[1]);
	sandbox_release();
	setpgid(pid, pid); /* also done by the child; whoever is first wins */
	close(pipefd[1]);
	pipefd[1] = -1;

	struct child_failure failure;
	ssize_t got;
	while ((got = read(pipefd[0], &failure, sizeof failure)) < 0 && errno == EINTR)
		;
	if (got == (ssize_t)sizeof failure) {
		kill_descendants(pid);
		errno = failure.err;
		err_sys(err, "cannot %s '%s'", stage_names[failure.stage], spec->path);
		goto out;
	}

	int pidfd = (int)syscall(SYS_pidfd_open, pid, 0);
	clockid_t cpu_clock;
	bool have_clock = clock_getcpuclockid(pid, &cpu_clock) == 0;
	bool sample = spec->cpu_limit > 0 || spec->memory_limit > 0;
	enum run_limit hit = RUN_LIMIT_NONE;
	bool interrupted = false;
	struct pollfd pfd = { pidfd, POLLIN, 0 };
	while (pidfd >= 0) {
		int timeout = -1;
		double now = now_seconds();
		if (spec->wall_limit > 0) {
			double left = spec->wall_limit - (now - t0);
			timeout = left <= 0 ? 0 : (int)(left * 1000) + 1;
		}
		if (sample && (timeout < 0 || timeout > SAMPLE_MS))
			timeout = SAMPLE_MS;
		int r = poll(&pfd, 1, timeout);
		if (r > 0)
			break;
		if (r < 0 && errno != EINTR)
			break;
		if (stop) {
			interrupted = true;
			break;
		}
		now = now_seconds();
		if (spec->wall_limit > 0 && now - t0 >= spec->wall_limit)
			hit = RUN_LIMIT_WALL;
		else if (spec->cpu_limit > 0 && have_clock &&
			 cpu_seconds(cpu_clock) > spec->cpu_limit)
			hit = RUN_LIMIT_CPU;
		else if (spec->memory_limit > 0 && resident_bytes(pid) > spec->memory_limit)
			hit = RUN_LIMIT_MEMORY;
		if (hit != RUN_LIMIT_NONE)
			break;
	}
	if (hit != RUN_LIMIT_NONE || interrupted)
		kill(-pid, SIGKILL);

	int status = 0;
	struct rusage ru;
	while (wait4(pid, &status, 0, &ru) < 0) {
		if (errno != EINTR) {
			memset(&ru, 0, sizeof ru);
			break;
		}
		if (stop)
			kill(-pid, SIGKILL);
	}
	double t1 = now_seconds();
	if (pidfd >= 0)
		close(pidfd);
	kill_descendants(pid);
	if (interrupted || stop) {
		err_set(err, "interrupted");
		goto out;
	}

	rec->wall_ms = (t1 - t0) * 1e3;
	rec->user_ms = (double)ru.ru_utime.tv_sec * 1e3 + (double)ru.ru_utime.tv_usec / 1e3;
	rec->sys_ms = (double)ru.ru_stime.tv_sec * 1e3 + (double)ru.ru_stime.tv_usec / 1e3;
	rec->cpu_ms = rec->user_ms + rec->sys_ms;
	rec->peak_kib = (uint64_t)ru.ru_maxrss;
	if (WIFSIGNALED(status)) {
		rec->exit_code = -1;
		rec->signal = WTERMSIG(status);
	} else {
		rec->exit_code = WEXITSTATUS(status);
	}
	struct stat st;
	if (fstat(fds[1], &st) == 0 && S_ISREG(st.st_mode))
		rec->stdout_bytes = (uint64_t)st.st_size;
	if (fstat(fds[2], &st) == 0 && S_ISREG(st.st_mode) && fds[2] != fds[1])
		rec->stderr_bytes = (uint64_t)st.st_size;
	if (spec->output_limit > 0 &&
	    (rec->stdout_bytes > spec->output_limit || rec->stderr_bytes > spec->output_limit ||
	     rec->signal == SIGXFSZ)) {
		rec->truncated = true;
		if (hit == RUN_LIMIT_NONE)
			hit = RUN_LIMIT_OUTPUT;
	}
	/* Exceeding the CPU limit is what RLIMIT_CPU's SIGXCPU/SIGKILL mean too. */
	if (hit == RUN_LIMIT_NONE && spec->cpu_limit > 0 && rec->cpu_ms > spec->cpu_limit * 1e3)
		hit = RUN_LIMIT_CPU;
	rec->limit = hit;
	rec->confinement = sandbox_profile_mask(spec->profile);
	rc = 0;
out:
	for (int i = 0; i < 3; i++)
		if (fds[i] >= 0)
			close(fds[i]);
	for (int i = 0; i < 2; i++)
		if (pipefd[i] >= 0)
			close(pipefd[i]);
	if (exe_fd >= 0)
		close(exe_fd);
	if (fresh)
		clear_box(workdir);
	return rc;
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "judge-spawner: internal helper of bin/judge, not to be run by hand\n");
		return 2;
	}
	session = argv[1];
	page_size = sysconf(_SC_PAGESIZE);
	prctl(PR_SET_PDEATHSIG, SIGTERM);
	if (getppid() != (pid_t)atol(argv[2]))
		stop = 1; /* the judge died before we could notice */
	prctl(PR_SET_CHILD_SUBREAPER, 1);
	fcntl(SPAWN_FD, F_SETFD, FD_CLOEXEC);

	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal; /* no SA_RESTART: a signal interrupts waits */
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	snprintf(box, sizeof box, "%s/box", session);
	if (mkdir(box, 0700) < 0) {
		fprintf(stderr, "judge-spawner: cannot create '%s'\n", box);
		rm_tree(session);
		return 1;
	}
	sandbox_init(box);
	/* nobody must be able to reach its directory inside the box, and
	 * nothing else: search permission only */
	if (sandbox_available() & SANDBOX_USER) {
		chmod(session, 0711);
		chmod(box, 0711);
	}

	static char msg[SPAWN_MAX_MSG];
	while (!stop) {
		ssize_t n = recv(SPAWN_FD, msg, sizeof msg, 0);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		struct spawn_request req;
		struct spawn_reply reply;
		char err[ERR_LEN] = "";
		memset(&reply, 0, sizeof reply);
		if (spawn_decode(msg, (size_t)n, &req) < 0) {
			snprintf(reply.error, sizeof reply.error, "malformed request");
		} else if (run_one(&req.spec, &reply.rec, err) == 0) {
			reply.ok = 1;
		} else {
			snprintf(reply.error, sizeof reply.error, "%s", err);
		}
		if (send(SPAWN_FD, &reply, sizeof reply, MSG_NOSIGNAL) < 0)
			break;
	}
	kill_descendants(0);
	rm_tree(session);
	return 0;
}
