/* prog: the programs a package's tests involve, each run with the limits
 * and confinement the package gives it: a submission (or any implementation
 * being judged or benchmarked), and the package's own generators, input
 * validators, output validators and reference. Gen, submit, verify and
 * bench all start programs through here. */
#ifndef JUDGE_PROG_H
#define JUDGE_PROG_H

#include <stddef.h>

#include "compile.h"
#include "pkg.h"
#include "run.h"

/* The package's compile limits. */
struct compile_limits prog_compile_limits(const struct pkg *p);

/* Compile a submission with the package's compile limits. A compile error
 * is a result (r->ok false), as in compile_sources. */
int prog_compile(const struct pkg *p, const char *source, const char *cache_dir,
		 struct compile_result *r, char *err);

/* Compile one of the package's own programs: it must compile, so a compile
 * error is an error, "'SOURCE' does not compile: FIRST ERROR LINE". */
int prog_build(const struct pkg *p, const char *source, const char *cache_dir,
	       struct compile_result *r, char *err);

/* The wall-clock limit that goes with a CPU time limit. */
double prog_wall_limit(double time_limit);

/* The limits and confinement of a submission's run with this CPU limit: the
 * package's memory and output limits; the wall clock and the address-space
 * backstop follow from them. */
void prog_submission_spec(const struct pkg *p, double cpu_limit, struct run_spec *spec);

/* Run a package program by source path: compiled (cached), with `args`
 * after argv[0], stdin/stdout/stderr files (NULL: /dev/null), the package's
 * validation limits, trusted. Returns 0 with *rec, or -1 with a message. */
int prog_run(const struct pkg *p, const char *source, const char *const *args,
	     const char *stdin_path, const char *stdout_path, const char *stderr_path,
	     const char *cache_dir, struct run_record *rec, char *err);

/* The reference solution on an input, writing its answer: confined and
 * limited like a submission, but with the validation time limit so that a
 * slow machine still makes its tests. Returns 0 when it ran and ended
 * normally, or -1 with a message (it failed, or could not be run). */
int prog_reference(const struct pkg *p, const char *in_path, const char *ans_path,
		   const char *cache_dir, char *err);

/* The package's input validator on an input: 1 when it accepts it, 0 when
 * it rejects it (msg: the validator's first line), -1 when the validator
 * itself failed (crashed, hit a limit, exited with neither 42 nor 43: the
 * package is broken; err says how). */
int prog_validate_input(const struct pkg *p, const char *in_path, const char *cache_dir,
			char *msg, size_t n, char *err);

#endif
