/* gen: make the generated tests of a package (data/secret/gen.txt): the
 * generator writes the input, the reference writes the answer; both are
 * cached under the key computed by pkg_load. */
#ifndef JUDGE_GEN_H
#define JUDGE_GEN_H

#include <stdbool.h>

#include "pkg.h"

/* Make the files of test t unless they exist. Sets *made when it made them.
 * Returns 0, or -1 with a message naming gen.txt's line (a broken package). */
int gen_ensure(const struct pkg *p, const struct pkg_test *t, const char *cache_dir,
	       bool *made, char *err);

/* Run a package program (generator, validator) by source path: compile it
 * (cached) and run it with stdin/stdout files and the package's validation
 * limits. Returns 0 with *rec, or -1 with a message. */
int gen_run_program(const struct pkg *p, const char *source, const char *const *args,
		    const char *stdin_path, const char *stdout_path, const char *stderr_path,
		    const char *cache_dir, struct run_record *rec, char *err);

#endif
