/* sandbox: what a program may do, applied in the child between fork and
 * exec: resource limits, privileges, Landlock rules and a seccomp filter,
 * chosen by the program's profile (run.h). */
#ifndef JUDGE_SANDBOX_H
#define JUDGE_SANDBOX_H

#include <sys/types.h>

#include "run.h"

/* Mechanisms, as bits of run_record.confinement and sandbox_available(). */
enum {
	SANDBOX_RLIMITS = 1 << 0,        /* CPU, stack, file size, core, address space */
	SANDBOX_LANDLOCK_FS = 1 << 1,    /* reads only system files, writes only its directory */
	SANDBOX_LANDLOCK_NET = 1 << 2,   /* no TCP bind or connect */
	SANDBOX_LANDLOCK_SCOPE = 1 << 3, /* no signals or abstract sockets outside */
	SANDBOX_SECCOMP = 1 << 4,        /* no processes, sockets, ptrace, mount ... */
	SANDBOX_USER = 1 << 5,           /* runs as nobody (only when the judge is root) */
	SANDBOX_SUBREAPER = 1 << 6,      /* orphans come back to the spawner */
};
#define SANDBOX_NMECHANISMS 7

/* Name of one mechanism bit ("landlock-fs"). */
const char *sandbox_mechanism_name(unsigned bit);
/* The names of a set of mechanisms, space-separated ("rlimits seccomp"). */
void sandbox_mechanism_list(unsigned mask, char *buf, size_t n);

/* Probe what this kernel offers and prepare rule sets and filters, so that
 * the per-run work is a few system calls. Called once in the spawner with
 * the box, the directory that holds every submission's run directory (and
 * by `judge doctor`, with NULL). JUDGE_SANDBOX=0 in the environment turns
 * confinement off (rlimits and the subreaper stay), for measurements and
 * debugging. */
void sandbox_init(const char *box);
unsigned sandbox_available(void);
/* One line per mechanism: whether it is on and, if not, why. */
const char *sandbox_describe(void);

/* The mechanisms a program of this profile gets on this machine. */
unsigned sandbox_profile_mask(enum run_profile profile);

/* The uid/gid that owns a submission's directory: nobody when the judge is
 * root, else the judge's own. */
void sandbox_owner(uid_t *uid, gid_t *gid);

/* In the spawner, before fork: build this run's Landlock rule set (the
 * program, open as exe_fd, its directory, the system's files). Returns 0 or
 * -1 with errno. */
int sandbox_prepare(const struct run_spec *spec, const char *workdir, int exe_fd);
/* In the child, after the redirections, before exec. Must not allocate.
 * Returns 0, or -1 with errno set. */
int sandbox_enter(const struct run_spec *spec);
/* In the spawner, after fork: release what sandbox_prepare made. */
void sandbox_release(void);

#endif
