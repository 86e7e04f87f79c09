/* run: start one program under limits and return its run record, through
 * the spawner process (see run.h). */
#define _GNU_SOURCE
#include "run.h"

#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "spawn_proto.h"
#include "util.h"

extern char **environ;

static pid_t spawner_pid = -1;
static int sock = -1;
static char *session;
static unsigned long npaths;
static volatile sig_atomic_t interrupted;

void run_interrupt(void)
{
	interrupted = 1;
	/* async-signal-safe: forward to the spawner, which stops the program */
	if (spawner_pid > 0)
		kill(spawner_pid, SIGTERM);
}

bool run_interrupted(void)
{
	return interrupted;
}

static const char *spawner_path(void)
{
	static char *path;
	if (!path) {
		const char *env = getenv("JUDGE_SPAWNER");
		path = env && *env ? xstrdup(env) : path_join(judge_root(), "bin/judge-spawner");
	}
	return path;
}

/* Where session directories go: $TMPDIR, else tmpfs when there is one (a
 * run directory and two output files are made and removed per test: on a
 * disk file system that is journal work), else /tmp. */
static const char *session_base(void)
{
	const char *tmp = getenv("TMPDIR");
	if (tmp && *tmp)
		return tmp;
	if (access("/dev/shm", W_OK | X_OK) == 0 && dir_exists("/dev/shm"))
		return "/dev/shm";
	return "/tmp";
}

const char *run_session_dir(char *err)
{
	if (session)
		return session;
	char *templ = xasprintf("%s/judge-XXXXXX", session_base());
	if (!mkdtemp(templ)) {
		err_sys(err, "cannot create a directory in '%s'", session_base());
		free(templ);
		return NULL;
	}
	session = templ;
	return session;
}

char *run_session_path(const char *what)
{
	/* Without a session directory the path fails where it is used, with
	 * the system's error. */
	const char *dir = run_session_dir(NULL);
	return xasprintf("%s/%s-%lu", dir ? dir : "/nonexistent", what, ++npaths);
}

static int start_spawner(char *err)
{
	int sv[2];
	if (!run_session_dir(err))
		return -1;
	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) < 0)
		return err_sys(err, "socketpair");
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, sv[1], SPAWN_FD);
	char ppid[32];
	snprintf(ppid, sizeof ppid, "%d", (int)getpid());
	char *argv[] = { "judge-spawner", session, ppid, NULL };
	/* posix_spawn uses vfork semantics: cheap even when the judge is large. */
	int e = posix_spawn(&spawner_pid, spawner_path(), &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	close(sv[1]);
	if (e) {
		close(sv[0]);
		spawner_pid = -1;
		errno = e;
		return err_sys(err, "cannot start '%s'", spawner_path());
	}
	sock = sv[0];
	atexit(run_shutdown);
	return 0;
}

/* The program runs in another directory: make relative paths absolute. */
static const char *absolute(const char *path, char *buf, size_t n)
{
	if (!path || path[0] == '/')
		return path;
	char cwd[4096];
	if (!getcwd(cwd, sizeof cwd))
		return path;
	snprintf(buf, n, "%s/%s", cwd, path);
	return buf;
}

int run_program(const struct run_spec *spec, struct run_record *rec, char *err)
{
	static char msg[SPAWN_MAX_MSG];
	char paths[5][8192];
	if (interrupted)
		return err_set(err, "interrupted");
	if (sock < 0 && start_spawner(err) < 0)
		return -1;
	struct run_spec abs = *spec;
	abs.path = absolute(spec->path, paths[0], sizeof paths[0]);
	abs.stdin_path = absolute(spec->stdin_path, paths[1], sizeof paths[1]);
	abs.stdout_path = absolute(spec->stdout_path, paths[2], sizeof paths[2]);
	abs.stderr_path = absolute(spec->stderr_path, paths[3], sizeof paths[3]);
	abs.workdir = absolute(spec->workdir, paths[4], sizeof paths[4]);
	long n = spawn_encode(&abs, msg, sizeof msg);
	if (n < 0)
		return err_set(err, "command line of '%s' too long", spec->path);
	if (send(sock, msg, (size_t)n, MSG_NOSIGNAL) < 0)
		return err_sys(err, "cannot reach the spawner");
	struct spawn_reply reply;
	ssize_t got;
	while ((got = recv(sock, &reply, sizeof reply, 0)) < 0 && errno == EINTR)
		;
	if (got != (ssize_t)sizeof reply) {
		/* The spawner is gone: nothing more can run in this session. */
		close(sock);
		sock = -1;
		if (interrupted)
			return err_set(err, "interrupted");
		return err_set(err, "the spawner stopped unexpectedly");
	}
	if (!reply.ok)
		return err_set(err, "%s", reply.error);
	*rec = reply.rec;
	return 0;
}

void run_shutdown(void)
{
	if (sock >= 0) {
		close(sock);
		sock = -1;
	}
	if (spawner_pid > 0) {
		/* The spawner removes the session directory before it exits. */
		while (waitpid(spawner_pid, NULL, 0) < 0 && errno == EINTR)
			;
		spawner_pid = -1;
	} else if (session) {
		rm_tree(session);
	}
	free(session);
	session = NULL;
}

const char *run_limit_name(enum run_limit l)
{
	static const char *const names[] = {
		[RUN_LIMIT_NONE] = "none", [RUN_LIMIT_CPU] = "cpu",
		[RUN_LIMIT_WALL] = "wall", [RUN_LIMIT_MEMORY] = "memory",
		[RUN_LIMIT_OUTPUT] = "output",
	};
	return l <= RUN_LIMIT_OUTPUT ? names[l] : "?";
}
