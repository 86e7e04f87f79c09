/* sandbox: what a program may do, applied in the child between fork and
 * exec: resource limits, the environment, and confinement by profile. */
#define _GNU_SOURCE
#include "sandbox.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

static unsigned available = SANDBOX_RLIMITS | SANDBOX_SUBREAPER;
static char description[2048];

void sandbox_init(const char *session)
{
	(void)session;
	snprintf(description, sizeof description,
		 "rlimits      yes\nsubreaper    yes\n");
}

unsigned sandbox_available(void)
{
	return available;
}

const char *sandbox_describe(void)
{
	return description;
}

void sandbox_owner(uid_t *uid, gid_t *gid)
{
	*uid = getuid();
	*gid = getgid();
}

static int limit(int resource, rlim_t soft, rlim_t hard)
{
	struct rlimit rl = { soft, hard };
	return setrlimit(resource, &rl);
}

int sandbox_enter(const struct run_spec *spec, const char *workdir)
{
	(void)workdir;
	if (limit(RLIMIT_CORE, 0, 0) < 0)
		return -1;
	if (spec->cpu_limit > 0) {
		/* A backstop only: the spawner stops the program as soon as it
		 * passes the exact limit. RLIMIT_CPU counts whole seconds. */
		rlim_t s = (rlim_t)ceil(spec->cpu_limit) + 1;
		if (limit(RLIMIT_CPU, s, s + 1) < 0)
			return -1;
	}
	if (spec->output_limit > 0 &&
	    limit(RLIMIT_FSIZE, spec->output_limit + 1, spec->output_limit + 1) < 0)
		return -1;
	if (spec->profile == RUN_SUBMISSION && spec->memory_limit > 0) {
		/* The stack may grow to the memory limit, so that deep recursion
		 * works as on common judges; the limit itself is on peak RSS. */
		if (limit(RLIMIT_STACK, spec->memory_limit, spec->memory_limit) < 0)
			return -1;
	}
	if (spec->address_limit > 0 &&
	    limit(RLIMIT_AS, spec->address_limit, spec->address_limit) < 0)
		return -1;
	return (int)available;
}
