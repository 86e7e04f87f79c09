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

/* Make an input with `generator` (a source path) and args, and its answer
 * with the package's reference, at in_path and ans_path; cached callers key
 * them with pkg_input_key. Both files appear together or not at all.
 * Returns 0, or -1 with a message. */
int gen_make(const struct pkg *p, const char *generator, const char *const *args,
	     const char *in_path, const char *ans_path, const char *cache_dir, char *err);

#endif
