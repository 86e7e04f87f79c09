/* sandbox: what a program may do, applied in the child between fork and
 * exec: resource limits, the environment, and confinement by profile. */
#ifndef JUDGE_SANDBOX_H
#define JUDGE_SANDBOX_H

#include <sys/types.h>

#include "run.h"

/* Mechanisms, as bits of run_record.confinement and sandbox_available(). */
enum {
	SANDBOX_RLIMITS = 1 << 0,   /* CPU, stack, file size, core, address space */
	SANDBOX_LANDLOCK_FS = 1 << 1,  /* reads only system files, writes only its directory */
	SANDBOX_LANDLOCK_NET = 1 << 2, /* no TCP bind or connect */
	SANDBOX_LANDLOCK_SCOPE = 1 << 3, /* no signals or abstract sockets outside */
	SANDBOX_SECCOMP = 1 << 4,   /* no processes, sockets, ptrace, mount ... */
	SANDBOX_USER = 1 << 5,      /* runs as an unprivileged user (judge is root) */
	SANDBOX_SUBREAPER = 1 << 6, /* orphans come back to the spawner */
};

/* Called once in the spawner: probes the kernel and prepares rule sets and
 * filters so that the per-run work in the child is a few system calls.
 * `session` is the session directory that holds every run directory. */
void sandbox_init(const char *session);
unsigned sandbox_available(void);
/* One line per mechanism: name, whether this machine has it, and why not. */
const char *sandbox_describe(void);

/* The uid/gid a submission runs as (the judge's own unless it is root). */
void sandbox_owner(uid_t *uid, gid_t *gid);

/* In the child, after fork and the redirections, before exec. Must not
 * allocate. Returns the mechanisms applied, or -1 with errno set. */
int sandbox_enter(const struct run_spec *spec, const char *workdir);

#endif
