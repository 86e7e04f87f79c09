/* run: start one program under limits and return its run record. Nothing
 * else in the judge starts programs.
 *
 * Theory of operation. The judge never forks a program itself. On first use
 * it starts one small helper, the spawner (bin/judge-spawner), through
 * posix_spawn, and talks to it over a SOCK_SEQPACKET socket: one request (a
 * run_spec) in, one reply (a run_record or an error) out. The spawner is
 * freshly exec'd, so its resident memory is tiny; its children inherit that
 * and not the judge's, which matters because Linux carries the RSS of the
 * forking process into the child's ru_maxrss. The spawner is a child
 * subreaper: whatever a program starts, even a daemon that double-forks with
 * setsid, is reparented to it, killed and reaped before the reply is sent.
 * It also owns the session directory (a fresh directory under $TMPDIR) and
 * removes it when the judge closes the socket, exits or is killed.
 */
#ifndef JUDGE_RUN_H
#define JUDGE_RUN_H

#include <stdbool.h>
#include <stdint.h>

/* How much a program is trusted; decides its confinement (sandbox.h). */
enum run_profile {
	RUN_SUBMISSION, /* a solution: fresh empty directory, full confinement */
	RUN_COMPILER,   /* gcc: may start processes, writes only its directory */
	RUN_TRUSTED,    /* the package's own programs: limits only */
};

/* Which limit stopped a program. */
enum run_limit {
	RUN_LIMIT_NONE,
	RUN_LIMIT_CPU,
	RUN_LIMIT_WALL,
	RUN_LIMIT_MEMORY,
	RUN_LIMIT_OUTPUT,
};

struct run_spec {
	const char *path;           /* the executable */
	const char *const *argv;    /* NULL-terminated; argv[0] as shown to the program */
	const char *stdin_path;     /* NULL: /dev/null. A regular file is passed as is. */
	const char *stdout_path;    /* created or truncated; NULL: /dev/null */
	const char *stderr_path;    /* NULL: /dev/null; may equal stdout_path (one file) */
	const char *workdir;        /* NULL: a fresh empty directory, removed afterwards */
	double cpu_limit;           /* seconds of user+sys of all threads; 0: none */
	double wall_limit;          /* seconds; 0: none */
	uint64_t memory_limit;      /* bytes of peak resident memory; 0: none */
	uint64_t output_limit;      /* bytes per output file; 0: none */
	uint64_t address_limit;     /* bytes of address space (RLIMIT_AS); 0: none */
	enum run_profile profile;
};

/* The one record a run produces; reports and benchmarks read only this. */
struct run_record {
	double cpu_ms;              /* user + sys of the program and its threads */
	/* The two parts (sys holds page faults and I/O). The kernel samples the
	 * split at its tick and scales it to the precise total: approximate,
	 * and meaningless for runs of a few milliseconds. */
	double user_ms, sys_ms;
	double wall_ms;             /* from fork to reaping */
	uint64_t peak_kib;          /* the program's own peak resident memory */
	int exit_code;              /* -1 when killed by a signal */
	int signal;                 /* 0 when it exited */
	uint64_t stdout_bytes;
	uint64_t stderr_bytes;
	bool truncated;             /* an output file reached the output limit */
	enum run_limit limit;       /* the limit that stopped it, if any */
	unsigned confinement;       /* sandbox mechanisms applied (SANDBOX_* bits) */
};

#define RUN_SPEC_INIT { .profile = RUN_SUBMISSION }

/* Run one program to completion. Returns 0 with *rec filled (whatever the
 * program did), or -1 with a message when the judge could not run it (the
 * spawner failed, the executable cannot be started, interrupted). */
int run_program(const struct run_spec *spec, struct run_record *rec, char *err);

/* The session directory (created on first use); removed at shutdown. */
const char *run_session_dir(char *err);
/* A fresh path inside the session directory, for a file or directory. */
char *run_session_path(const char *what);

/* Stop the spawner: it kills what is still running and removes the session
 * directory. Safe to call more than once; also registered with atexit. */
void run_shutdown(void);

/* Set by the judge's signal handler: the next or current run is abandoned
 * and run_program fails with "interrupted". */
void run_interrupt(void);
bool run_interrupted(void);

const char *run_limit_name(enum run_limit l);

#endif
